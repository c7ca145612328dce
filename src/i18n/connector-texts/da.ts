import type { ConnectorTextCatalog } from './index.js';

export const da: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'I sandkassen virker alle underdomæner, f.eks. “acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Brug små bogstaver, tal og bindestreger, f.eks. “acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Skriv “sandbox_good” for at få det til at lykkes; alle andre nøgler afvises.',
  'A pretend HR system for trying Connect Hub offline.': 'Et opdigtet HR-system til at prøve Connect Hub offline.',
  // Sandbox ATS
  'Region': 'Region',
  'Choose a region': 'Vælg en region',
  'Where the pretend account lives; both regions work.': 'Hvor den opdigtede konto ligger; begge regioner virker.',
  'Europe': 'Europa',
  'United States': 'USA',
  'Any whole number, e.g. 4200.': 'Et vilkårligt heltal, f.eks. 4200.',
  'The company ID is a whole number.': 'Virksomheds-id’et er et heltal.',
  'Use "demo".': 'Skriv “demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Skriv “sandbox_good” for at få det til at lykkes; alt andet afvises.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Dette er et opdigtet rekrutteringssystem, som Connect Hub selv leverer. Intet forlader denne server.',
  'Only the password "sandbox_good" is accepted.': 'Kun adgangskoden “sandbox_good” accepteres.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Når kontoen er forbundet, vises den i værtsappen og på dashboardet.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Et opdigtet rekrutteringssystem til at prøve Connect Hub offline.',
  // Sandbox CRM
  'Consent': 'Samtykke',
  'Choose what the pretend provider answers': 'Vælg, hvad den opdigtede udbyder svarer',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Sandkassens udbyder har ingen loginside: dette valg bestemmer, hvad dens samtykketrin svarer.',
  'Approve': 'Godkend',
  'Approve, with an access token that expires at once': 'Godkend med et adgangstoken, der udløber med det samme',
  'Deny': 'Afvis',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Et opdigtet CRM, der forbindes via OAuth 2.0-serveren, som er indbygget i Connect Hubs sandkasse; intet forlader denne maskine.',
  // ActiveCampaign
  'Account name': 'Kontonavn',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'Gå til Settings → Developer i ActiveCampaign, og kopiér API-URL’en (https://<account>.api-us1.com); skriv delen <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Skriv kun kontodelen af API-URL’en, f.eks. “acme” for https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Vises under API-URL’en på Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Åbn Asanas udviklerkonsol (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Gå til Admin → Integrations → API Keys → New i Ashby, og kopiér derefter nøglen.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby-nøgler har som standard ingen rettigheder: slå læseadgang til for Candidates, Jobs, Hiring Process og API Keys (nøgletjekket, apiKey.info, kræver API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Gå til Workspace settings → Developers → New access token i Attio, og giv læseadgang til poster og objektkonfiguration.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Åbn Applications → din Machine-to-Machine-applikation → Settings i Auth0 Dashboard, og kopiér “Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Skriv kun værtsnavnet, f.eks. “acme.eu.auth0.com” (uden https:// og uden sti).',
  'On the same Settings tab, copy "Client ID".': 'Kopiér “Client ID” på samme fane, Settings.',
  'On the same Settings tab, copy "Client Secret".': 'Kopiér “Client Secret” på samme fane, Settings.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Applikationen skal være en Machine-to-Machine-app, der er godkendt til Auth0 Management API med mindst read:users.',
  // BambooHR
  'Company domain': 'Virksomhedsdomæne',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Delen før .bamboohr.com i den adresse, du logger ind på (for acme.bamboohr.com skriver du “acme”). Den vises også på siden med API-dokumentation i din konto.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Skriv kun underdomænet, f.eks. “acme” for acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'Klik på dit navn (øverst til højre) i BambooHR → API Keys → Add New Key, og kopiér derefter nøglen.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'En API-nøgle kan læse præcis det, som brugeren, der oprettede den, kan se. Opret den som en bruger med fuld administratoradgang.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Klik på dit kontonavn i Brevo → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevos API-nøgler starter med “xkeysib-” (SMTP-nøgler virker ikke her).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Gå til Settings → Developer → API keys → Add i Cal.com, og kopiér derefter nøglen.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.coms API-nøgler starter med “cal_live_” eller “cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Gå til Integrations & apps → API & Webhooks → Get a token now → Generate new token i Calendly, og vælg de scopes, som denne integration har brug for.',
  // Canvas LMS
  'Canvas domain': 'Canvas-domæne',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Den adresse, du logger ind på Canvas på, uden https://, f.eks. acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Skriv kun værtsnavnet, f.eks. “acme.instructure.com” (uden https:// og uden sti).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Gå til Account → Settings → Approved Integrations → + New Access Token i Canvas.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Gå til Settings → Developer → API Keys → New API Key i Close, og kopiér derefter nøglen.',
  'Close API keys start with "api_".': 'Closes API-nøgler starter med “api_”.',
  // Confluence
  'Site': 'Websted',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Delen før .atlassian.net i den adresse, du logger ind på (for acme.atlassian.net skriver du “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Skriv kun underdomænet, f.eks. “acme” for acme.atlassian.net.',
  'Atlassian account e-mail': 'E-mail for Atlassian-kontoen',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'Den e-mail, du logger ind på Atlassian med; tokenet hører til denne konto.',
  'Enter a valid e-mail address.': 'Skriv en gyldig e-mailadresse.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Opret et på id.atlassian.com → Security → Create and manage API tokens → Create API token (ikke “with scopes”). Tokens udløber efter højst et år.',
  // Deel
  'Organization API token': 'Organisationens API-token',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Åbn More → Developer → Access Tokens → Generate new token i Deel, vælg “Organization token”, og kopiér det.',
  // Docebo
  'Platform domain': 'Platformsdomæne',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Adressen på din Docebo-platform uden https://, f.eks. acme.docebosaas.com eller learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Skriv kun værtsnavnet, f.eks. “acme.docebosaas.com” (uden https:// og uden sti).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: appens Client ID.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Den Client Secret, som Docebo genererede til den OAuth2-app.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'En superadministrator i Docebo skal slå “API and SSO” til og tilføje en applikation under API Credentials med den omdirigerings-URL, som den app, du forbinder, angiver for Docebo; skriv derefter dens klient-id og hemmelighed her.',
  // Freshdesk
  'Helpdesk domain': 'Helpdesk-domæne',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Delen før .freshdesk.com i den adresse, du logger ind på (for acme.freshdesk.com skriver du “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Skriv kun underdomænet, f.eks. “acme” for acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Klik på dit profilbillede i Freshdesk → Profile settings → “View API key” til højre.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'For en organisations repositories skal en ejer muligvis godkende appen under “Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Log ind med en superadministratorkonto til Google Workspace; andre brugere kan ikke læse kataloget.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Gå til Configure → Dev Center → API Credentials → Create new API credentials i Greenhouse, typen “Harvest V3 (OAuth)”; sæt på fanen Settings flueben ved Harvest-scopes for kandidater, ansøgninger, job og brugere, og kopiér derefter Client ID.',
  'Shown next to the Client ID of the same credential.': 'Vises ved siden af Client ID for de samme loginoplysninger.',
  'User ID (optional)': 'Bruger-id (valgfrit)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'Det numeriske id for den Greenhouse-bruger, som integrationen handler på vegne af (revisionslog, rettigheder); lad feltet stå tomt for at bruge loginoplysningernes Integration Service User.',
  'A Greenhouse user ID is a number.': 'Et bruger-id i Greenhouse er et tal.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Loginoplysninger til Harvest v3 når kun de scopes, der er sat flueben ved under Manage Scopes: slå read/list til for Candidates, Applications, Jobs og Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Log ind som Gusto-administrator for den virksomhed, du vil forbinde.',
  // HiBob
  'Service user ID': 'Servicebrugerens id',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Gå til System settings → Integrations → Automation → Service users → Manage i Bob, opret en servicebruger, og kopiér dens id.',
  'Service user token': 'Servicebrugerens token',
  'Shown once when the service user is created; store it before closing the dialog.': 'Vises kun én gang, når servicebrugeren oprettes; gem det, før du lukker dialogboksen.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Servicebrugere starter uden rettigheder: føj denne til en rettighedsgruppe, der må læse People-data.',
  // Humaans
  'API access token': 'API-adgangstoken',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Klik på pilene ved siden af dit navn (øverst til venstre) i Humaans → API access tokens → Generate new token, sæt flueben ved View public data (public:read) – og View public and private data, hvis du deler private felter – og kopiér det derefter.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Den konsol, du logger ind på: console.eu.jumpcloud.com betyder Europa.',
  'India': 'Indien',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Klik på dine kontoinitialer (øverst til højre) i JumpCloud Admin Portal → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'En ny nøgle tilbagekalder den forrige: alle integrationer, der stadig bruger den, holder op med at virke.',
  // Klaviyo
  'Private API key': 'Privat API-nøgle',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Gå til Settings → Account → API keys → Create Private API Key i Klaviyo (skrivebeskyttet adgang er nok).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Private Klaviyo-nøgler starter med “pk_” (offentlige websteds-id’er virker ikke).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Gå til Settings → Integrations and API → API Credentials → Generate new key i Lever (kun superadministratorer).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Kun superadministratorer i Lever kan oprette API-nøgler; sæt flueben ved læserettigheder for de endpoints, du deler (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Personlig API-nøgle',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Gå til Settings → Account → Security & access → Personal API keys → New API key i Linear.',
  'Linear API keys start with "lin_api_".': 'Linears API-nøgler starter med “lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Klik på din profil i Mailchimp → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'En Mailchimp-nøgle består af 32 hexadecimale tegn, en bindestreg og et datacenter, f.eks. “…-us21”.',
  'Data centre': 'Datacenter',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Den del af API-nøglen, der står efter bindestregen (for “…-us21” skriver du “us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Skriv datacenteret fra slutningen af din nøgle, f.eks. “us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Læsning af brugere og grupper kræver administratorsamtykke: log ind som global administrator eller administrator af privilegerede roller.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Din Microsoft 365-administrator skal muligvis give samtykke på vegne af organisationen.',
  // Notion
  'Internal integration secret': 'Hemmelighed for intern integration',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'En ejer af arbejdsområdet opretter en intern integration på notion.so/profile/integrations (nyere arbejdsområder: app.notion.com/developers/connections) og kopierer dens hemmelighed.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notions integrationshemmeligheder starter med “ntn_” (ældre med “secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integrationen ser kun sider, der er delt med den: åbn hver side, klik på ••• → Connections, og tilføj integrationen.',
  // Okta
  'Okta domain': 'Okta-domæne',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Adressen på din Okta-organisation uden https://, f.eks. acme.okta.com eller et eget domæne som login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Skriv kun værtsnavnet, f.eks. “acme.okta.com” (uden https:// og uden sti).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Gå til Security → API → Tokens → Create token i Okta Admin Console, og kopiér derefter værdien.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Et token har de samme rettigheder som den administrator, der oprettede det, og tilbagekaldes, hvis administratoren deaktiveres; tokens, der ikke er brugt i 30 dage, tilbagekaldes også. Opret det med en tjenestekonto for en skrivebeskyttet administrator.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Delen før .onelogin.com i den adresse, du logger ind på (for acme.onelogin.com skriver du “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Skriv kun underdomænet, f.eks. “acme” for acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'Gå til Administration → Developers → API Credentials → New Credential (“Read users”) i OneLogin, og kopiér derefter Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Vises ved siden af Client ID for de samme API-loginoplysninger.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Gå til Settings → API credentials → Create custom integration i Personio, giv den et navn, vælg læse-scopes og de medarbejderattributter, der skal deles, og kopiér derefter Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Vises én gang ved siden af Client ID, når loginoplysningerne genereres.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Når du genererer loginoplysningerne, skal du give læseadgang til de medarbejderattributter, du vil dele; andre attributter forbliver skjulte.',
  // Pipedrive
  '40 hexadecimal characters': '40 hexadecimale tegn',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Klik på dit profilbillede i Pipedrive → Personal preferences → API, og kopiér derefter “Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Et API-token til Pipedrive består af 40 hexadecimale tegn.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Log ind som primær administrator eller virksomhedsadministrator for QuickBooks-virksomheden.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Vises under Settings → Apps and plugins → Personal API tokens og i appens URL’er efter “company=”.',
  'The company ID is a number.': 'Virksomheds-id’et er et tal.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Klik på “+ New token” på samme side, giv det en etiket, og kopiér tokenet.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Tokenet kan præcis det samme, som den, der oprettede det, kan i Recruitee: opret det som administrator.',
  // Salesforce
  'Login host': 'Login-vært',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com for en sandbox eller dit My Domain, f.eks. acme.my.salesforce.com eller acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Skriv login.salesforce.com, test.salesforce.com eller en My Domain-vært som acme.my.salesforce.com (uden https://).',
  // ServiceNow
  'Instance': 'Instans',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Delen før .service-now.com i den adresse, du logger ind på (for acme.service-now.com skriver du “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Skriv kun underdomænet, f.eks. “acme” for acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'User ID for en ServiceNow-bruger, der er oprettet til denne integration (System Security → Users).',
  'The password of that user.': 'Adgangskoden til den bruger.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Sæt flueben ved “Web service access only” for integrationsbrugeren, og giv den rollen itil (eller læse-ACL’er på de tabeller, du deler) og, hvis ACL’er for adgang til REST API er slået til, rollen snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Nogle arbejdsområder kræver, at en administrator godkender nye apps, før de kan installeres.',
  // SmartRecruiters
  'API key (SmartToken)': 'API-nøgle (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'Gå til Settings → Admin → Apps & Integrations → Credentials → New credential → API key i SmartRecruiters.',
  'Only SmartRecruiters administrators can create API credentials.': 'Kun administratorer i SmartRecruiters kan oprette API-loginoplysninger.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Delen før .talentlms.com i den adresse, du logger ind på (for acme.talentlms.com skriver du “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Skriv kun underdomænet, f.eks. “acme” for acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'Gå til Account & Settings → Integrations → API i TalentLMS, slå API’et til, og kopiér API-nøglen.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API’et er som standard slået fra og findes ikke i Free-planen eller i en prøveperiode: en administrator skal slå det til.',
  // Teamtailor
  'Data region': 'Dataregion',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Hvor din Teamtailor-konto hostes; konti oprettet på teamtailor.com i USA bruger Nordamerika.',
  'North America': 'Nordamerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Gå til Settings → Integrations → API keys → New API key i Teamtailor, scope “Admin”, rettighed “Read”.',
  // Twilio
  'Account SID': 'Konto-SID',
  'On the Twilio Console home page, under "Account Info".': 'På forsiden af Twilio Console under “Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Et konto-SID er “AC” efterfulgt af 32 hexadecimale tegn.',
  'Auth token': 'Godkendelsestoken',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Ved siden af Account SID på forsiden af Console; klik på “Show” for at se det.',
  // Workable
  'Account subdomain': 'Kontoens underdomæne',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Delen før .workable.com i den adresse, du logger ind på (for acme.workable.com skriver du “acme”). Den vises under Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Skriv kun underdomænet, f.eks. “acme” for acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Gå til Settings → Integrations → Access token → Generate new token i Workable, og sæt flueben ved scopes r_account, r_jobs og r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero spørger, hvilken organisation der skal deles: vælg én pr. forbindelse.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Delen før .zendesk.com i den adresse, du logger ind på (for acme.zendesk.com skriver du “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Skriv kun underdomænet, f.eks. “acme” for acme.zendesk.com.',
  'Agent e-mail': 'Agentens e-mail',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'E-mailadressen på den Zendesk-administrator eller -agent, som tokenet handler på vegne af.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Gå til Apps and integrations → APIs → API tokens → Add API token i Admin Center, og kopiér det derefter.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Tokenadgang skal være slået til i Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Vælg dit datacenter',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Det domæne, du logger ind på Zoho med, f.eks. betyder crm.zoho.eu Europa.',
  'United States (zoho.com)': 'USA (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'Indien (zoho.in)',
  'Australia (zoho.com.au)': 'Australien (zoho.com.au)',
  'Japan (zoho.jp)': 'Japan (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saudi-Arabien (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Storbritannien (zoho.uk)',
  'China (zoho.com.cn)': 'Kina (zoho.com.cn)',
};
