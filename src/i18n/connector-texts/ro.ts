import type { ConnectorTextCatalog } from './index.js';

export const ro: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'În sandbox funcționează orice subdomeniu, de exemplu „acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Folosiți litere mici, cifre și cratime, de exemplu „acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Introduceți „sandbox_good” ca să reușească; orice altă cheie este respinsă.',
  'A pretend HR system for trying Connect Hub offline.': 'Un sistem de resurse umane simulat, pentru a încerca Connect Hub offline.',
  // Sandbox ATS
  'Region': 'Regiune',
  'Choose a region': 'Alegeți o regiune',
  'Where the pretend account lives; both regions work.': 'Unde se află contul simulat; ambele regiuni funcționează.',
  'Europe': 'Europa',
  'United States': 'Statele Unite',
  'Any whole number, e.g. 4200.': 'Orice număr întreg, de exemplu 4200.',
  'The company ID is a whole number.': 'ID-ul companiei este un număr întreg.',
  'Use "demo".': 'Introduceți „demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Introduceți „sandbox_good” ca să reușească; orice altceva este respins.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Acesta este un sistem de recrutare simulat, oferit chiar de Connect Hub. Nimic nu părăsește acest server.',
  'Only the password "sandbox_good" is accepted.': 'Este acceptată doar parola „sandbox_good”.',
  'Once connected, the account appears in the host app and in the dashboard.': 'După conectare, contul apare în aplicația gazdă și în panoul de control.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Un sistem de recrutare simulat, pentru a încerca Connect Hub offline.',
  // Sandbox CRM
  'Consent': 'Consimțământ',
  'Choose what the pretend provider answers': 'Alegeți ce răspunde furnizorul simulat',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Furnizorul din sandbox nu are pagină de autentificare: această alegere decide ce răspunde pasul său de consimțământ.',
  'Approve': 'Aprobare',
  'Approve, with an access token that expires at once': 'Aprobare, cu un token de acces care expiră imediat',
  'Deny': 'Refuz',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Un CRM simulat care se conectează prin serverul OAuth 2.0 integrat în sandboxul Connect Hub; nimic nu părăsește acest calculator.',
  // ActiveCampaign
  'Account name': 'Numele contului',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'În ActiveCampaign, accesați Settings → Developer și copiați adresa URL a API-ului (https://<account>.api-us1.com); introduceți partea <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Introduceți doar partea de cont din adresa URL a API-ului, de exemplu „acme” pentru https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Apare sub adresa URL a API-ului, în Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Deschideți consola pentru dezvoltatori Asana (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'În Ashby, accesați Admin → Integrations → API Keys → New, apoi copiați cheia.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Cheile Ashby nu au implicit nicio permisiune: activați accesul de citire la Candidates, Jobs, Hiring Process și API Keys (verificarea cheii, apiKey.info, necesită API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'În Attio, accesați Workspace settings → Developers → New access token și acordați acces de citire la înregistrări și la configurația obiectelor.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'În Auth0 Dashboard, deschideți Applications → aplicația dumneavoastră Machine-to-Machine → Settings și copiați „Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Introduceți doar numele gazdei, de exemplu „acme.eu.auth0.com” (fără https:// și fără cale).',
  'On the same Settings tab, copy "Client ID".': 'În aceeași filă Settings, copiați „Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'În aceeași filă Settings, copiați „Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Aplicația trebuie să fie o aplicație Machine-to-Machine autorizată pentru Auth0 Management API cu cel puțin read:users.',
  // BambooHR
  'Company domain': 'Domeniul companiei',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Partea dinaintea .bamboohr.com din adresa la care vă autentificați (pentru acme.bamboohr.com introduceți „acme”). Apare și pe pagina de documentație API a contului dumneavoastră.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'În BambooHR, faceți clic pe numele dumneavoastră (dreapta sus) → API Keys → Add New Key, apoi copiați cheia.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'O cheie API poate citi exact ce vede utilizatorul care a creat-o. Creați-o ca utilizator cu acces complet de administrator.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'În Brevo, faceți clic pe numele contului → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Cheile API Brevo încep cu „xkeysib-” (cheile SMTP nu funcționează aici).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'În Cal.com, accesați Settings → Developer → API keys → Add, apoi copiați cheia.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cheile API Cal.com încep cu „cal_live_” sau „cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'În Calendly, accesați Integrations & apps → API & Webhooks → Get a token now → Generate new token și selectați domeniile de acces (scopes) de care are nevoie această integrare.',
  // Canvas LMS
  'Canvas domain': 'Domeniul Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Adresa la care vă autentificați în Canvas, fără https://, de exemplu acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Introduceți doar numele gazdei, de exemplu „acme.instructure.com” (fără https:// și fără cale).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'În Canvas, accesați Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'În Close, accesați Settings → Developer → API Keys → New API Key, apoi copiați cheia.',
  'Close API keys start with "api_".': 'Cheile API Close încep cu „api_”.',
  // Confluence
  'Site': 'Site',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Partea dinaintea .atlassian.net din adresa la care vă autentificați (pentru acme.atlassian.net introduceți „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.atlassian.net.',
  'Atlassian account e-mail': 'E-mailul contului Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'Adresa de e-mail cu care vă autentificați în Atlassian; tokenul aparține acestui cont.',
  'Enter a valid e-mail address.': 'Introduceți o adresă de e-mail validă.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Creați unul la id.atlassian.com → Security → Create and manage API tokens → Create API token (nu „with scopes”). Tokenurile expiră după cel mult un an.',
  // Deel
  'Organization API token': 'Token API al organizației',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'În Deel, deschideți More → Developer → Access Tokens → Generate new token, alegeți „Organization token” și copiați-l.',
  // Docebo
  'Platform domain': 'Domeniul platformei',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Adresa platformei dumneavoastră Docebo, fără https://, de exemplu acme.docebosaas.com sau learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Introduceți doar numele gazdei, de exemplu „acme.docebosaas.com” (fără https:// și fără cale).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: Client ID-ul aplicației.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Client Secret-ul generat de Docebo pentru acea aplicație OAuth2.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Un superadministrator Docebo trebuie să activeze „API and SSO” și să adauge o aplicație în API Credentials, cu adresa URL de redirecționare pe care aplicația pe care o conectați o indică pentru Docebo; apoi introduceți aici ID-ul de client și secretul acesteia.',
  // Freshdesk
  'Helpdesk domain': 'Domeniul helpdeskului',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Partea dinaintea .freshdesk.com din adresa la care vă autentificați (pentru acme.freshdesk.com introduceți „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'În Freshdesk, faceți clic pe fotografia de profil → Profile settings → „View API key”, în dreapta.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Pentru depozitele unei organizații, este posibil ca un proprietar să trebuiască să aprobe aplicația în „Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Autentificați-vă cu un cont de superadministrator Google Workspace; ceilalți utilizatori nu pot citi directorul.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'În Greenhouse, accesați Configure → Dev Center → API Credentials → Create new API credentials, de tipul „Harvest V3 (OAuth)”; în fila Settings bifați domeniile de acces Harvest pentru candidați, aplicări, posturi și utilizatori, apoi copiați Client ID.',
  'Shown next to the Client ID of the same credential.': 'Apare lângă Client ID-ul acelorași date de autentificare.',
  'User ID (optional)': 'ID utilizator (opțional)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'ID-ul numeric al utilizatorului Greenhouse în numele căruia acționează integrarea (jurnal de audit, permisiuni); lăsați gol pentru a folosi Integration Service User al datelor de autentificare.',
  'A Greenhouse user ID is a number.': 'Un ID de utilizator Greenhouse este un număr.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Datele de autentificare Harvest v3 ajung doar la domeniile de acces bifate în Manage Scopes: activați read/list pentru Candidates, Applications, Jobs și Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Autentificați-vă ca administrator Gusto al companiei pe care doriți să o conectați.',
  // HiBob
  'Service user ID': 'ID-ul utilizatorului de serviciu',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'În Bob, accesați System settings → Integrations → Automation → Service users → Manage, creați un utilizator de serviciu și copiați-i ID-ul.',
  'Service user token': 'Tokenul utilizatorului de serviciu',
  'Shown once when the service user is created; store it before closing the dialog.': 'Este afișat o singură dată, la crearea utilizatorului de serviciu; salvați-l înainte de a închide fereastra.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Utilizatorii de serviciu pornesc fără permisiuni: adăugați-l pe acesta într-un grup de permisiuni care poate citi datele People.',
  // Humaans
  'API access token': 'Token de acces API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'În Humaans, faceți clic pe săgețile de lângă numele dumneavoastră (stânga sus) → API access tokens → Generate new token, bifați View public data (public:read) – și View public and private data dacă partajați câmpuri private – apoi copiați-l.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Consola în care vă autentificați: console.eu.jumpcloud.com înseamnă Europa.',
  'India': 'India',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'În JumpCloud Admin Portal, faceți clic pe inițialele contului (dreapta sus) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Generarea unei chei noi o revocă pe cea anterioară: orice integrare care o mai folosește nu va mai funcționa.',
  // Klaviyo
  'Private API key': 'Cheie API privată',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'În Klaviyo, accesați Settings → Account → API keys → Create Private API Key (accesul doar pentru citire este suficient).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Cheile private Klaviyo încep cu „pk_” (ID-urile publice ale site-ului nu funcționează).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'În Lever, accesați Settings → Integrations and API → API Credentials → Generate new key (doar superadministratori).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Doar superadministratorii Lever pot crea chei API; bifați permisiunile de citire pentru endpointurile pe care le partajați (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Cheie API personală',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'În Linear, accesați Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Cheile API Linear încep cu „lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'În Mailchimp, faceți clic pe profil → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'O cheie Mailchimp are 32 de caractere hexazecimale, o cratimă și un centru de date, de exemplu „…-us21”.',
  'Data centre': 'Centru de date',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Partea cheii API de după cratimă (pentru „…-us21” introduceți „us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Introduceți centrul de date de la sfârșitul cheii, de exemplu „us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Citirea utilizatorilor și a grupurilor necesită consimțământul unui administrator: autentificați-vă ca administrator global sau administrator de roluri privilegiate.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Este posibil ca administratorul Microsoft 365 să trebuiască să acorde consimțământul în numele organizației.',
  // Notion
  'Internal integration secret': 'Secretul integrării interne',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Un proprietar al spațiului de lucru creează o integrare internă la notion.so/profile/integrations (spațiile de lucru mai noi: app.notion.com/developers/connections) și îi copiază secretul.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Secretele integrărilor Notion încep cu „ntn_” (cele mai vechi cu „secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integrarea vede doar paginile partajate cu ea: deschideți fiecare pagină, faceți clic pe ••• → Connections și adăugați integrarea.',
  // Okta
  'Okta domain': 'Domeniul Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Adresa organizației dumneavoastră Okta, fără https://, de exemplu acme.okta.com sau un domeniu personalizat precum login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Introduceți doar numele gazdei, de exemplu „acme.okta.com” (fără https:// și fără cale).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'În Okta Admin Console, accesați Security → API → Tokens → Create token, apoi copiați valoarea acestuia.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Un token are drepturile administratorului care l-a creat și este revocat dacă acel administrator este dezactivat; tokenurile nefolosite timp de 30 de zile sunt și ele revocate. Creați-l cu un cont de serviciu de administrator doar pentru citire.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Partea dinaintea .onelogin.com din adresa la care vă autentificați (pentru acme.onelogin.com introduceți „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'În OneLogin, accesați Administration → Developers → API Credentials → New Credential („Read users”), apoi copiați Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Apare lângă Client ID-ul acelorași date de autentificare API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'În Personio, accesați Settings → API credentials → Create custom integration, dați-i un nume, selectați domeniile de citire și atributele angajaților de partajat, apoi copiați Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Este afișat o singură dată lângă Client ID, la generarea datelor de autentificare.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'La generarea datelor de autentificare, acordați acces de citire la atributele angajaților pe care doriți să le partajați; celelalte atribute rămân ascunse.',
  // Pipedrive
  '40 hexadecimal characters': '40 de caractere hexazecimale',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'În Pipedrive, faceți clic pe fotografia de profil → Personal preferences → API, apoi copiați „Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Un token API Pipedrive are 40 de caractere hexazecimale.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Autentificați-vă ca administrator principal sau administrator al companiei QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Apare în Settings → Apps and plugins → Personal API tokens și în adresele URL ale aplicației, după „company=”.',
  'The company ID is a number.': 'ID-ul companiei este un număr.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Pe aceeași pagină, faceți clic pe „+ New token”, dați-i o etichetă și copiați tokenul.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Tokenul poate face exact ce poate face creatorul său în Recruitee: creați-l ca administrator.',
  // Salesforce
  'Login host': 'Gazdă de autentificare',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com pentru un sandbox sau My Domain-ul dumneavoastră, de exemplu acme.my.salesforce.com sau acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Introduceți login.salesforce.com, test.salesforce.com sau o gazdă My Domain precum acme.my.salesforce.com (fără https://).',
  // ServiceNow
  'Instance': 'Instanță',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Partea dinaintea .service-now.com din adresa la care vă autentificați (pentru acme.service-now.com introduceți „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'User ID-ul unui utilizator ServiceNow creat pentru această integrare (System Security → Users).',
  'The password of that user.': 'Parola acelui utilizator.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Bifați „Web service access only” la utilizatorul de integrare și acordați-i rolul itil (sau ACL-uri de citire pe tabelele pe care le partajați) și, dacă ACL-urile de acces la REST API sunt activate, rolul snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Unele spații de lucru cer ca un administrator să aprobe aplicațiile noi înainte de a putea fi instalate.',
  // SmartRecruiters
  'API key (SmartToken)': 'Cheie API (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'În SmartRecruiters, accesați Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Doar administratorii SmartRecruiters pot crea date de autentificare API.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Partea dinaintea .talentlms.com din adresa la care vă autentificați (pentru acme.talentlms.com introduceți „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'În TalentLMS, accesați Account & Settings → Integrations → API, activați API-ul și copiați cheia API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API-ul este dezactivat implicit și nu este disponibil în planul Free sau într-o perioadă de probă: trebuie activat de un administrator.',
  // Teamtailor
  'Data region': 'Regiunea datelor',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Unde este găzduit contul dumneavoastră Teamtailor; conturile create pe teamtailor.com în SUA folosesc America de Nord.',
  'North America': 'America de Nord',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'În Teamtailor, accesați Settings → Integrations → API keys → New API key, domeniu de acces „Admin”, permisiune „Read”.',
  // Twilio
  'Account SID': 'SID-ul contului',
  'On the Twilio Console home page, under "Account Info".': 'Pe pagina principală a Twilio Console, la „Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Un SID de cont este „AC” urmat de 32 de caractere hexazecimale.',
  'Auth token': 'Token de autentificare',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Lângă Account SID, pe pagina principală a Console; faceți clic pe „Show” pentru a-l afișa.',
  // Workable
  'Account subdomain': 'Subdomeniul contului',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Partea dinaintea .workable.com din adresa la care vă autentificați (pentru acme.workable.com introduceți „acme”). Apare în Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'În Workable, accesați Settings → Integrations → Access token → Generate new token și bifați domeniile de acces r_account, r_jobs și r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero întreabă ce organizație să partajeze: alegeți una pentru fiecare conexiune.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Partea dinaintea .zendesk.com din adresa la care vă autentificați (pentru acme.zendesk.com introduceți „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Introduceți doar subdomeniul, de exemplu „acme” pentru acme.zendesk.com.',
  'Agent e-mail': 'E-mailul agentului',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Adresa de e-mail a administratorului sau agentului Zendesk în numele căruia acționează tokenul.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'În Admin Center, accesați Apps and integrations → APIs → API tokens → Add API token, apoi copiați-l.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Accesul prin token trebuie activat în Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Alegeți centrul de date',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Domeniul la care vă autentificați în Zoho; de exemplu, crm.zoho.eu înseamnă Europa.',
  'United States (zoho.com)': 'Statele Unite (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'India (zoho.in)',
  'Australia (zoho.com.au)': 'Australia (zoho.com.au)',
  'Japan (zoho.jp)': 'Japonia (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Arabia Saudită (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Regatul Unit (zoho.uk)',
  'China (zoho.com.cn)': 'China (zoho.com.cn)',
};
