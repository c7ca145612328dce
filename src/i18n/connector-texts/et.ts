import type { ConnectorTextCatalog } from './index.js';

export const et: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'Liivakastis sobib iga alamdomeen, näiteks „acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Kasuta väiketähti, numbreid ja sidekriipse, näiteks „acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Edu saavutamiseks sisesta „sandbox_good”; kõik muud võtmed lükatakse tagasi.',
  'A pretend HR system for trying Connect Hub offline.': 'Näidis-personalisüsteem, et proovida Connect Hubi võrguühenduseta.',
  // Sandbox ATS
  'Region': 'Piirkond',
  'Choose a region': 'Vali piirkond',
  'Where the pretend account lives; both regions work.': 'Kus näidiskonto asub; mõlemad piirkonnad töötavad.',
  'Europe': 'Euroopa',
  'United States': 'Ameerika Ühendriigid',
  'Any whole number, e.g. 4200.': 'Mis tahes täisarv, näiteks 4200.',
  'The company ID is a whole number.': 'Ettevõtte ID on täisarv.',
  'Use "demo".': 'Sisesta „demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Edu saavutamiseks sisesta „sandbox_good”; kõik muu lükatakse tagasi.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'See on näidis-värbamissüsteem, mida pakub Connect Hub ise. Midagi ei lahku sellest serverist.',
  'Only the password "sandbox_good" is accepted.': 'Aktsepteeritakse ainult parooli „sandbox_good”.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Pärast ühendamist kuvatakse konto hostrakenduses ja juhtpaneelil.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Näidis-värbamissüsteem, et proovida Connect Hubi võrguühenduseta.',
  // Sandbox CRM
  'Consent': 'Nõusolek',
  'Choose what the pretend provider answers': 'Vali, mida näidisteenusepakkuja vastab',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Liivakasti teenusepakkujal pole sisselogimislehte: see valik määrab, mida vastab tema nõusolekusamm.',
  'Approve': 'Kinnita',
  'Approve, with an access token that expires at once': 'Kinnita, kohe aeguva juurdepääsuloaga',
  'Deny': 'Keeldu',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Näidis-CRM, mis ühendub Connect Hubi liivakasti sisseehitatud OAuth 2.0 serveri kaudu; midagi ei lahku sellest masinast.',
  // ActiveCampaign
  'Account name': 'Konto nimi',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'ActiveCampaign: ava Settings → Developer ja kopeeri API URL (https://<account>.api-us1.com); sisesta osa <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Sisesta ainult API URL-i kontoosa, näiteks „acme” aadressi https://acme.api-us1.com puhul.',
  'Shown below the API URL on Settings → Developer.': 'Kuvatakse API URL-i all lehel Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Ava Asana arendajakonsool (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Ashby: ava Admin → Integrations → API Keys → New ja kopeeri võti.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby võtmetel pole vaikimisi õigusi: luba lugemisõigus üksustele Candidates, Jobs, Hiring Process ja API Keys (võtme kontroll apiKey.info vajab õigust API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Attio: ava Workspace settings → Developers → New access token ja anna lugemisõigus kirjetele ja objektide seadistusele.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Auth0 Dashboard: ava Applications → sinu Machine-to-Machine rakendus → Settings ja kopeeri „Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Sisesta ainult hostinimi, näiteks „acme.eu.auth0.com” (ilma https:// ja teeta).',
  'On the same Settings tab, copy "Client ID".': 'Kopeeri samal vahekaardil Settings „Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'Kopeeri samal vahekaardil Settings „Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Rakendus peab olema Machine-to-Machine rakendus, millel on Auth0 Management API jaoks vähemalt õigus read:users.',
  // BambooHR
  'Company domain': 'Ettevõtte domeen',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Osa enne .bamboohr.com aadressis, kus sisse logid (aadressi acme.bamboohr.com puhul sisesta „acme”). See on näha ka sinu konto API dokumentatsiooni lehel.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.bamboohr.com puhul.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'BambooHR: klõpsa oma nimel (üleval paremal) → API Keys → Add New Key ja kopeeri võti.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'API-võti saab lugeda täpselt seda, mida näeb selle loonud kasutaja. Loo see täielike administraatoriõigustega kasutajana.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Brevo: klõpsa oma konto nimel → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevo API-võtmed algavad märkidega „xkeysib-” (SMTP-võtmed siin ei tööta).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Cal.com: ava Settings → Developer → API keys → Add ja kopeeri võti.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.com API-võtmed algavad märkidega „cal_live_” või „cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Calendly: ava Integrations & apps → API & Webhooks → Get a token now → Generate new token ja vali õigused (scopes), mida see integratsioon vajab.',
  // Canvas LMS
  'Canvas domain': 'Canvase domeen',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Aadress, kus Canvasesse sisse logid, ilma https://-ta, näiteks acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Sisesta ainult hostinimi, näiteks „acme.instructure.com” (ilma https:// ja teeta).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Canvas: ava Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Close: ava Settings → Developer → API Keys → New API Key ja kopeeri võti.',
  'Close API keys start with "api_".': 'Close API-võtmed algavad märkidega „api_”.',
  // Confluence
  'Site': 'Sait',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Osa enne .atlassian.net aadressis, kus sisse logid (aadressi acme.atlassian.net puhul sisesta „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.atlassian.net puhul.',
  'Atlassian account e-mail': 'Atlassiani konto e-posti aadress',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'E-posti aadress, millega Atlassianisse sisse logid; luba kuulub sellele kontole.',
  'Enter a valid e-mail address.': 'Sisesta kehtiv e-posti aadress.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Loo see aadressil id.atlassian.com → Security → Create and manage API tokens → Create API token (mitte „with scopes”). Load aeguvad hiljemalt aasta pärast.',
  // Deel
  'Organization API token': 'Organisatsiooni API-luba',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Deel: ava More → Developer → Access Tokens → Generate new token, vali „Organization token” ja kopeeri see.',
  // Docebo
  'Platform domain': 'Platvormi domeen',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Sinu Docebo platvormi aadress ilma https://-ta, näiteks acme.docebosaas.com või learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Sisesta ainult hostinimi, näiteks „acme.docebosaas.com” (ilma https:// ja teeta).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: rakenduse Client ID.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Client Secret, mille Docebo selle OAuth2 rakenduse jaoks lõi.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Docebo superadministraator peab lubama „API and SSO” ja lisama jaotises API Credentials rakenduse, mille ümbersuunamis-URL on see, mille ühendatav rakendus Docebo jaoks annab; seejärel sisesta siia selle kliendi ID ja saladus.',
  // Freshdesk
  'Helpdesk domain': 'Kasutajatoe domeen',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Osa enne .freshdesk.com aadressis, kus sisse logid (aadressi acme.freshdesk.com puhul sisesta „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.freshdesk.com puhul.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Freshdesk: klõpsa oma profiilipildil → Profile settings → paremal „View API key”.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Organisatsiooni hoidlate puhul võib omanik pidada rakenduse kinnitama jaotises „Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': "Logi sisse Google Workspace'i superadministraatori kontoga; teised kasutajad ei saa kataloogi lugeda.",
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Greenhouse: ava Configure → Dev Center → API Credentials → Create new API credentials, tüüp „Harvest V3 (OAuth)”; märgi selle vahekaardil Settings Harvesti õigused kandidaatidele, kandideerimistele, töökohtadele ja kasutajatele ning kopeeri Client ID.',
  'Shown next to the Client ID of the same credential.': 'Kuvatakse samade mandaatide Client ID kõrval.',
  'User ID (optional)': 'Kasutaja ID (valikuline)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": "Greenhouse'i kasutaja numbriline ID, kelle nimel integratsioon tegutseb (auditilogi, õigused); jäta tühjaks, et kasutada mandaatide Integration Service Useri.",
  'A Greenhouse user ID is a number.': "Greenhouse'i kasutaja ID on number.",
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest v3 mandaadid ulatuvad ainult jaotises Manage Scopes märgitud õigusteni: luba read/list üksustele Candidates, Applications, Jobs ja Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Logi sisse ühendatava ettevõtte Gusto administraatorina.',
  // HiBob
  'Service user ID': 'Teenusekasutaja ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Bob: ava System settings → Integrations → Automation → Service users → Manage, loo teenusekasutaja ja kopeeri selle ID.',
  'Service user token': 'Teenusekasutaja luba',
  'Shown once when the service user is created; store it before closing the dialog.': 'Kuvatakse ainult üks kord, teenusekasutaja loomisel; salvesta see enne dialoogi sulgemist.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Teenusekasutajatel pole alguses õigusi: lisa see kasutaja õiguste gruppi, mis saab lugeda People andmeid.',
  // Humaans
  'API access token': 'API juurdepääsuluba',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Humaans: klõpsa oma nime kõrval olevatel nooltel (üleval vasakul) → API access tokens → Generate new token, märgi View public data (public:read) – ja View public and private data, kui jagad privaatseid välju – ning kopeeri luba.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Konsool, kuhu sisse logid: console.eu.jumpcloud.com tähendab Euroopat.',
  'India': 'India',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'JumpCloud Admin Portal: klõpsa oma konto initsiaalidel (üleval paremal) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Uue võtme loomine tühistab eelmise: iga integratsioon, mis seda veel kasutab, lakkab töötamast.',
  // Klaviyo
  'Private API key': 'Privaatne API-võti',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Klaviyo: ava Settings → Account → API keys → Create Private API Key (piisab ainult lugemise õigusest).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Klaviyo privaatvõtmed algavad märkidega „pk_” (avalikud saidi ID-d ei tööta).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Lever: ava Settings → Integrations and API → API Credentials → Generate new key (ainult superadministraatorid).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'API-võtmeid saavad luua ainult Leveri superadministraatorid; märgi lugemisõigused jagatavatele lõpp-punktidele (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Isiklik API-võti',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Linear: ava Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Lineari API-võtmed algavad märkidega „lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Mailchimp: klõpsa oma profiilil → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Mailchimpi võti koosneb 32 kuueteistkümnendsüsteemi märgist, sidekriipsust ja andmekeskusest, näiteks „…-us21”.',
  'Data centre': 'Andmekeskus',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'API-võtme osa pärast sidekriipsu („…-us21” puhul sisesta „us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Sisesta andmekeskus oma võtme lõpust, näiteks „us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Kasutajate ja rühmade lugemiseks on vaja administraatori nõusolekut: logi sisse globaalse administraatori või privilegeeritud rollide administraatorina.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Sinu Microsoft 365 administraator võib pidada andma nõusoleku kogu organisatsiooni nimel.',
  // Notion
  'Internal integration secret': 'Sisemise integratsiooni saladus',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Tööruumi omanik loob sisemise integratsiooni aadressil notion.so/profile/integrations (uuemates tööruumides: app.notion.com/developers/connections) ja kopeerib selle saladuse.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notioni integratsiooni saladused algavad märkidega „ntn_” (vanemad märkidega „secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integratsioon näeb ainult temaga jagatud lehti: ava iga leht, klõpsa ••• → Connections ja lisa integratsioon.',
  // Okta
  'Okta domain': 'Okta domeen',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Sinu Okta organisatsiooni aadress ilma https://-ta, näiteks acme.okta.com või kohandatud domeen nagu login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Sisesta ainult hostinimi, näiteks „acme.okta.com” (ilma https:// ja teeta).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Okta Admin Console: ava Security → API → Tokens → Create token ja kopeeri selle väärtus.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Loal on selle loonud administraatori õigused ja see tühistatakse, kui administraator deaktiveeritakse; ka 30 päeva kasutamata load tühistatakse. Loo see kirjutuskaitstud administraatori teenusekontoga.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Osa enne .onelogin.com aadressis, kus sisse logid (aadressi acme.onelogin.com puhul sisesta „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.onelogin.com puhul.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'OneLogin: ava Administration → Developers → API Credentials → New Credential („Read users”) ja kopeeri Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Kuvatakse samade API-mandaatide Client ID kõrval.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Personio: ava Settings → API credentials → Create custom integration, anna sellele nimi, vali lugemisõigused ja jagatavad töötajaatribuudid ning kopeeri Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Kuvatakse mandaatide loomisel üks kord Client ID kõrval.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Mandaatide loomisel anna lugemisõigus töötajaatribuutidele, mida soovid jagada; muud atribuudid jäävad peidetuks.',
  // Pipedrive
  '40 hexadecimal characters': '40 kuueteistkümnendsüsteemi märki',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Pipedrive: klõpsa oma profiilipildil → Personal preferences → API ja kopeeri „Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': "Pipedrive'i API-luba koosneb 40 kuueteistkümnendsüsteemi märgist.",
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Logi sisse QuickBooksi ettevõtte peaadministraatori või ettevõtte administraatorina.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Kuvatakse jaotises Settings → Apps and plugins → Personal API tokens ning rakenduse URL-ides pärast „company=”.',
  'The company ID is a number.': 'Ettevõtte ID on number.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Klõpsa samal lehel „+ New token”, anna sellele silt ja kopeeri luba.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Luba saab teha täpselt seda, mida selle looja Recruitees teha saab: loo see administraatorina.',
  // Salesforce
  'Login host': 'Sisselogimishost',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, liivakasti jaoks test.salesforce.com või sinu My Domain, näiteks acme.my.salesforce.com või acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Sisesta login.salesforce.com, test.salesforce.com või My Domaini host, näiteks acme.my.salesforce.com (ilma https://-ta).',
  // ServiceNow
  'Instance': 'Eksemplar',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Osa enne .service-now.com aadressis, kus sisse logid (aadressi acme.service-now.com puhul sisesta „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.service-now.com puhul.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'Selle integratsiooni jaoks loodud ServiceNow kasutaja User ID (System Security → Users).',
  'The password of that user.': 'Selle kasutaja parool.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Märgi integratsioonikasutajal „Web service access only” ja anna talle roll itil (või lugemise ACL-id jagatavatele tabelitele) ning kui REST API juurdepääsu ACL-id on lubatud, ka roll snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Mõnes tööruumis peab administraator uued rakendused enne installimist kinnitama.',
  // SmartRecruiters
  'API key (SmartToken)': 'API-võti (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'SmartRecruiters: ava Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'API-mandaate saavad luua ainult SmartRecruitersi administraatorid.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Osa enne .talentlms.com aadressis, kus sisse logid (aadressi acme.talentlms.com puhul sisesta „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.talentlms.com puhul.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'TalentLMS: ava Account & Settings → Integrations → API, luba API ja kopeeri API-võti.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API on vaikimisi välja lülitatud ega ole saadaval paketis Free ega prooviperioodil: administraator peab selle lubama.',
  // Teamtailor
  'Data region': 'Andmete piirkond',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Kus sinu Teamtailori kontot majutatakse; USA-s aadressil teamtailor.com loodud kontod kasutavad Põhja-Ameerikat.',
  'North America': 'Põhja-Ameerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Teamtailor: ava Settings → Integrations → API keys → New API key, ulatus „Admin”, õigus „Read”.',
  // Twilio
  'Account SID': 'Konto SID',
  'On the Twilio Console home page, under "Account Info".': "Twilio Console'i avalehel jaotises „Account Info”.",
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Konto SID on „AC”, millele järgneb 32 kuueteistkümnendsüsteemi märki.',
  'Auth token': 'Autentimisluba',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': "Console'i avalehel Account SID-i kõrval; selle nägemiseks klõpsa „Show”.",
  // Workable
  'Account subdomain': 'Konto alamdomeen',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Osa enne .workable.com aadressis, kus sisse logid (aadressi acme.workable.com puhul sisesta „acme”). See on näha jaotises Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.workable.com puhul.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Workable: ava Settings → Integrations → Access token → Generate new token ja märgi õigused r_account, r_jobs ja r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero küsib, millist organisatsiooni jagada: vali iga ühenduse jaoks üks.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Osa enne .zendesk.com aadressis, kus sisse logid (aadressi acme.zendesk.com puhul sisesta „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Sisesta ainult alamdomeen, näiteks „acme” aadressi acme.zendesk.com puhul.',
  'Agent e-mail': 'Agendi e-posti aadress',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Selle Zendeski administraatori või agendi e-posti aadress, kelle nimel luba tegutseb.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Admin Center: ava Apps and integrations → APIs → API tokens → Add API token ja kopeeri luba.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Loaga juurdepääs peab olema lubatud: Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Vali andmekeskus',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Domeen, kus Zohosse sisse logid; näiteks crm.zoho.eu tähendab Euroopat.',
  'United States (zoho.com)': 'Ameerika Ühendriigid (zoho.com)',
  'Europe (zoho.eu)': 'Euroopa (zoho.eu)',
  'India (zoho.in)': 'India (zoho.in)',
  'Australia (zoho.com.au)': 'Austraalia (zoho.com.au)',
  'Japan (zoho.jp)': 'Jaapan (zoho.jp)',
  'Canada (zohocloud.ca)': 'Kanada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saudi Araabia (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Ühendkuningriik (zoho.uk)',
  'China (zoho.com.cn)': 'Hiina (zoho.com.cn)',
};
