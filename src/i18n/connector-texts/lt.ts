import type { ConnectorTextCatalog } from './index.js';

export const lt: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'Smėlio dėžėje tinka bet koks padomenis, pvz., „acme“.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Naudokite mažąsias raides, skaitmenis ir brūkšnelius, pvz., „acme“.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Kad pavyktų, įveskite „sandbox_good“; bet koks kitas raktas atmetamas.',
  'A pretend HR system for trying Connect Hub offline.': 'Išgalvota personalo sistema, skirta išbandyti Connect Hub be interneto.',
  // Sandbox ATS
  'Region': 'Regionas',
  'Choose a region': 'Pasirinkite regioną',
  'Where the pretend account lives; both regions work.': 'Kur yra išgalvota paskyra; veikia abu regionai.',
  'Europe': 'Europa',
  'United States': 'Jungtinės Valstijos',
  'Any whole number, e.g. 4200.': 'Bet koks sveikasis skaičius, pvz., 4200.',
  'The company ID is a whole number.': 'Įmonės ID yra sveikasis skaičius.',
  'Use "demo".': 'Įveskite „demo“.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Kad pavyktų, įveskite „sandbox_good“; visa kita atmetama.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Tai išgalvota kandidatų atrankos sistema, kurią teikia pats Connect Hub. Niekas nepalieka šio serverio.',
  'Only the password "sandbox_good" is accepted.': 'Priimamas tik slaptažodis „sandbox_good“.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Prijungta paskyra rodoma pagrindinėje programėlėje ir valdymo skydelyje.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Išgalvota kandidatų atrankos sistema, skirta išbandyti Connect Hub be interneto.',
  // Sandbox CRM
  'Consent': 'Sutikimas',
  'Choose what the pretend provider answers': 'Pasirinkite, ką atsako išgalvotas paslaugų teikėjas',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Smėlio dėžės paslaugų teikėjas neturi prisijungimo puslapio: šis pasirinkimas nulemia, ką atsako jo sutikimo žingsnis.',
  'Approve': 'Patvirtinti',
  'Approve, with an access token that expires at once': 'Patvirtinti su prieigos raktu, kurio galiojimas iškart baigiasi',
  'Deny': 'Atmesti',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Išgalvota CRM sistema, jungiama per Connect Hub smėlio dėžėje įdiegtą OAuth 2.0 serverį; niekas nepalieka šio kompiuterio.',
  // ActiveCampaign
  'Account name': 'Paskyros pavadinimas',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'ActiveCampaign: atidarykite Settings → Developer ir nukopijuokite API URL (https://<account>.api-us1.com); įveskite dalį <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Įveskite tik API URL paskyros dalį, pvz., „acme“ adresui https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Rodoma po API URL skiltyje Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Atidarykite Asana kūrėjų konsolę (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Ashby: atidarykite Admin → Integrations → API Keys → New ir nukopijuokite raktą.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby raktai pagal numatytuosius nustatymus neturi jokių leidimų: įjunkite skaitymo prieigą prie Candidates, Jobs, Hiring Process ir API Keys (rakto patikrai apiKey.info reikia API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Attio: atidarykite Workspace settings → Developers → New access token ir suteikite skaitymo prieigą prie įrašų ir objektų konfigūracijos.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Auth0 Dashboard: atidarykite Applications → savo Machine-to-Machine programą → Settings ir nukopijuokite „Domain“.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Įveskite tik pagrindinio kompiuterio pavadinimą, pvz., „acme.eu.auth0.com“ (be https:// ir be kelio).',
  'On the same Settings tab, copy "Client ID".': 'Toje pačioje kortelėje Settings nukopijuokite „Client ID“.',
  'On the same Settings tab, copy "Client Secret".': 'Toje pačioje kortelėje Settings nukopijuokite „Client Secret“.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Programa turi būti Machine-to-Machine programa, turinti prieigą prie Auth0 Management API su bent read:users.',
  // BambooHR
  'Company domain': 'Įmonės domenas',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Dalis prieš .bamboohr.com adrese, kuriuo prisijungiate (adresui acme.bamboohr.com įveskite „acme“). Ji taip pat rodoma jūsų paskyros API dokumentacijos puslapyje.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'BambooHR: spustelėkite savo vardą (viršuje dešinėje) → API Keys → Add New Key ir nukopijuokite raktą.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'API raktas gali skaityti lygiai tai, ką mato jį sukūręs naudotojas. Sukurkite jį kaip naudotojas su visomis administratoriaus teisėmis.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Brevo: spustelėkite savo paskyros pavadinimą → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevo API raktai prasideda „xkeysib-“ (SMTP raktai čia netinka).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Cal.com: atidarykite Settings → Developer → API keys → Add ir nukopijuokite raktą.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.com API raktai prasideda „cal_live_“ arba „cal_test_“.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Calendly: atidarykite Integrations & apps → API & Webhooks → Get a token now → Generate new token ir pasirinkite šiai integracijai reikalingas aprėptis (scopes).',
  // Canvas LMS
  'Canvas domain': 'Canvas domenas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Adresas, kuriuo prisijungiate prie Canvas, be https://, pvz., acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Įveskite tik pagrindinio kompiuterio pavadinimą, pvz., „acme.instructure.com“ (be https:// ir be kelio).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Canvas: atidarykite Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Close: atidarykite Settings → Developer → API Keys → New API Key ir nukopijuokite raktą.',
  'Close API keys start with "api_".': 'Close API raktai prasideda „api_“.',
  // Confluence
  'Site': 'Svetainė',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Dalis prieš .atlassian.net adrese, kuriuo prisijungiate (adresui acme.atlassian.net įveskite „acme“).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.atlassian.net.',
  'Atlassian account e-mail': 'Atlassian paskyros el. paštas',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'El. pašto adresas, kuriuo prisijungiate prie Atlassian; raktas priklauso šiai paskyrai.',
  'Enter a valid e-mail address.': 'Įveskite galiojantį el. pašto adresą.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Sukurkite jį adresu id.atlassian.com → Security → Create and manage API tokens → Create API token (ne „with scopes“). Raktų galiojimas baigiasi ne vėliau kaip po metų.',
  // Deel
  'Organization API token': 'Organizacijos API prieigos raktas',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Deel: atidarykite More → Developer → Access Tokens → Generate new token, pasirinkite „Organization token“ ir nukopijuokite jį.',
  // Docebo
  'Platform domain': 'Platformos domenas',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Jūsų Docebo platformos adresas be https://, pvz., acme.docebosaas.com arba learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Įveskite tik pagrindinio kompiuterio pavadinimą, pvz., „acme.docebosaas.com“ (be https:// ir be kelio).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: programos Client ID.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Client Secret, kurį Docebo sugeneravo tai OAuth2 programai.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Docebo superadministratorius turi įjungti „API and SSO“ ir skiltyje API Credentials pridėti programą su peradresavimo URL, kurį jungiama programa nurodo Docebo; tada įveskite čia jos kliento ID ir slaptąjį raktą.',
  // Freshdesk
  'Helpdesk domain': 'Pagalbos tarnybos domenas',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Dalis prieš .freshdesk.com adrese, kuriuo prisijungiate (adresui acme.freshdesk.com įveskite „acme“).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Freshdesk: spustelėkite savo profilio nuotrauką → Profile settings → dešinėje „View API key“.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Organizacijos saugykloms savininkui gali tekti patvirtinti programą skiltyje „Third-party access“.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Prisijunkite Google Workspace superadministratoriaus paskyra; kiti naudotojai negali skaityti katalogo.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Greenhouse: atidarykite Configure → Dev Center → API Credentials → Create new API credentials, tipas „Harvest V3 (OAuth)“; jo kortelėje Settings pažymėkite Harvest aprėptis kandidatams, paraiškoms, darbo skelbimams ir naudotojams ir nukopijuokite Client ID.',
  'Shown next to the Client ID of the same credential.': 'Rodoma šalia tų pačių prisijungimo duomenų Client ID.',
  'User ID (optional)': 'Naudotojo ID (neprivaloma)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'Greenhouse naudotojo, kurio vardu veikia integracija, skaitinis ID (audito žurnalas, leidimai); palikite tuščią, kad būtų naudojamas prisijungimo duomenų Integration Service User.',
  'A Greenhouse user ID is a number.': 'Greenhouse naudotojo ID yra skaičius.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest v3 prisijungimo duomenys pasiekia tik skiltyje Manage Scopes pažymėtas aprėptis: įjunkite read/list objektams Candidates, Applications, Jobs ir Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Prisijunkite kaip jungiamos įmonės Gusto administratorius.',
  // HiBob
  'Service user ID': 'Tarnybinio naudotojo ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Bob: atidarykite System settings → Integrations → Automation → Service users → Manage, sukurkite tarnybinį naudotoją ir nukopijuokite jo ID.',
  'Service user token': 'Tarnybinio naudotojo prieigos raktas',
  'Shown once when the service user is created; store it before closing the dialog.': 'Rodomas tik vieną kartą, kai sukuriamas tarnybinis naudotojas; išsaugokite jį prieš uždarydami dialogo langą.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Tarnybiniai naudotojai iš pradžių neturi leidimų: įtraukite šį naudotoją į leidimų grupę, kuri gali skaityti People duomenis.',
  // Humaans
  'API access token': 'API prieigos raktas',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Humaans: spustelėkite rodykles šalia savo vardo (viršuje kairėje) → API access tokens → Generate new token, pažymėkite View public data (public:read) – ir View public and private data, jei bendrinate privačius laukus – ir nukopijuokite raktą.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Konsolė, prie kurios prisijungiate: console.eu.jumpcloud.com reiškia Europą.',
  'India': 'Indija',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'JumpCloud Admin Portal: spustelėkite savo paskyros inicialus (viršuje dešinėje) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Sugeneravus naują raktą, ankstesnis atšaukiamas: bet kuri jį dar naudojanti integracija nustoja veikti.',
  // Klaviyo
  'Private API key': 'Privatus API raktas',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Klaviyo: atidarykite Settings → Account → API keys → Create Private API Key (pakanka tik skaitymo prieigos).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Privatūs Klaviyo raktai prasideda „pk_“ (vieši svetainės ID netinka).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Lever: atidarykite Settings → Integrations and API → API Credentials → Generate new key (tik superadministratoriams).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'API raktus gali kurti tik Lever superadministratoriai; pažymėkite skaitymo leidimus bendrinamiems galiniams taškams (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Asmeninis API raktas',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Linear: atidarykite Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Linear API raktai prasideda „lin_api_“.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Mailchimp: spustelėkite savo profilį → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Mailchimp raktą sudaro 32 šešioliktainiai simboliai, brūkšnelis ir duomenų centras, pvz., „…-us21“.',
  'Data centre': 'Duomenų centras',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'API rakto dalis po brūkšnelio (raktui „…-us21“ įveskite „us21“).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Įveskite duomenų centrą iš rakto pabaigos, pvz., „us21“.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Naudotojams ir grupėms skaityti reikia administratoriaus sutikimo: prisijunkite kaip visuotinis administratorius arba privilegijuotųjų vaidmenų administratorius.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Jūsų Microsoft 365 administratoriui gali tekti suteikti sutikimą organizacijos vardu.',
  // Notion
  'Internal integration secret': 'Vidinės integracijos slaptasis raktas',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Darbo srities savininkas sukuria vidinę integraciją adresu notion.so/profile/integrations (naujesnėse darbo srityse: app.notion.com/developers/connections) ir nukopijuoja jos slaptąjį raktą.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notion integracijų slaptieji raktai prasideda „ntn_“ (senesni – „secret_“).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integracija mato tik su ja bendrinamus puslapius: atidarykite kiekvieną puslapį, spustelėkite ••• → Connections ir pridėkite integraciją.',
  // Okta
  'Okta domain': 'Okta domenas',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Jūsų Okta organizacijos adresas be https://, pvz., acme.okta.com arba pasirinktinis domenas, pvz., login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Įveskite tik pagrindinio kompiuterio pavadinimą, pvz., „acme.okta.com“ (be https:// ir be kelio).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Okta Admin Console: atidarykite Security → API → Tokens → Create token ir nukopijuokite jo reikšmę.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Raktas turi jį sukūrusio administratoriaus teises ir atšaukiamas, jei tas administratorius išjungiamas; taip pat atšaukiami 30 dienų nenaudoti raktai. Sukurkite jį tik skaitymo administratoriaus tarnybine paskyra.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Dalis prieš .onelogin.com adrese, kuriuo prisijungiate (adresui acme.onelogin.com įveskite „acme“).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'OneLogin: atidarykite Administration → Developers → API Credentials → New Credential („Read users“) ir nukopijuokite Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Rodoma šalia tų pačių API prisijungimo duomenų Client ID.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Personio: atidarykite Settings → API credentials → Create custom integration, suteikite jai pavadinimą, pasirinkite skaitymo aprėptis ir bendrinamus darbuotojų atributus ir nukopijuokite Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Rodoma vieną kartą šalia Client ID, kai sugeneruojami prisijungimo duomenys.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Generuodami prisijungimo duomenis suteikite skaitymo prieigą prie darbuotojų atributų, kuriuos norite bendrinti; kiti atributai lieka paslėpti.',
  // Pipedrive
  '40 hexadecimal characters': '40 šešioliktainių simbolių',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Pipedrive: spustelėkite savo profilio nuotrauką → Personal preferences → API ir nukopijuokite „Your personal API token“.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Pipedrive API prieigos raktą sudaro 40 šešioliktainių simbolių.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Prisijunkite kaip QuickBooks įmonės pagrindinis administratorius arba įmonės administratorius.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Rodoma skiltyje Settings → Apps and plugins → Personal API tokens ir programėlės URL po „company=“.',
  'The company ID is a number.': 'Įmonės ID yra skaičius.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Tame pačiame puslapyje spustelėkite „+ New token“, suteikite jam žymą ir nukopijuokite raktą.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Raktas gali daryti lygiai tai, ką Recruitee gali jo kūrėjas: sukurkite jį kaip administratorius.',
  // Salesforce
  'Login host': 'Prisijungimo serveris',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com smėlio dėžei arba jūsų My Domain, pvz., acme.my.salesforce.com arba acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Įveskite login.salesforce.com, test.salesforce.com arba My Domain serverį, pvz., acme.my.salesforce.com (be https://).',
  // ServiceNow
  'Instance': 'Egzempliorius',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Dalis prieš .service-now.com adrese, kuriuo prisijungiate (adresui acme.service-now.com įveskite „acme“).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'Šiai integracijai sukurto ServiceNow naudotojo User ID (System Security → Users).',
  'The password of that user.': 'To naudotojo slaptažodis.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Integracijos naudotojui pažymėkite „Web service access only“ ir suteikite jam vaidmenį itil (arba skaitymo ACL bendrinamoms lentelėms), o jei įjungti REST API prieigos ACL – ir vaidmenį snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Kai kuriose darbo srityse administratorius turi patvirtinti naujas programėles, kad jas būtų galima įdiegti.',
  // SmartRecruiters
  'API key (SmartToken)': 'API raktas (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'SmartRecruiters: atidarykite Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'API prisijungimo duomenis gali kurti tik SmartRecruiters administratoriai.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Dalis prieš .talentlms.com adrese, kuriuo prisijungiate (adresui acme.talentlms.com įveskite „acme“).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'TalentLMS: atidarykite Account & Settings → Integrations → API, įjunkite API ir nukopijuokite API raktą.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API pagal numatytuosius nustatymus išjungta ir nepasiekiama plane Free ar bandomuoju laikotarpiu: ją turi įjungti administratorius.',
  // Teamtailor
  'Data region': 'Duomenų regionas',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Kur laikoma jūsų Teamtailor paskyra; JAV svetainėje teamtailor.com sukurtos paskyros naudoja Šiaurės Ameriką.',
  'North America': 'Šiaurės Amerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Teamtailor: atidarykite Settings → Integrations → API keys → New API key, aprėptis „Admin“, leidimas „Read“.',
  // Twilio
  'Account SID': 'Paskyros SID',
  'On the Twilio Console home page, under "Account Info".': 'Twilio Console pagrindiniame puslapyje, skiltyje „Account Info“.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Paskyros SID yra „AC“ ir po jo einantys 32 šešioliktainiai simboliai.',
  'Auth token': 'Autentifikavimo raktas',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Šalia Account SID Console pagrindiniame puslapyje; spustelėkite „Show“, kad jį parodytumėte.',
  // Workable
  'Account subdomain': 'Paskyros padomenis',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Dalis prieš .workable.com adrese, kuriuo prisijungiate (adresui acme.workable.com įveskite „acme“). Ji rodoma skiltyje Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Workable: atidarykite Settings → Integrations → Access token → Generate new token ir pažymėkite aprėptis r_account, r_jobs ir r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero klausia, kurią organizaciją bendrinti: kiekvienam ryšiui pasirinkite vieną.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Dalis prieš .zendesk.com adrese, kuriuo prisijungiate (adresui acme.zendesk.com įveskite „acme“).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Įveskite tik padomenį, pvz., „acme“ adresui acme.zendesk.com.',
  'Agent e-mail': 'Agento el. paštas',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Zendesk administratoriaus arba agento, kurio vardu veikia raktas, el. pašto adresas.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Admin Center: atidarykite Apps and integrations → APIs → API tokens → Add API token ir nukopijuokite raktą.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Prieiga raktu turi būti įjungta: Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Pasirinkite duomenų centrą',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Domenas, kuriuo prisijungiate prie Zoho; pvz., crm.zoho.eu reiškia Europą.',
  'United States (zoho.com)': 'Jungtinės Valstijos (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'Indija (zoho.in)',
  'Australia (zoho.com.au)': 'Australija (zoho.com.au)',
  'Japan (zoho.jp)': 'Japonija (zoho.jp)',
  'Canada (zohocloud.ca)': 'Kanada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saudo Arabija (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Jungtinė Karalystė (zoho.uk)',
  'China (zoho.com.cn)': 'Kinija (zoho.com.cn)',
};
