import type { ConnectorTextCatalog } from './index.js';

export const lv: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'Smilškastē der jebkurš apakšdomēns, piemēram, “acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Izmantojiet mazos burtus, ciparus un defises, piemēram, “acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Lai izdotos, ievadiet “sandbox_good”; jebkura cita atslēga tiek noraidīta.',
  'A pretend HR system for trying Connect Hub offline.': 'Izdomāta personāla sistēma, lai izmēģinātu Connect Hub bezsaistē.',
  // Sandbox ATS
  'Region': 'Reģions',
  'Choose a region': 'Izvēlieties reģionu',
  'Where the pretend account lives; both regions work.': 'Kur atrodas izdomātais konts; abi reģioni darbojas.',
  'Europe': 'Eiropa',
  'United States': 'Amerikas Savienotās Valstis',
  'Any whole number, e.g. 4200.': 'Jebkurš vesels skaitlis, piemēram, 4200.',
  'The company ID is a whole number.': 'Uzņēmuma ID ir vesels skaitlis.',
  'Use "demo".': 'Ievadiet “demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Lai izdotos, ievadiet “sandbox_good”; jebkas cits tiek noraidīts.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Šī ir izdomāta kandidātu atlases sistēma, ko nodrošina pats Connect Hub. Nekas neatstāj šo serveri.',
  'Only the password "sandbox_good" is accepted.': 'Tiek pieņemta tikai parole “sandbox_good”.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Pēc savienošanas konts parādās resursdatora lietotnē un informācijas panelī.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Izdomāta kandidātu atlases sistēma, lai izmēģinātu Connect Hub bezsaistē.',
  // Sandbox CRM
  'Consent': 'Piekrišana',
  'Choose what the pretend provider answers': 'Izvēlieties, ko atbild izdomātais pakalpojumu sniedzējs',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Smilškastes pakalpojumu sniedzējam nav pieteikšanās lapas: šī izvēle nosaka, ko atbild tā piekrišanas solis.',
  'Approve': 'Apstiprināt',
  'Approve, with an access token that expires at once': 'Apstiprināt ar piekļuves pilnvaru, kuras derīgums beidzas uzreiz',
  'Deny': 'Noraidīt',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Izdomāta CRM sistēma, kas savienojas caur Connect Hub smilškastē iebūvēto OAuth 2.0 serveri; nekas neatstāj šo datoru.',
  // ActiveCampaign
  'Account name': 'Konta nosaukums',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'ActiveCampaign: atveriet Settings → Developer un nokopējiet API URL (https://<account>.api-us1.com); ievadiet daļu <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Ievadiet tikai API URL konta daļu, piemēram, “acme” adresei https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Redzams zem API URL sadaļā Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Atveriet Asana izstrādātāju konsoli (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Ashby: atveriet Admin → Integrations → API Keys → New un nokopējiet atslēgu.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby atslēgām pēc noklusējuma nav atļauju: iespējojiet lasīšanas piekļuvi Candidates, Jobs, Hiring Process un API Keys (atslēgas pārbaudei apiKey.info nepieciešams API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Attio: atveriet Workspace settings → Developers → New access token un piešķiriet lasīšanas piekļuvi ierakstiem un objektu konfigurācijai.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Auth0 Dashboard: atveriet Applications → jūsu Machine-to-Machine lietojumprogramma → Settings un nokopējiet “Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Ievadiet tikai resursdatora nosaukumu, piemēram, “acme.eu.auth0.com” (bez https:// un bez ceļa).',
  'On the same Settings tab, copy "Client ID".': 'Tajā pašā cilnē Settings nokopējiet “Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'Tajā pašā cilnē Settings nokopējiet “Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Lietojumprogrammai jābūt Machine-to-Machine lietotnei, kas autorizēta Auth0 Management API ar vismaz read:users.',
  // BambooHR
  'Company domain': 'Uzņēmuma domēns',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Daļa pirms .bamboohr.com adresē, kurā piesakāties (adresei acme.bamboohr.com ievadiet “acme”). Tā redzama arī jūsu konta API dokumentācijas lapā.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'BambooHR: noklikšķiniet uz sava vārda (augšā pa labi) → API Keys → Add New Key un nokopējiet atslēgu.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'API atslēga var lasīt tieši to, ko redz lietotājs, kurš to izveidoja. Izveidojiet to kā lietotājs ar pilnām administratora tiesībām.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Brevo: noklikšķiniet uz sava konta nosaukuma → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevo API atslēgas sākas ar “xkeysib-” (SMTP atslēgas šeit nedarbojas).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Cal.com: atveriet Settings → Developer → API keys → Add un nokopējiet atslēgu.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.com API atslēgas sākas ar “cal_live_” vai “cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Calendly: atveriet Integrations & apps → API & Webhooks → Get a token now → Generate new token un atlasiet tvērumus (scopes), kas nepieciešami šai integrācijai.',
  // Canvas LMS
  'Canvas domain': 'Canvas domēns',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Adrese, kurā piesakāties Canvas, bez https://, piemēram, acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Ievadiet tikai resursdatora nosaukumu, piemēram, “acme.instructure.com” (bez https:// un bez ceļa).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Canvas: atveriet Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Close: atveriet Settings → Developer → API Keys → New API Key un nokopējiet atslēgu.',
  'Close API keys start with "api_".': 'Close API atslēgas sākas ar “api_”.',
  // Confluence
  'Site': 'Vietne',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Daļa pirms .atlassian.net adresē, kurā piesakāties (adresei acme.atlassian.net ievadiet “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.atlassian.net.',
  'Atlassian account e-mail': 'Atlassian konta e-pasts',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'E-pasta adrese, ar kuru piesakāties Atlassian; pilnvara pieder šim kontam.',
  'Enter a valid e-mail address.': 'Ievadiet derīgu e-pasta adresi.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Izveidojiet to vietnē id.atlassian.com → Security → Create and manage API tokens → Create API token (nevis “with scopes”). Pilnvaru derīgums beidzas ne vēlāk kā pēc gada.',
  // Deel
  'Organization API token': 'Organizācijas API pilnvara',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Deel: atveriet More → Developer → Access Tokens → Generate new token, izvēlieties “Organization token” un nokopējiet to.',
  // Docebo
  'Platform domain': 'Platformas domēns',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Jūsu Docebo platformas adrese bez https://, piemēram, acme.docebosaas.com vai learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Ievadiet tikai resursdatora nosaukumu, piemēram, “acme.docebosaas.com” (bez https:// un bez ceļa).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: lietotnes Client ID.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Client Secret, ko Docebo ģenerēja šai OAuth2 lietotnei.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Docebo superadministratoram jāiespējo “API and SSO” un sadaļā API Credentials jāpievieno lietojumprogramma ar novirzīšanas URL, ko pievienojamā lietotne norāda Docebo; pēc tam ievadiet šeit tās klienta ID un noslēpumu.',
  // Freshdesk
  'Helpdesk domain': 'Palīdzības dienesta domēns',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Daļa pirms .freshdesk.com adresē, kurā piesakāties (adresei acme.freshdesk.com ievadiet “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Freshdesk: noklikšķiniet uz sava profila attēla → Profile settings → “View API key” labajā pusē.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Organizācijas repozitorijiem īpašniekam, iespējams, būs jāapstiprina lietotne sadaļā “Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Piesakieties ar Google Workspace superadministratora kontu; citi lietotāji nevar lasīt direktoriju.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Greenhouse: atveriet Configure → Dev Center → API Credentials → Create new API credentials, tips “Harvest V3 (OAuth)”; tā cilnē Settings atzīmējiet Harvest tvērumus kandidātiem, pieteikumiem, vakancēm un lietotājiem un nokopējiet Client ID.',
  'Shown next to the Client ID of the same credential.': 'Redzams blakus to pašu akreditācijas datu Client ID.',
  'User ID (optional)': 'Lietotāja ID (neobligāti)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'Tā Greenhouse lietotāja skaitliskais ID, kura vārdā darbojas integrācija (audita žurnāls, atļaujas); atstājiet tukšu, lai izmantotu akreditācijas datu Integration Service User.',
  'A Greenhouse user ID is a number.': 'Greenhouse lietotāja ID ir skaitlis.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest v3 akreditācijas dati sasniedz tikai tvērumus, kas atzīmēti sadaļā Manage Scopes: iespējojiet read/list objektiem Candidates, Applications, Jobs un Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Piesakieties kā pievienojamā uzņēmuma Gusto administrators.',
  // HiBob
  'Service user ID': 'Pakalpojuma lietotāja ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Bob: atveriet System settings → Integrations → Automation → Service users → Manage, izveidojiet pakalpojuma lietotāju un nokopējiet tā ID.',
  'Service user token': 'Pakalpojuma lietotāja pilnvara',
  'Shown once when the service user is created; store it before closing the dialog.': 'Tiek parādīta tikai vienreiz, kad pakalpojuma lietotājs tiek izveidots; saglabājiet to pirms dialoga aizvēršanas.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Pakalpojuma lietotājiem sākumā nav atļauju: pievienojiet šo lietotāju atļauju grupai, kas drīkst lasīt People datus.',
  // Humaans
  'API access token': 'API piekļuves pilnvara',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Humaans: noklikšķiniet uz bultiņām blakus savam vārdam (augšā pa kreisi) → API access tokens → Generate new token, atzīmējiet View public data (public:read) – un View public and private data, ja kopīgojat privātus laukus – un nokopējiet pilnvaru.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Konsole, kurā piesakāties: console.eu.jumpcloud.com nozīmē Eiropu.',
  'India': 'Indija',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'JumpCloud Admin Portal: noklikšķiniet uz sava konta iniciāļiem (augšā pa labi) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Jaunas atslēgas ģenerēšana atsauc iepriekšējo: jebkura integrācija, kas to vēl izmanto, pārstāj darboties.',
  // Klaviyo
  'Private API key': 'Privātā API atslēga',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Klaviyo: atveriet Settings → Account → API keys → Create Private API Key (pietiek ar tikai lasīšanas piekļuvi).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Klaviyo privātās atslēgas sākas ar “pk_” (publiskie vietnes ID nedarbojas).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Lever: atveriet Settings → Integrations and API → API Credentials → Generate new key (tikai superadministratoriem).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'API atslēgas var izveidot tikai Lever superadministratori; atzīmējiet lasīšanas atļaujas kopīgotajiem galapunktiem (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Personīgā API atslēga',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Linear: atveriet Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Linear API atslēgas sākas ar “lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Mailchimp: noklikšķiniet uz sava profila → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Mailchimp atslēga sastāv no 32 heksadecimālām rakstzīmēm, defises un datu centra, piemēram, “…-us21”.',
  'Data centre': 'Datu centrs',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'API atslēgas daļa pēc defises (atslēgai “…-us21” ievadiet “us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Ievadiet datu centru no atslēgas beigām, piemēram, “us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Lietotāju un grupu lasīšanai nepieciešama administratora piekrišana: piesakieties kā globālais administrators vai priviliģēto lomu administrators.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Jūsu Microsoft 365 administratoram, iespējams, būs jāsniedz piekrišana organizācijas vārdā.',
  // Notion
  'Internal integration secret': 'Iekšējās integrācijas noslēpums',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Darbvietas īpašnieks izveido iekšējo integrāciju vietnē notion.so/profile/integrations (jaunākās darbvietās: app.notion.com/developers/connections) un nokopē tās noslēpumu.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notion integrāciju noslēpumi sākas ar “ntn_” (vecāki ar “secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integrācija redz tikai ar to kopīgotās lapas: atveriet katru lapu, noklikšķiniet uz ••• → Connections un pievienojiet integrāciju.',
  // Okta
  'Okta domain': 'Okta domēns',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Jūsu Okta organizācijas adrese bez https://, piemēram, acme.okta.com vai pielāgots domēns, piemēram, login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Ievadiet tikai resursdatora nosaukumu, piemēram, “acme.okta.com” (bez https:// un bez ceļa).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Okta Admin Console: atveriet Security → API → Tokens → Create token un nokopējiet tās vērtību.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Pilnvarai ir tā administratora tiesības, kurš to izveidoja, un tā tiek atsaukta, ja šis administrators tiek deaktivizēts; tiek atsauktas arī pilnvaras, kas nav izmantotas 30 dienas. Izveidojiet to ar tikai lasīšanas administratora pakalpojuma kontu.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Daļa pirms .onelogin.com adresē, kurā piesakāties (adresei acme.onelogin.com ievadiet “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'OneLogin: atveriet Administration → Developers → API Credentials → New Credential (“Read users”) un nokopējiet Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Redzams blakus to pašu API akreditācijas datu Client ID.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Personio: atveriet Settings → API credentials → Create custom integration, piešķiriet nosaukumu, atlasiet lasīšanas tvērumus un kopīgojamos darbinieku atribūtus un nokopējiet Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Tiek parādīts vienreiz blakus Client ID, kad akreditācijas dati tiek ģenerēti.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Ģenerējot akreditācijas datus, piešķiriet lasīšanas piekļuvi darbinieku atribūtiem, kurus vēlaties kopīgot; pārējie atribūti paliek paslēpti.',
  // Pipedrive
  '40 hexadecimal characters': '40 heksadecimālas rakstzīmes',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Pipedrive: noklikšķiniet uz sava profila attēla → Personal preferences → API un nokopējiet “Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Pipedrive API pilnvara sastāv no 40 heksadecimālām rakstzīmēm.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Piesakieties kā QuickBooks uzņēmuma galvenais administrators vai uzņēmuma administrators.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Redzams sadaļā Settings → Apps and plugins → Personal API tokens un lietotnes URL pēc “company=”.',
  'The company ID is a number.': 'Uzņēmuma ID ir skaitlis.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Tajā pašā lapā noklikšķiniet uz “+ New token”, piešķiriet tai etiķeti un nokopējiet pilnvaru.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Pilnvara var darīt tieši to, ko Recruitee var darīt tās izveidotājs: izveidojiet to kā administrators.',
  // Salesforce
  'Login host': 'Pieteikšanās resursdators',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com smilškastei vai jūsu My Domain, piemēram, acme.my.salesforce.com vai acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Ievadiet login.salesforce.com, test.salesforce.com vai My Domain resursdatoru, piemēram, acme.my.salesforce.com (bez https://).',
  // ServiceNow
  'Instance': 'Instance',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Daļa pirms .service-now.com adresē, kurā piesakāties (adresei acme.service-now.com ievadiet “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'Šai integrācijai izveidota ServiceNow lietotāja User ID (System Security → Users).',
  'The password of that user.': 'Šī lietotāja parole.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Integrācijas lietotājam atzīmējiet “Web service access only” un piešķiriet lomu itil (vai lasīšanas ACL kopīgotajām tabulām) un, ja ir iespējoti REST API piekļuves ACL, arī lomu snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Dažās darbvietās administratoram jāapstiprina jaunas lietotnes, pirms tās var instalēt.',
  // SmartRecruiters
  'API key (SmartToken)': 'API atslēga (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'SmartRecruiters: atveriet Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'API akreditācijas datus var izveidot tikai SmartRecruiters administratori.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Daļa pirms .talentlms.com adresē, kurā piesakāties (adresei acme.talentlms.com ievadiet “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'TalentLMS: atveriet Account & Settings → Integrations → API, iespējojiet API un nokopējiet API atslēgu.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API pēc noklusējuma ir izslēgts un nav pieejams plānā Free vai izmēģinājuma laikā: tas jāiespējo administratoram.',
  // Teamtailor
  'Data region': 'Datu reģions',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Kur tiek mitināts jūsu Teamtailor konts; ASV vietnē teamtailor.com izveidotie konti izmanto Ziemeļameriku.',
  'North America': 'Ziemeļamerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Teamtailor: atveriet Settings → Integrations → API keys → New API key, tvērums “Admin”, atļauja “Read”.',
  // Twilio
  'Account SID': 'Konta SID',
  'On the Twilio Console home page, under "Account Info".': 'Twilio Console sākumlapā, sadaļā “Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Konta SID ir “AC”, kam seko 32 heksadecimālas rakstzīmes.',
  'Auth token': 'Autentifikācijas pilnvara',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Blakus Account SID Console sākumlapā; lai to parādītu, noklikšķiniet uz “Show”.',
  // Workable
  'Account subdomain': 'Konta apakšdomēns',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Daļa pirms .workable.com adresē, kurā piesakāties (adresei acme.workable.com ievadiet “acme”). Tā redzama sadaļā Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Workable: atveriet Settings → Integrations → Access token → Generate new token un atzīmējiet tvērumus r_account, r_jobs un r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero jautā, kuru organizāciju kopīgot: izvēlieties vienu katram savienojumam.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Daļa pirms .zendesk.com adresē, kurā piesakāties (adresei acme.zendesk.com ievadiet “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Ievadiet tikai apakšdomēnu, piemēram, “acme” adresei acme.zendesk.com.',
  'Agent e-mail': 'Aģenta e-pasts',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Tā Zendesk administratora vai aģenta e-pasta adrese, kura vārdā darbojas pilnvara.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Admin Center: atveriet Apps and integrations → APIs → API tokens → Add API token un nokopējiet pilnvaru.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Piekļuvei ar pilnvaru jābūt iespējotai: Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Izvēlieties datu centru',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Domēns, kurā piesakāties Zoho; piemēram, crm.zoho.eu nozīmē Eiropu.',
  'United States (zoho.com)': 'Amerikas Savienotās Valstis (zoho.com)',
  'Europe (zoho.eu)': 'Eiropa (zoho.eu)',
  'India (zoho.in)': 'Indija (zoho.in)',
  'Australia (zoho.com.au)': 'Austrālija (zoho.com.au)',
  'Japan (zoho.jp)': 'Japāna (zoho.jp)',
  'Canada (zohocloud.ca)': 'Kanāda (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saūda Arābija (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Apvienotā Karaliste (zoho.uk)',
  'China (zoho.com.cn)': 'Ķīna (zoho.com.cn)',
};
