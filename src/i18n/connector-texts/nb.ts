import type { ConnectorTextCatalog } from './index.js';

export const nb: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'I sandkassen fungerer alle underdomener, f.eks. «acme».',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Bruk små bokstaver, sifre og bindestreker, f.eks. «acme».',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Skriv «sandbox_good» for å lykkes; alle andre nøkler avvises.',
  'A pretend HR system for trying Connect Hub offline.': 'Et fiktivt HR-system for å prøve Connect Hub uten nett.',
  // Sandbox ATS
  'Region': 'Region',
  'Choose a region': 'Velg en region',
  'Where the pretend account lives; both regions work.': 'Hvor den fiktive kontoen ligger; begge regionene fungerer.',
  'Europe': 'Europa',
  'United States': 'USA',
  'Any whole number, e.g. 4200.': 'Et hvilket som helst heltall, f.eks. 4200.',
  'The company ID is a whole number.': 'Firma-ID-en er et heltall.',
  'Use "demo".': 'Skriv «demo».',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Skriv «sandbox_good» for å lykkes; alt annet avvises.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Dette er et fiktivt rekrutteringssystem som Connect Hub selv leverer. Ingenting forlater denne serveren.',
  'Only the password "sandbox_good" is accepted.': 'Bare passordet «sandbox_good» godtas.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Når kontoen er koblet til, vises den i vertsappen og på dashbordet.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Et fiktivt rekrutteringssystem for å prøve Connect Hub uten nett.',
  // Sandbox CRM
  'Consent': 'Samtykke',
  'Choose what the pretend provider answers': 'Velg hva den fiktive leverandøren svarer',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Sandkassens leverandør har ingen påloggingsside: dette valget bestemmer hva samtykketrinnet svarer.',
  'Approve': 'Godkjenn',
  'Approve, with an access token that expires at once': 'Godkjenn, med et tilgangstoken som utløper med en gang',
  'Deny': 'Avslå',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Et fiktivt CRM som kobles til via OAuth 2.0-serveren som er innebygd i Connect Hubs sandkasse; ingenting forlater denne maskinen.',
  // ActiveCampaign
  'Account name': 'Kontonavn',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'Gå til Settings → Developer i ActiveCampaign og kopier API-URL-en (https://<account>.api-us1.com); skriv inn delen <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Skriv bare inn kontodelen av API-URL-en, f.eks. «acme» for https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Vises under API-URL-en på Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Åpne Asanas utviklerkonsoll (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Gå til Admin → Integrations → API Keys → New i Ashby, og kopier deretter nøkkelen.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby-nøkler har ingen tillatelser som standard: slå på lesetilgang til Candidates, Jobs, Hiring Process og API Keys (nøkkelsjekken, apiKey.info, krever API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Gå til Workspace settings → Developers → New access token i Attio, og gi lesetilgang til poster og objektkonfigurasjon.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Åpne Applications → Machine-to-Machine-applikasjonen din → Settings i Auth0 Dashboard, og kopier «Domain».',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Skriv bare inn vertsnavnet, f.eks. «acme.eu.auth0.com» (uten https:// og uten sti).',
  'On the same Settings tab, copy "Client ID".': 'Kopier «Client ID» på den samme fanen, Settings.',
  'On the same Settings tab, copy "Client Secret".': 'Kopier «Client Secret» på den samme fanen, Settings.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Applikasjonen må være en Machine-to-Machine-app som er autorisert for Auth0 Management API med minst read:users.',
  // BambooHR
  'Company domain': 'Firmadomene',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Delen før .bamboohr.com i adressen du logger på (for acme.bamboohr.com skriver du «acme»). Den vises også på siden med API-dokumentasjon i kontoen din.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'Klikk på navnet ditt (øverst til høyre) i BambooHR → API Keys → Add New Key, og kopier deretter nøkkelen.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'En API-nøkkel kan lese nøyaktig det brukeren som opprettet den, kan se. Opprett den som en bruker med full administratortilgang.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Klikk på kontonavnet ditt i Brevo → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'API-nøkler fra Brevo begynner med «xkeysib-» (SMTP-nøkler fungerer ikke her).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Gå til Settings → Developer → API keys → Add i Cal.com, og kopier deretter nøkkelen.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'API-nøkler fra Cal.com begynner med «cal_live_» eller «cal_test_».',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Gå til Integrations & apps → API & Webhooks → Get a token now → Generate new token i Calendly, og velg tilgangsområdene (scopes) denne integrasjonen trenger.',
  // Canvas LMS
  'Canvas domain': 'Canvas-domene',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Adressen du logger på Canvas med, uten https://, f.eks. acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Skriv bare inn vertsnavnet, f.eks. «acme.instructure.com» (uten https:// og uten sti).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Gå til Account → Settings → Approved Integrations → + New Access Token i Canvas.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Gå til Settings → Developer → API Keys → New API Key i Close, og kopier deretter nøkkelen.',
  'Close API keys start with "api_".': 'API-nøkler fra Close begynner med «api_».',
  // Confluence
  'Site': 'Nettsted',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Delen før .atlassian.net i adressen du logger på (for acme.atlassian.net skriver du «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.atlassian.net.',
  'Atlassian account e-mail': 'E-post for Atlassian-kontoen',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'E-postadressen du logger på Atlassian med; tokenet tilhører denne kontoen.',
  'Enter a valid e-mail address.': 'Skriv inn en gyldig e-postadresse.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Opprett et på id.atlassian.com → Security → Create and manage API tokens → Create API token (ikke «with scopes»). Tokener utløper etter høyst ett år.',
  // Deel
  'Organization API token': 'Organisasjonens API-token',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Åpne More → Developer → Access Tokens → Generate new token i Deel, velg «Organization token» og kopier det.',
  // Docebo
  'Platform domain': 'Plattformdomene',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Adressen til Docebo-plattformen din uten https://, f.eks. acme.docebosaas.com eller learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Skriv bare inn vertsnavnet, f.eks. «acme.docebosaas.com» (uten https:// og uten sti).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: appens Client ID.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Client Secret som Docebo genererte for denne OAuth2-appen.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'En superadministrator i Docebo må slå på «API and SSO» og legge til en applikasjon under API Credentials, med omdirigerings-URL-en som appen du kobler til, oppgir for Docebo; skriv deretter inn klient-ID-en og hemmeligheten her.',
  // Freshdesk
  'Helpdesk domain': 'Helpdesk-domene',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Delen før .freshdesk.com i adressen du logger på (for acme.freshdesk.com skriver du «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Klikk på profilbildet ditt i Freshdesk → Profile settings → «View API key» til høyre.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'For en organisasjons repositorier kan en eier måtte godkjenne appen under «Third-party access».',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Logg på med en superadministratorkonto for Google Workspace; andre brukere kan ikke lese katalogen.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Gå til Configure → Dev Center → API Credentials → Create new API credentials i Greenhouse, typen «Harvest V3 (OAuth)»; huk av Harvest-tilgangsområdene for kandidater, søknader, stillinger og brukere på fanen Settings, og kopier deretter Client ID.',
  'Shown next to the Client ID of the same credential.': 'Vises ved siden av Client ID for den samme påloggingsinformasjonen.',
  'User ID (optional)': 'Bruker-ID (valgfritt)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'Den numeriske ID-en til Greenhouse-brukeren integrasjonen handler på vegne av (revisjonslogg, tillatelser); la feltet stå tomt for å bruke påloggingsinformasjonens Integration Service User.',
  'A Greenhouse user ID is a number.': 'En bruker-ID i Greenhouse er et tall.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Påloggingsinformasjon for Harvest v3 når bare tilgangsområdene som er avhuket under Manage Scopes: slå på read/list for Candidates, Applications, Jobs og Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Logg på som Gusto-administrator for firmaet du vil koble til.',
  // HiBob
  'Service user ID': 'Tjenestebrukerens ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Gå til System settings → Integrations → Automation → Service users → Manage i Bob, opprett en tjenestebruker og kopier ID-en.',
  'Service user token': 'Tjenestebrukerens token',
  'Shown once when the service user is created; store it before closing the dialog.': 'Vises bare én gang, når tjenestebrukeren opprettes; lagre det før du lukker dialogboksen.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Tjenestebrukere starter uten tillatelser: legg denne til i en tillatelsesgruppe som kan lese People-data.',
  // Humaans
  'API access token': 'API-tilgangstoken',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Klikk på pilene ved siden av navnet ditt (øverst til venstre) i Humaans → API access tokens → Generate new token, huk av View public data (public:read) – og View public and private data hvis du deler private felt – og kopier det deretter.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Konsollen du logger på: console.eu.jumpcloud.com betyr Europa.',
  'India': 'India',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Klikk på kontoinitialene dine (øverst til høyre) i JumpCloud Admin Portal → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'En ny nøkkel opphever den forrige: alle integrasjoner som fortsatt bruker den, slutter å fungere.',
  // Klaviyo
  'Private API key': 'Privat API-nøkkel',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Gå til Settings → Account → API keys → Create Private API Key i Klaviyo (lesetilgang er nok).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Private Klaviyo-nøkler begynner med «pk_» (offentlige nettsteds-ID-er fungerer ikke).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Gå til Settings → Integrations and API → API Credentials → Generate new key i Lever (bare superadministratorer).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Bare superadministratorer i Lever kan opprette API-nøkler; huk av lesetillatelser for endepunktene du deler (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Personlig API-nøkkel',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Gå til Settings → Account → Security & access → Personal API keys → New API key i Linear.',
  'Linear API keys start with "lin_api_".': 'API-nøkler fra Linear begynner med «lin_api_».',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Klikk på profilen din i Mailchimp → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'En Mailchimp-nøkkel består av 32 heksadesimale tegn, en bindestrek og et datasenter, f.eks. «…-us21».',
  'Data centre': 'Datasenter',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Delen av API-nøkkelen etter bindestreken (for «…-us21» skriver du «us21»).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Skriv inn datasenteret fra slutten av nøkkelen din, f.eks. «us21».',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Lesing av brukere og grupper krever administratorsamtykke: logg på som global administrator eller administrator for privilegerte roller.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Microsoft 365-administratoren din må kanskje gi samtykke på vegne av organisasjonen.',
  // Notion
  'Internal integration secret': 'Hemmelighet for intern integrasjon',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'En eier av arbeidsområdet oppretter en intern integrasjon på notion.so/profile/integrations (nyere arbeidsområder: app.notion.com/developers/connections) og kopierer hemmeligheten.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Integrasjonshemmeligheter fra Notion begynner med «ntn_» (eldre med «secret_»).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integrasjonen ser bare sider som er delt med den: åpne hver side, klikk på ••• → Connections og legg til integrasjonen.',
  // Okta
  'Okta domain': 'Okta-domene',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Adressen til Okta-organisasjonen din uten https://, f.eks. acme.okta.com eller et eget domene som login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Skriv bare inn vertsnavnet, f.eks. «acme.okta.com» (uten https:// og uten sti).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Gå til Security → API → Tokens → Create token i Okta Admin Console, og kopier deretter verdien.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Et token har rettighetene til administratoren som opprettet det, og oppheves hvis administratoren deaktiveres; tokener som ikke er brukt på 30 dager, oppheves også. Opprett det med en tjenestekonto for en skrivebeskyttet administrator.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Delen før .onelogin.com i adressen du logger på (for acme.onelogin.com skriver du «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'Gå til Administration → Developers → API Credentials → New Credential («Read users») i OneLogin, og kopier deretter Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Vises ved siden av Client ID for den samme API-påloggingsinformasjonen.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Gå til Settings → API credentials → Create custom integration i Personio, gi den et navn, velg lesetilgangsområdene og medarbeiderattributtene som skal deles, og kopier deretter Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Vises én gang ved siden av Client ID når påloggingsinformasjonen genereres.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Når du genererer påloggingsinformasjonen, gir du lesetilgang til medarbeiderattributtene du vil dele; andre attributter forblir skjult.',
  // Pipedrive
  '40 hexadecimal characters': '40 heksadesimale tegn',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Klikk på profilbildet ditt i Pipedrive → Personal preferences → API, og kopier deretter «Your personal API token».',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Et API-token fra Pipedrive består av 40 heksadesimale tegn.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Logg på som primæradministrator eller firmaadministrator for QuickBooks-firmaet.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Vises under Settings → Apps and plugins → Personal API tokens og i appens URL-er etter «company=».',
  'The company ID is a number.': 'Firma-ID-en er et tall.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Klikk på «+ New token» på samme side, gi det en etikett og kopier tokenet.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Tokenet kan gjøre nøyaktig det samme som den som opprettet det, kan gjøre i Recruitee: opprett det som administrator.',
  // Salesforce
  'Login host': 'Påloggingsvert',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com for en sandkasse eller ditt My Domain, f.eks. acme.my.salesforce.com eller acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Skriv inn login.salesforce.com, test.salesforce.com eller en My Domain-vert som acme.my.salesforce.com (uten https://).',
  // ServiceNow
  'Instance': 'Instans',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Delen før .service-now.com i adressen du logger på (for acme.service-now.com skriver du «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'User ID for en ServiceNow-bruker som er opprettet for denne integrasjonen (System Security → Users).',
  'The password of that user.': 'Passordet til denne brukeren.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Huk av «Web service access only» for integrasjonsbrukeren og gi den rollen itil (eller lese-ACL-er på tabellene du deler) og, hvis ACL-er for tilgang til REST API er slått på, rollen snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Noen arbeidsområder krever at en administrator godkjenner nye apper før de kan installeres.',
  // SmartRecruiters
  'API key (SmartToken)': 'API-nøkkel (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'Gå til Settings → Admin → Apps & Integrations → Credentials → New credential → API key i SmartRecruiters.',
  'Only SmartRecruiters administrators can create API credentials.': 'Bare administratorer i SmartRecruiters kan opprette API-påloggingsinformasjon.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Delen før .talentlms.com i adressen du logger på (for acme.talentlms.com skriver du «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'Gå til Account & Settings → Integrations → API i TalentLMS, slå på API-et og kopier API-nøkkelen.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API-et er slått av som standard og er ikke tilgjengelig i Free-abonnementet eller i en prøveperiode: en administrator må slå det på.',
  // Teamtailor
  'Data region': 'Dataregion',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Hvor Teamtailor-kontoen din driftes; kontoer opprettet på teamtailor.com i USA bruker Nord-Amerika.',
  'North America': 'Nord-Amerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Gå til Settings → Integrations → API keys → New API key i Teamtailor, tilgangsområde «Admin», tillatelse «Read».',
  // Twilio
  'Account SID': 'Konto-SID',
  'On the Twilio Console home page, under "Account Info".': 'På startsiden til Twilio Console, under «Account Info».',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'En konto-SID er «AC» etterfulgt av 32 heksadesimale tegn.',
  'Auth token': 'Autentiseringstoken',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Ved siden av Account SID på startsiden til Console; klikk på «Show» for å vise det.',
  // Workable
  'Account subdomain': 'Kontoens underdomene',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Delen før .workable.com i adressen du logger på (for acme.workable.com skriver du «acme»). Den vises under Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Gå til Settings → Integrations → Access token → Generate new token i Workable, og huk av tilgangsområdene r_account, r_jobs og r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero spør hvilken organisasjon som skal deles: velg én per tilkobling.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Delen før .zendesk.com i adressen du logger på (for acme.zendesk.com skriver du «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Skriv bare inn underdomenet, f.eks. «acme» for acme.zendesk.com.',
  'Agent e-mail': 'Agentens e-post',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'E-postadressen til Zendesk-administratoren eller -agenten som tokenet handler på vegne av.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Gå til Apps and integrations → APIs → API tokens → Add API token i Admin Center, og kopier det deretter.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Tokentilgang må være slått på i Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Velg datasenter',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Domenet du logger på Zoho med, f.eks. betyr crm.zoho.eu Europa.',
  'United States (zoho.com)': 'USA (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'India (zoho.in)',
  'Australia (zoho.com.au)': 'Australia (zoho.com.au)',
  'Japan (zoho.jp)': 'Japan (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saudi-Arabia (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Storbritannia (zoho.uk)',
  'China (zoho.com.cn)': 'Kina (zoho.com.cn)',
};
