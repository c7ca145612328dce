import type { ConnectorTextCatalog } from './index.js';

export const nl: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'In de sandbox werkt elk subdomein, bijvoorbeeld ‘acme’.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld ‘acme’.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Vul ‘sandbox_good’ in om te slagen; elke andere sleutel wordt geweigerd.',
  'A pretend HR system for trying Connect Hub offline.': 'Een nagebootst hr-systeem om Connect Hub offline uit te proberen.',
  // Sandbox ATS
  'Region': 'Regio',
  'Choose a region': 'Kies een regio',
  'Where the pretend account lives; both regions work.': 'Waar het nagebootste account staat; beide regio’s werken.',
  'Europe': 'Europa',
  'United States': 'Verenigde Staten',
  'Any whole number, e.g. 4200.': 'Een willekeurig geheel getal, bijvoorbeeld 4200.',
  'The company ID is a whole number.': 'De bedrijfs-ID is een geheel getal.',
  'Use "demo".': 'Vul ‘demo’ in.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Vul ‘sandbox_good’ in om te slagen; al het andere wordt geweigerd.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Dit is een nagebootst sollicitantvolgsysteem dat Connect Hub zelf aanbiedt. Er verlaat niets deze server.',
  'Only the password "sandbox_good" is accepted.': 'Alleen het wachtwoord ‘sandbox_good’ wordt geaccepteerd.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Na het koppelen verschijnt het account in de host-app en in het dashboard.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Een nagebootst sollicitantvolgsysteem om Connect Hub offline uit te proberen.',
  // Sandbox CRM
  'Consent': 'Toestemming',
  'Choose what the pretend provider answers': 'Kies wat de nagebootste provider antwoordt',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'De sandboxprovider heeft geen inlogpagina: deze keuze bepaalt wat zijn toestemmingsstap antwoordt.',
  'Approve': 'Goedkeuren',
  'Approve, with an access token that expires at once': 'Goedkeuren, met een toegangstoken dat meteen verloopt',
  'Deny': 'Weigeren',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Een nagebootst CRM dat koppelt via de OAuth 2.0-server die in de Connect Hub-sandbox is ingebouwd; er verlaat niets deze machine.',
  // ActiveCampaign
  'Account name': 'Accountnaam',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'Ga in ActiveCampaign naar Settings → Developer en kopieer de API-URL (https://<account>.api-us1.com); vul het deel <account> in.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Vul alleen het accountdeel van de API-URL in, bijvoorbeeld ‘acme’ voor https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Staat onder de API-URL bij Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Open de ontwikkelaarsconsole van Asana (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Ga in Ashby naar Admin → Integrations → API Keys → New en kopieer de sleutel.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby-sleutels hebben standaard geen rechten: geef leestoegang tot Candidates, Jobs, Hiring Process en API Keys (de sleutelcontrole, apiKey.info, heeft API Keys: Read nodig).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Ga in Attio naar Workspace settings → Developers → New access token en geef leestoegang tot records en tot de objectconfiguratie.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Open in het Auth0 Dashboard Applications → je Machine-to-Machine-applicatie → Settings en kopieer ‘Domain’.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Vul alleen de hostnaam in, bijvoorbeeld ‘acme.eu.auth0.com’ (zonder https:// en zonder pad).',
  'On the same Settings tab, copy "Client ID".': 'Kopieer op hetzelfde tabblad Settings ‘Client ID’.',
  'On the same Settings tab, copy "Client Secret".': 'Kopieer op hetzelfde tabblad Settings ‘Client Secret’.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'De applicatie moet een Machine-to-Machine-app zijn die voor de Auth0 Management API is gemachtigd met minstens read:users.',
  // BambooHR
  'Company domain': 'Bedrijfsdomein',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Het deel vóór .bamboohr.com in het adres waarop je inlogt (vul voor acme.bamboohr.com ‘acme’ in). Het staat ook op de API-documentatiepagina van je account.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'Klik in BambooHR op je naam (rechtsboven) → API Keys → Add New Key en kopieer de sleutel.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Een API-sleutel kan precies lezen wat de gebruiker die hem maakte kan zien. Maak hem aan als gebruiker met volledige beheerdersrechten.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Klik in Brevo op je accountnaam → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'API-sleutels van Brevo beginnen met ‘xkeysib-’ (SMTP-sleutels werken hier niet).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Ga in Cal.com naar Settings → Developer → API keys → Add en kopieer de sleutel.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'API-sleutels van Cal.com beginnen met ‘cal_live_’ of ‘cal_test_’.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Ga in Calendly naar Integrations & apps → API & Webhooks → Get a token now → Generate new token en kies de scopes die deze integratie nodig heeft.',
  // Canvas LMS
  'Canvas domain': 'Canvas-domein',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Het adres waarop je bij Canvas inlogt, zonder https://, bijvoorbeeld acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Vul alleen de hostnaam in, bijvoorbeeld ‘acme.instructure.com’ (zonder https:// en zonder pad).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Ga in Canvas naar Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Ga in Close naar Settings → Developer → API Keys → New API Key en kopieer hem.',
  'Close API keys start with "api_".': 'API-sleutels van Close beginnen met ‘api_’.',
  // Confluence
  'Site': 'Site',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Het deel vóór .atlassian.net in het adres waarop je inlogt (vul voor acme.atlassian.net ‘acme’ in).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.atlassian.net.',
  'Atlassian account e-mail': 'E-mailadres van het Atlassian-account',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'Het e-mailadres waarmee je bij Atlassian inlogt; het token hoort bij dit account.',
  'Enter a valid e-mail address.': 'Vul een geldig e-mailadres in.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Maak er een aan op id.atlassian.com → Security → Create and manage API tokens → Create API token (niet ‘with scopes’). Tokens verlopen na hoogstens een jaar.',
  // Deel
  'Organization API token': 'API-token van de organisatie',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Open in Deel More → Developer → Access Tokens → Generate new token, kies ‘Organization token’ en kopieer het.',
  // Docebo
  'Platform domain': 'Platformdomein',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Het adres van je Docebo-platform zonder https://, bijvoorbeeld acme.docebosaas.com of learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Vul alleen de hostnaam in, bijvoorbeeld ‘acme.docebosaas.com’ (zonder https:// en zonder pad).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: de Client ID van de app.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Het Client Secret dat Docebo voor die OAuth2-app heeft aangemaakt.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Een Docebo-superadmin moet ‘API and SSO’ inschakelen en onder API Credentials een applicatie toevoegen, met de redirect-URL die de app die je koppelt voor Docebo opgeeft; vul daarna hier de client-ID en het geheim ervan in.',
  // Freshdesk
  'Helpdesk domain': 'Helpdeskdomein',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Het deel vóór .freshdesk.com in het adres waarop je inlogt (vul voor acme.freshdesk.com ‘acme’ in).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Klik in Freshdesk op je profielfoto → Profile settings → ‘View API key’ aan de rechterkant.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Voor de repository’s van een organisatie moet een eigenaar de app mogelijk goedkeuren onder ‘Third-party access’.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Log in met een Google Workspace-superbeheerdersaccount; andere gebruikers kunnen de directory niet lezen.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Ga in Greenhouse naar Configure → Dev Center → API Credentials → Create new API credentials, type ‘Harvest V3 (OAuth)’; vink op het tabblad Settings de Harvest-scopes aan voor kandidaten, sollicitaties, vacatures en gebruikers en kopieer de Client ID.',
  'Shown next to the Client ID of the same credential.': 'Staat naast de Client ID van dezelfde inloggegevens.',
  'User ID (optional)': 'Gebruikers-ID (optioneel)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'De numerieke ID van de Greenhouse-gebruiker namens wie de integratie handelt (auditlog, rechten); laat leeg om de Integration Service User van de inloggegevens te gebruiken.',
  'A Greenhouse user ID is a number.': 'Een Greenhouse-gebruikers-ID is een getal.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest v3-inloggegevens bereiken alleen de scopes die onder Manage Scopes zijn aangevinkt: schakel read/list in voor Candidates, Applications, Jobs en Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Log in als Gusto-beheerder van het bedrijf dat je wilt koppelen.',
  // HiBob
  'Service user ID': 'Service-user-ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Ga in Bob naar System settings → Integrations → Automation → Service users → Manage, maak een service user aan en kopieer de ID.',
  'Service user token': 'Service-usertoken',
  'Shown once when the service user is created; store it before closing the dialog.': 'Wordt één keer getoond, bij het aanmaken van de service user; bewaar het voordat je het venster sluit.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Service users beginnen zonder rechten: voeg deze toe aan een rechtengroep die People-gegevens mag lezen.',
  // Humaans
  'API access token': 'API-toegangstoken',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Klik in Humaans op de pijltjes naast je naam (linksboven) → API access tokens → Generate new token, vink View public data (public:read) aan – en View public and private data als je privévelden deelt – en kopieer het.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'De console waarop je inlogt: console.eu.jumpcloud.com betekent Europa.',
  'India': 'India',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Klik in het JumpCloud Admin Portal op de initialen van je account (rechtsboven) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Een nieuwe sleutel aanmaken trekt de vorige in: elke integratie die die nog gebruikt, werkt dan niet meer.',
  // Klaviyo
  'Private API key': 'Privé-API-sleutel',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Ga in Klaviyo naar Settings → Account → API keys → Create Private API Key (alleen-lezentoegang is genoeg).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Privésleutels van Klaviyo beginnen met ‘pk_’ (openbare site-ID’s werken niet).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Ga in Lever naar Settings → Integrations and API → API Credentials → Generate new key (alleen superbeheerders).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Alleen superbeheerders van Lever kunnen API-sleutels aanmaken; vink leesrechten aan voor de endpoints die je deelt (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Persoonlijke API-sleutel',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Ga in Linear naar Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'API-sleutels van Linear beginnen met ‘lin_api_’.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Klik in Mailchimp op je profiel → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Een Mailchimp-sleutel bestaat uit 32 hexadecimale tekens, een streepje en een datacenter, bijvoorbeeld ‘…-us21’.',
  'Data centre': 'Datacenter',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Het deel van de API-sleutel na het streepje (vul voor ‘…-us21’ ‘us21’ in).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Vul het datacenter aan het eind van je sleutel in, bijvoorbeeld ‘us21’.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Voor het lezen van gebruikers en groepen is beheerderstoestemming nodig: log in als globale beheerder of beheerder met bevoorrechte rol.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Mogelijk moet je Microsoft 365-beheerder toestemming geven namens de organisatie.',
  // Notion
  'Internal integration secret': 'Geheim van de interne integratie',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Een eigenaar van de workspace maakt een interne integratie aan op notion.so/profile/integrations (nieuwere workspaces: app.notion.com/developers/connections) en kopieert het geheim.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Integratiegeheimen van Notion beginnen met ‘ntn_’ (oudere met ‘secret_’).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'De integratie ziet alleen pagina’s die ermee gedeeld zijn: open elke pagina, klik op ••• → Connections en voeg de integratie toe.',
  // Okta
  'Okta domain': 'Okta-domein',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Het adres van je Okta-org zonder https://, bijvoorbeeld acme.okta.com of een eigen domein zoals login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Vul alleen de hostnaam in, bijvoorbeeld ‘acme.okta.com’ (zonder https:// en zonder pad).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Ga in de Okta Admin Console naar Security → API → Tokens → Create token en kopieer de waarde.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Een token heeft de rechten van de beheerder die het aanmaakte en wordt ingetrokken als die beheerder wordt gedeactiveerd; tokens die 30 dagen niet gebruikt zijn, worden ook ingetrokken. Maak het aan met een serviceaccount van een alleen-lezenbeheerder.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Het deel vóór .onelogin.com in het adres waarop je inlogt (vul voor acme.onelogin.com ‘acme’ in).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'Ga in OneLogin naar Administration → Developers → API Credentials → New Credential (‘Read users’) en kopieer de Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Staat naast de Client ID van dezelfde API-inloggegevens.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Ga in Personio naar Settings → API credentials → Create custom integration, geef de integratie een naam, kies de lees-scopes en de medewerkerkenmerken die je wilt delen en kopieer de Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Wordt één keer naast de Client ID getoond, bij het aanmaken van de inloggegevens.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Geef bij het aanmaken van de inloggegevens leestoegang tot de medewerkerkenmerken die je wilt delen; andere kenmerken blijven verborgen.',
  // Pipedrive
  '40 hexadecimal characters': '40 hexadecimale tekens',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Klik in Pipedrive op je profielfoto → Personal preferences → API en kopieer ‘Your personal API token’.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Een Pipedrive-API-token bestaat uit 40 hexadecimale tekens.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Log in als primaire beheerder of bedrijfsbeheerder van het QuickBooks-bedrijf.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Staat bij Settings → Apps and plugins → Personal API tokens, en in app-URL’s na ‘company=’.',
  'The company ID is a number.': 'De bedrijfs-ID is een getal.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Klik op dezelfde pagina op ‘+ New token’, geef het een label en kopieer het token.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Het token kan precies wat de maker ervan in Recruitee kan: maak het aan als beheerder.',
  // Salesforce
  'Login host': 'Inloghost',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com voor een sandbox, of je My Domain, bijvoorbeeld acme.my.salesforce.com of acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Vul login.salesforce.com, test.salesforce.com of een My Domain-host zoals acme.my.salesforce.com in (zonder https://).',
  // ServiceNow
  'Instance': 'Instantie',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Het deel vóór .service-now.com in het adres waarop je inlogt (vul voor acme.service-now.com ‘acme’ in).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'De User ID van een ServiceNow-gebruiker die voor deze integratie is aangemaakt (System Security → Users).',
  'The password of that user.': 'Het wachtwoord van die gebruiker.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Vink ‘Web service access only’ aan bij de integratiegebruiker en geef die de rol itil (of lees-ACL’s op de tabellen die je deelt) en, als ACL’s voor toegang tot de REST API zijn ingeschakeld, de rol snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'In sommige workspaces moet een beheerder nieuwe apps goedkeuren voordat ze geïnstalleerd kunnen worden.',
  // SmartRecruiters
  'API key (SmartToken)': 'API-sleutel (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'Ga in SmartRecruiters naar Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Alleen beheerders van SmartRecruiters kunnen API-inloggegevens aanmaken.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Het deel vóór .talentlms.com in het adres waarop je inlogt (vul voor acme.talentlms.com ‘acme’ in).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'Ga in TalentLMS naar Account & Settings → Integrations → API, schakel de API in en kopieer de API-sleutel.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'De API staat standaard uit en is niet beschikbaar in het Free-abonnement of tijdens een proefperiode: een beheerder moet hem inschakelen.',
  // Teamtailor
  'Data region': 'Dataregio',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Waar je Teamtailor-account wordt gehost; accounts die in de VS op teamtailor.com zijn aangemaakt, gebruiken Noord-Amerika.',
  'North America': 'Noord-Amerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Ga in Teamtailor naar Settings → Integrations → API keys → New API key, scope ‘Admin’, recht ‘Read’.',
  // Twilio
  'Account SID': 'Account-SID',
  'On the Twilio Console home page, under "Account Info".': 'Op de startpagina van de Twilio Console, onder ‘Account Info’.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Een account-SID is ‘AC’ gevolgd door 32 hexadecimale tekens.',
  'Auth token': 'Authenticatietoken',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Naast de Account SID op de startpagina van de Console; klik op ‘Show’ om het te tonen.',
  // Workable
  'Account subdomain': 'Account-subdomein',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Het deel vóór .workable.com in het adres waarop je inlogt (vul voor acme.workable.com ‘acme’ in). Het staat bij Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Ga in Workable naar Settings → Integrations → Access token → Generate new token en vink de scopes r_account, r_jobs en r_candidates aan.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero vraagt welke organisatie je wilt delen: kies er één per koppeling.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Het deel vóór .zendesk.com in het adres waarop je inlogt (vul voor acme.zendesk.com ‘acme’ in).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Vul alleen het subdomein in, bijvoorbeeld ‘acme’ voor acme.zendesk.com.',
  'Agent e-mail': 'E-mailadres van de agent',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Het e-mailadres van de Zendesk-beheerder of -agent namens wie het token handelt.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Ga in het Admin Center naar Apps and integrations → APIs → API tokens → Add API token en kopieer het.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Tokentoegang moet zijn ingeschakeld in Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Kies je datacenter',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Het domein waarop je bij Zoho inlogt; crm.zoho.eu betekent bijvoorbeeld Europa.',
  'United States (zoho.com)': 'Verenigde Staten (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'India (zoho.in)',
  'Australia (zoho.com.au)': 'Australië (zoho.com.au)',
  'Japan (zoho.jp)': 'Japan (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saudi-Arabië (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Verenigd Koninkrijk (zoho.uk)',
  'China (zoho.com.cn)': 'China (zoho.com.cn)',
};
