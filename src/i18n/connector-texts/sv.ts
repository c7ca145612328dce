import type { ConnectorTextCatalog } from './index.js';

export const sv: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'I sandlådan fungerar alla underdomäner, t.ex. ”acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Använd gemener, siffror och bindestreck, t.ex. ”acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Ange ”sandbox_good” för att lyckas; alla andra nycklar nekas.',
  'A pretend HR system for trying Connect Hub offline.': 'Ett låtsat HR-system för att prova Connect Hub offline.',
  // Sandbox ATS
  'Region': 'Region',
  'Choose a region': 'Välj en region',
  'Where the pretend account lives; both regions work.': 'Var det låtsade kontot finns; båda regionerna fungerar.',
  'Europe': 'Europa',
  'United States': 'USA',
  'Any whole number, e.g. 4200.': 'Valfritt heltal, t.ex. 4200.',
  'The company ID is a whole number.': 'Företags-ID:t är ett heltal.',
  'Use "demo".': 'Ange ”demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Ange ”sandbox_good” för att lyckas; allt annat nekas.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Det här är ett låtsat rekryteringssystem som Connect Hub själv tillhandahåller. Inget lämnar den här servern.',
  'Only the password "sandbox_good" is accepted.': 'Endast lösenordet ”sandbox_good” godkänns.',
  'Once connected, the account appears in the host app and in the dashboard.': 'När kontot är anslutet visas det i värdappen och på instrumentpanelen.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Ett låtsat rekryteringssystem för att prova Connect Hub offline.',
  // Sandbox CRM
  'Consent': 'Samtycke',
  'Choose what the pretend provider answers': 'Välj vad den låtsade leverantören svarar',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Sandlådans leverantör har ingen inloggningssida: det här valet avgör vad dess samtyckessteg svarar.',
  'Approve': 'Godkänn',
  'Approve, with an access token that expires at once': 'Godkänn, med en åtkomsttoken som löper ut direkt',
  'Deny': 'Neka',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Ett låtsat CRM som ansluts via OAuth 2.0-servern som är inbyggd i Connect Hubs sandlåda; inget lämnar den här datorn.',
  // ActiveCampaign
  'Account name': 'Kontonamn',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'Gå till Settings → Developer i ActiveCampaign och kopiera API-URL:en (https://<account>.api-us1.com); ange delen <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Ange bara kontodelen av API-URL:en, t.ex. ”acme” för https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Visas under API-URL:en på Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Öppna Asanas utvecklarkonsol (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Gå till Admin → Integrations → API Keys → New i Ashby och kopiera sedan nyckeln.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby-nycklar har inga behörigheter som standard: aktivera läsåtkomst till Candidates, Jobs, Hiring Process och API Keys (nyckelkontrollen, apiKey.info, kräver API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Gå till Workspace settings → Developers → New access token i Attio och ge läsåtkomst till poster och objektkonfiguration.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Öppna Applications → din Machine-to-Machine-applikation → Settings i Auth0 Dashboard och kopiera ”Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Ange bara värdnamnet, t.ex. ”acme.eu.auth0.com” (utan https:// och utan sökväg).',
  'On the same Settings tab, copy "Client ID".': 'Kopiera ”Client ID” på samma flik, Settings.',
  'On the same Settings tab, copy "Client Secret".': 'Kopiera ”Client Secret” på samma flik, Settings.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Applikationen måste vara en Machine-to-Machine-app som är behörig för Auth0 Management API med minst read:users.',
  // BambooHR
  'Company domain': 'Företagsdomän',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Delen före .bamboohr.com i adressen där du loggar in (för acme.bamboohr.com anger du ”acme”). Den visas också på sidan med API-dokumentation i ditt konto.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Ange bara underdomänen, t.ex. ”acme” för acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'Klicka på ditt namn (uppe till höger) i BambooHR → API Keys → Add New Key och kopiera sedan nyckeln.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'En API-nyckel kan läsa exakt det som användaren som skapade den kan se. Skapa den som en användare med full administratörsåtkomst.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Klicka på ditt kontonamn i Brevo → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevos API-nycklar börjar med ”xkeysib-” (SMTP-nycklar fungerar inte här).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Gå till Settings → Developer → API keys → Add i Cal.com och kopiera sedan nyckeln.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.coms API-nycklar börjar med ”cal_live_” eller ”cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Gå till Integrations & apps → API & Webhooks → Get a token now → Generate new token i Calendly och välj de behörigheter (scopes) som den här integrationen behöver.',
  // Canvas LMS
  'Canvas domain': 'Canvas-domän',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Adressen där du loggar in på Canvas, utan https://, t.ex. acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Ange bara värdnamnet, t.ex. ”acme.instructure.com” (utan https:// och utan sökväg).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Gå till Account → Settings → Approved Integrations → + New Access Token i Canvas.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Gå till Settings → Developer → API Keys → New API Key i Close och kopiera sedan nyckeln.',
  'Close API keys start with "api_".': 'Closes API-nycklar börjar med ”api_”.',
  // Confluence
  'Site': 'Webbplats',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Delen före .atlassian.net i adressen där du loggar in (för acme.atlassian.net anger du ”acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Ange bara underdomänen, t.ex. ”acme” för acme.atlassian.net.',
  'Atlassian account e-mail': 'E-postadress för Atlassian-kontot',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'E-postadressen du loggar in på Atlassian med; token tillhör det här kontot.',
  'Enter a valid e-mail address.': 'Ange en giltig e-postadress.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Skapa en på id.atlassian.com → Security → Create and manage API tokens → Create API token (inte ”with scopes”). Token löper ut efter högst ett år.',
  // Deel
  'Organization API token': 'Organisationens API-token',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Öppna More → Developer → Access Tokens → Generate new token i Deel, välj ”Organization token” och kopiera den.',
  // Docebo
  'Platform domain': 'Plattformsdomän',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Adressen till din Docebo-plattform utan https://, t.ex. acme.docebosaas.com eller learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Ange bara värdnamnet, t.ex. ”acme.docebosaas.com” (utan https:// och utan sökväg).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: appens Client ID.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Den Client Secret som Docebo genererade för den OAuth2-appen.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'En superadministratör i Docebo måste aktivera ”API and SSO” och lägga till en applikation under API Credentials, med den omdirigerings-URL som appen du ansluter anger för Docebo; ange sedan dess klient-ID och hemlighet här.',
  // Freshdesk
  'Helpdesk domain': 'Helpdeskdomän',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Delen före .freshdesk.com i adressen där du loggar in (för acme.freshdesk.com anger du ”acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Ange bara underdomänen, t.ex. ”acme” för acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Klicka på din profilbild i Freshdesk → Profile settings → ”View API key” till höger.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'För en organisations repositorier kan en ägare behöva godkänna appen under ”Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Logga in med ett superadministratörskonto för Google Workspace; andra användare kan inte läsa katalogen.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Gå till Configure → Dev Center → API Credentials → Create new API credentials i Greenhouse, typ ”Harvest V3 (OAuth)”; markera Harvest-behörigheterna för kandidater, ansökningar, jobb och användare på fliken Settings och kopiera sedan Client ID.',
  'Shown next to the Client ID of the same credential.': 'Visas bredvid Client ID för samma autentiseringsuppgifter.',
  'User ID (optional)': 'Användar-ID (valfritt)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'Numeriskt ID för den Greenhouse-användare som integrationen agerar som (granskningslogg, behörigheter); lämna tomt för att använda autentiseringsuppgifternas Integration Service User.',
  'A Greenhouse user ID is a number.': 'Ett användar-ID i Greenhouse är ett tal.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Autentiseringsuppgifter för Harvest v3 når bara de behörigheter som är markerade under Manage Scopes: aktivera read/list för Candidates, Applications, Jobs och Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Logga in som Gusto-administratör för företaget du vill ansluta.',
  // HiBob
  'Service user ID': 'Tjänsteanvändarens ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Gå till System settings → Integrations → Automation → Service users → Manage i Bob, skapa en tjänsteanvändare och kopiera dess ID.',
  'Service user token': 'Tjänsteanvändarens token',
  'Shown once when the service user is created; store it before closing the dialog.': 'Visas bara en gång, när tjänsteanvändaren skapas; spara den innan du stänger dialogrutan.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Tjänsteanvändare har inga behörigheter från början: lägg till den här i en behörighetsgrupp som får läsa People-data.',
  // Humaans
  'API access token': 'API-åtkomsttoken',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Klicka på pilarna bredvid ditt namn (uppe till vänster) i Humaans → API access tokens → Generate new token, markera View public data (public:read) – och View public and private data om du delar privata fält – och kopiera sedan token.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Konsolen du loggar in på: console.eu.jumpcloud.com betyder Europa.',
  'India': 'Indien',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Klicka på dina kontoinitialer (uppe till höger) i JumpCloud Admin Portal → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'En ny nyckel återkallar den föregående: alla integrationer som fortfarande använder den slutar fungera.',
  // Klaviyo
  'Private API key': 'Privat API-nyckel',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Gå till Settings → Account → API keys → Create Private API Key i Klaviyo (läsåtkomst räcker).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Privata Klaviyo-nycklar börjar med ”pk_” (offentliga webbplats-ID:n fungerar inte).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Gå till Settings → Integrations and API → API Credentials → Generate new key i Lever (endast superadministratörer).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Endast superadministratörer i Lever kan skapa API-nycklar; markera läsbehörigheter för de slutpunkter du delar (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Personlig API-nyckel',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Gå till Settings → Account → Security & access → Personal API keys → New API key i Linear.',
  'Linear API keys start with "lin_api_".': 'Linears API-nycklar börjar med ”lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Klicka på din profil i Mailchimp → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'En Mailchimp-nyckel består av 32 hexadecimala tecken, ett bindestreck och ett datacenter, t.ex. ”…-us21”.',
  'Data centre': 'Datacenter',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Den del av API-nyckeln som kommer efter bindestrecket (för ”…-us21” anger du ”us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Ange datacentret i slutet av din nyckel, t.ex. ”us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Att läsa användare och grupper kräver administratörsmedgivande: logga in som global administratör eller administratör för privilegierade roller.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Din Microsoft 365-administratör kan behöva ge medgivande för organisationen.',
  // Notion
  'Internal integration secret': 'Hemlighet för intern integration',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'En ägare av arbetsytan skapar en intern integration på notion.so/profile/integrations (nyare arbetsytor: app.notion.com/developers/connections) och kopierar dess hemlighet.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notions integrationshemligheter börjar med ”ntn_” (äldre med ”secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integrationen ser bara sidor som delats med den: öppna varje sida, klicka på ••• → Connections och lägg till integrationen.',
  // Okta
  'Okta domain': 'Okta-domän',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Adressen till din Okta-organisation utan https://, t.ex. acme.okta.com eller en egen domän som login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Ange bara värdnamnet, t.ex. ”acme.okta.com” (utan https:// och utan sökväg).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Gå till Security → API → Tokens → Create token i Okta Admin Console och kopiera sedan värdet.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'En token har samma rättigheter som administratören som skapade den och återkallas om administratören inaktiveras; token som inte använts på 30 dagar återkallas också. Skapa den med ett tjänstekonto för en skrivskyddad administratör.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Delen före .onelogin.com i adressen där du loggar in (för acme.onelogin.com anger du ”acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Ange bara underdomänen, t.ex. ”acme” för acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'Gå till Administration → Developers → API Credentials → New Credential (”Read users”) i OneLogin och kopiera sedan Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Visas bredvid Client ID för samma API-autentiseringsuppgifter.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Gå till Settings → API credentials → Create custom integration i Personio, namnge den, välj läsbehörigheterna och de medarbetarattribut som ska delas och kopiera sedan Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Visas en gång bredvid Client ID när autentiseringsuppgifterna genereras.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'När du genererar autentiseringsuppgifterna ger du läsåtkomst till de medarbetarattribut du vill dela; övriga attribut förblir dolda.',
  // Pipedrive
  '40 hexadecimal characters': '40 hexadecimala tecken',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Klicka på din profilbild i Pipedrive → Personal preferences → API och kopiera sedan ”Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'En API-token för Pipedrive består av 40 hexadecimala tecken.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Logga in som primär administratör eller företagsadministratör för QuickBooks-företaget.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Visas under Settings → Apps and plugins → Personal API tokens och i appens URL:er efter ”company=”.',
  'The company ID is a number.': 'Företags-ID:t är ett tal.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Klicka på ”+ New token” på samma sida, ge den en etikett och kopiera token.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Token kan göra exakt det som den som skapade den kan göra i Recruitee: skapa den som administratör.',
  // Salesforce
  'Login host': 'Inloggningsvärd',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com för en sandlåda eller din My Domain, t.ex. acme.my.salesforce.com eller acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Ange login.salesforce.com, test.salesforce.com eller en My Domain-värd som acme.my.salesforce.com (utan https://).',
  // ServiceNow
  'Instance': 'Instans',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Delen före .service-now.com i adressen där du loggar in (för acme.service-now.com anger du ”acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Ange bara underdomänen, t.ex. ”acme” för acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'User ID för en ServiceNow-användare som skapats för den här integrationen (System Security → Users).',
  'The password of that user.': 'Lösenordet för den användaren.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Markera ”Web service access only” för integrationsanvändaren och ge den rollen itil (eller läs-ACL:er för tabellerna du delar) och, om ACL:er för REST API-åtkomst är aktiverade, rollen snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Vissa arbetsytor kräver att en administratör godkänner nya appar innan de kan installeras.',
  // SmartRecruiters
  'API key (SmartToken)': 'API-nyckel (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'Gå till Settings → Admin → Apps & Integrations → Credentials → New credential → API key i SmartRecruiters.',
  'Only SmartRecruiters administrators can create API credentials.': 'Endast administratörer i SmartRecruiters kan skapa API-autentiseringsuppgifter.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Delen före .talentlms.com i adressen där du loggar in (för acme.talentlms.com anger du ”acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Ange bara underdomänen, t.ex. ”acme” för acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'Gå till Account & Settings → Integrations → API i TalentLMS, aktivera API:t och kopiera API-nyckeln.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API:t är avstängt som standard och finns inte i Free-planen eller under en provperiod: en administratör måste aktivera det.',
  // Teamtailor
  'Data region': 'Dataregion',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Var ditt Teamtailor-konto finns; konton som skapats på teamtailor.com i USA använder Nordamerika.',
  'North America': 'Nordamerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Gå till Settings → Integrations → API keys → New API key i Teamtailor, behörighetsomfång ”Admin”, behörighet ”Read”.',
  // Twilio
  'Account SID': 'Konto-SID',
  'On the Twilio Console home page, under "Account Info".': 'På startsidan för Twilio Console, under ”Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Ett konto-SID är ”AC” följt av 32 hexadecimala tecken.',
  'Auth token': 'Autentiseringstoken',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Bredvid Account SID på startsidan för Console; klicka på ”Show” för att visa den.',
  // Workable
  'Account subdomain': 'Kontots underdomän',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Delen före .workable.com i adressen där du loggar in (för acme.workable.com anger du ”acme”). Den visas under Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Ange bara underdomänen, t.ex. ”acme” för acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Gå till Settings → Integrations → Access token → Generate new token i Workable och markera behörigheterna r_account, r_jobs och r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero frågar vilken organisation som ska delas: välj en per anslutning.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Delen före .zendesk.com i adressen där du loggar in (för acme.zendesk.com anger du ”acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Ange bara underdomänen, t.ex. ”acme” för acme.zendesk.com.',
  'Agent e-mail': 'Agentens e-postadress',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'E-postadressen till den Zendesk-administratör eller agent som token agerar för.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Gå till Apps and integrations → APIs → API tokens → Add API token i Admin Center och kopiera sedan token.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Tokenåtkomst måste vara aktiverad i Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Välj ditt datacenter',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Domänen där du loggar in på Zoho, t.ex. crm.zoho.eu betyder Europa.',
  'United States (zoho.com)': 'USA (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'Indien (zoho.in)',
  'Australia (zoho.com.au)': 'Australien (zoho.com.au)',
  'Japan (zoho.jp)': 'Japan (zoho.jp)',
  'Canada (zohocloud.ca)': 'Kanada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saudiarabien (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Storbritannien (zoho.uk)',
  'China (zoho.com.cn)': 'Kina (zoho.com.cn)',
};
