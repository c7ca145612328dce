import type { ConnectorTextCatalog } from './index.js';

export const it: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'Nella sandbox va bene qualsiasi sottodominio, ad esempio “acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Usa lettere minuscole, cifre e trattini, ad esempio “acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Inserisci “sandbox_good” per un esito positivo; qualsiasi altra chiave viene rifiutata.',
  'A pretend HR system for trying Connect Hub offline.': 'Un sistema HR fittizio per provare Connect Hub offline.',
  // Sandbox ATS
  'Region': 'Regione',
  'Choose a region': 'Scegli una regione',
  'Where the pretend account lives; both regions work.': 'Dove si trova l’account fittizio; funzionano entrambe le regioni.',
  'Europe': 'Europa',
  'United States': 'Stati Uniti',
  'Any whole number, e.g. 4200.': 'Un numero intero qualsiasi, ad esempio 4200.',
  'The company ID is a whole number.': 'L’ID azienda è un numero intero.',
  'Use "demo".': 'Inserisci “demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Inserisci “sandbox_good” per un esito positivo; qualsiasi altro valore viene rifiutato.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Questo è un sistema di gestione delle candidature fittizio fornito direttamente da Connect Hub. Nessun dato esce da questo server.',
  'Only the password "sandbox_good" is accepted.': 'È accettata solo la password “sandbox_good”.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Una volta collegato, l’account appare nell’app host e nella dashboard.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Un sistema di gestione delle candidature fittizio per provare Connect Hub offline.',
  // Sandbox CRM
  'Consent': 'Consenso',
  'Choose what the pretend provider answers': 'Scegli cosa risponde il provider fittizio',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Il provider della sandbox non ha una pagina di accesso: questa scelta decide cosa risponde il suo passaggio di consenso.',
  'Approve': 'Approva',
  'Approve, with an access token that expires at once': 'Approva, con un token di accesso che scade subito',
  'Deny': 'Rifiuta',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Un CRM fittizio che si collega tramite il server OAuth 2.0 integrato nella sandbox di Connect Hub; nessun dato esce da questa macchina.',
  // ActiveCampaign
  'Account name': 'Nome dell’account',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'In ActiveCampaign vai su Settings → Developer e copia l’URL dell’API (https://<account>.api-us1.com); inserisci la parte <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Inserisci solo la parte dell’account dell’URL dell’API, ad esempio “acme” per https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'È indicata sotto l’URL dell’API in Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Apri la console per sviluppatori di Asana (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'In Ashby vai su Admin → Integrations → API Keys → New, poi copia la chiave.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Le chiavi Ashby non hanno permessi per impostazione predefinita: abilita l’accesso in lettura a Candidates, Jobs, Hiring Process e API Keys (la verifica della chiave, apiKey.info, richiede API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'In Attio vai su Workspace settings → Developers → New access token e concedi l’accesso in lettura ai record e alla configurazione degli oggetti.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Nell’Auth0 Dashboard apri Applications → la tua applicazione Machine-to-Machine → Settings e copia “Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Inserisci solo il nome host, ad esempio “acme.eu.auth0.com” (senza https:// né percorso).',
  'On the same Settings tab, copy "Client ID".': 'Nella stessa scheda Settings, copia “Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'Nella stessa scheda Settings, copia “Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'L’applicazione deve essere un’app Machine-to-Machine autorizzata per l’Auth0 Management API con almeno read:users.',
  // BambooHR
  'Company domain': 'Dominio aziendale',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'La parte prima di .bamboohr.com nell’indirizzo che usi per accedere (per acme.bamboohr.com, inserisci “acme”). È indicata anche nella pagina della documentazione API del tuo account.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'In BambooHR fai clic sul tuo nome (in alto a destra) → API Keys → Add New Key, poi copia la chiave.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Una chiave API può leggere esattamente ciò che vede l’utente che l’ha creata. Creala con un utente che abbia accesso amministrativo completo.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'In Brevo fai clic sul nome del tuo account → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Le chiavi API di Brevo iniziano con “xkeysib-” (le chiavi SMTP qui non funzionano).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'In Cal.com vai su Settings → Developer → API keys → Add, poi copia la chiave.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Le chiavi API di Cal.com iniziano con “cal_live_” o “cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'In Calendly vai su Integrations & apps → API & Webhooks → Get a token now → Generate new token e seleziona gli ambiti di cui questa integrazione ha bisogno.',
  // Canvas LMS
  'Canvas domain': 'Dominio Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'L’indirizzo che usi per accedere a Canvas, senza https://, ad esempio acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Inserisci solo il nome host, ad esempio “acme.instructure.com” (senza https:// né percorso).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'In Canvas vai su Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'In Close vai su Settings → Developer → API Keys → New API Key, poi copiala.',
  'Close API keys start with "api_".': 'Le chiavi API di Close iniziano con “api_”.',
  // Confluence
  'Site': 'Sito',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'La parte prima di .atlassian.net nell’indirizzo che usi per accedere (per acme.atlassian.net, inserisci “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.atlassian.net.',
  'Atlassian account e-mail': 'E-mail dell’account Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'L’e-mail con cui accedi ad Atlassian; il token appartiene a questo account.',
  'Enter a valid e-mail address.': 'Inserisci un indirizzo e-mail valido.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Creane uno su id.atlassian.com → Security → Create and manage API tokens → Create API token (non “with scopes”). I token scadono al massimo dopo un anno.',
  // Deel
  'Organization API token': 'Token API dell’organizzazione',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'In Deel apri More → Developer → Access Tokens → Generate new token, scegli “Organization token” e copialo.',
  // Docebo
  'Platform domain': 'Dominio della piattaforma',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'L’indirizzo della tua piattaforma Docebo senza https://, ad esempio acme.docebosaas.com o learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Inserisci solo il nome host, ad esempio “acme.docebosaas.com” (senza https:// né percorso).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: il Client ID dell’app.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Il Client Secret che Docebo ha generato per quell’app OAuth2.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Un super amministratore di Docebo deve attivare “API and SSO” e aggiungere un’applicazione in API Credentials, con l’URL di reindirizzamento che l’app che stai collegando indica per Docebo; poi inserisci qui il suo ID client e il segreto client.',
  // Freshdesk
  'Helpdesk domain': 'Dominio dell’helpdesk',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'La parte prima di .freshdesk.com nell’indirizzo che usi per accedere (per acme.freshdesk.com, inserisci “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'In Freshdesk fai clic sulla tua immagine del profilo → Profile settings → “View API key” sulla destra.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Per i repository di un’organizzazione, un proprietario potrebbe dover approvare l’app in “Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Accedi con un account super amministratore di Google Workspace; gli altri utenti non possono leggere la directory.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'In Greenhouse vai su Configure → Dev Center → API Credentials → Create new API credentials, di tipo “Harvest V3 (OAuth)”; nella scheda Settings seleziona gli ambiti Harvest per candidati, candidature, posizioni e utenti, poi copia il Client ID.',
  'Shown next to the Client ID of the same credential.': 'È indicato accanto al Client ID delle stesse credenziali.',
  'User ID (optional)': 'ID utente (facoltativo)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'L’ID numerico dell’utente Greenhouse per conto del quale agisce l’integrazione (registro di controllo, permessi); lascia vuoto per usare l’Integration Service User delle credenziali.',
  'A Greenhouse user ID is a number.': 'Un ID utente Greenhouse è un numero.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Le credenziali Harvest v3 danno accesso solo agli ambiti selezionati in Manage Scopes: abilita read/list per Candidates, Applications, Jobs e Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Accedi come amministratore Gusto dell’azienda che vuoi collegare.',
  // HiBob
  'Service user ID': 'ID dell’utente di servizio',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'In Bob vai su System settings → Integrations → Automation → Service users → Manage, crea un utente di servizio e copia il suo ID.',
  'Service user token': 'Token dell’utente di servizio',
  'Shown once when the service user is created; store it before closing the dialog.': 'Viene mostrato una sola volta, quando l’utente di servizio viene creato; salvalo prima di chiudere la finestra.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Gli utenti di servizio partono senza permessi: aggiungilo a un gruppo di permessi che possa leggere i dati di People.',
  // Humaans
  'API access token': 'Token di accesso API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'In Humaans fai clic sulle frecce accanto al tuo nome (in alto a sinistra) → API access tokens → Generate new token, seleziona View public data (public:read) — e View public and private data se condividi campi privati — poi copialo.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'La console a cui accedi: console.eu.jumpcloud.com corrisponde all’Europa.',
  'India': 'India',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Nel JumpCloud Admin Portal fai clic sulle iniziali del tuo account (in alto a destra) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Generare una nuova chiave revoca la precedente: qualsiasi integrazione che la usa ancora smette di funzionare.',
  // Klaviyo
  'Private API key': 'Chiave API privata',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'In Klaviyo vai su Settings → Account → API keys → Create Private API Key (basta l’accesso in sola lettura).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Le chiavi Klaviyo private iniziano con “pk_” (gli ID pubblici del sito non funzionano).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'In Lever vai su Settings → Integrations and API → API Credentials → Generate new key (solo super amministratori).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Solo i super amministratori di Lever possono creare chiavi API; seleziona i permessi di lettura per gli endpoint che condividi (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Chiave API personale',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'In Linear vai su Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Le chiavi API di Linear iniziano con “lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'In Mailchimp fai clic sul tuo profilo → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Una chiave Mailchimp è composta da 32 caratteri esadecimali, un trattino e un data center, ad esempio “…-us21”.',
  'Data centre': 'Data center',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'La parte della chiave API dopo il trattino (per “…-us21”, inserisci “us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Inserisci il data center alla fine della tua chiave, ad esempio “us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Per leggere utenti e gruppi serve il consenso di un amministratore: accedi come Amministratore globale o Amministratore dei ruoli con privilegi.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Potrebbe essere necessario che il tuo amministratore di Microsoft 365 conceda il consenso per l’organizzazione.',
  // Notion
  'Internal integration secret': 'Segreto dell’integrazione interna',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Un proprietario dello spazio di lavoro crea un’integrazione interna su notion.so/profile/integrations (spazi di lavoro più recenti: app.notion.com/developers/connections) e ne copia il segreto.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'I segreti delle integrazioni Notion iniziano con “ntn_” (quelli più vecchi con “secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'L’integrazione vede solo le pagine condivise con essa: apri ogni pagina, fai clic su ••• → Connections e aggiungi l’integrazione.',
  // Okta
  'Okta domain': 'Dominio Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'L’indirizzo della tua organizzazione Okta senza https://, ad esempio acme.okta.com o un dominio personalizzato come login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Inserisci solo il nome host, ad esempio “acme.okta.com” (senza https:// né percorso).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Nell’Okta Admin Console vai su Security → API → Tokens → Create token, poi copiane il valore.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Un token ha i diritti dell’amministratore che l’ha creato e viene revocato se quell’amministratore viene disattivato; anche i token non usati per 30 giorni vengono revocati. Crealo con un account di servizio amministratore in sola lettura.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'La parte prima di .onelogin.com nell’indirizzo che usi per accedere (per acme.onelogin.com, inserisci “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'In OneLogin vai su Administration → Developers → API Credentials → New Credential (“Read users”), poi copia il Client ID.',
  'Shown next to the Client ID of the same API credential.': 'È indicato accanto al Client ID delle stesse credenziali API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'In Personio vai su Settings → API credentials → Create custom integration, dalle un nome, seleziona gli ambiti di lettura e gli attributi dei dipendenti da condividere, poi copia il Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Viene mostrato una sola volta accanto al Client ID, quando le credenziali vengono generate.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Quando generi le credenziali, concedi l’accesso in lettura agli attributi dei dipendenti che vuoi condividere; gli altri attributi restano nascosti.',
  // Pipedrive
  '40 hexadecimal characters': '40 caratteri esadecimali',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'In Pipedrive fai clic sulla tua immagine del profilo → Personal preferences → API, poi copia “Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Un token API di Pipedrive è composto da 40 caratteri esadecimali.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Accedi come amministratore principale o amministratore aziendale dell’azienda QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'È indicato in Settings → Apps and plugins → Personal API tokens e negli URL dell’app dopo “company=”.',
  'The company ID is a number.': 'L’ID azienda è un numero.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Nella stessa pagina fai clic su “+ New token”, dagli un’etichetta e copia il token.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Il token può fare esattamente ciò che il suo creatore può fare in Recruitee: crealo come amministratore.',
  // Salesforce
  'Login host': 'Host di accesso',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com per una sandbox, oppure il tuo My Domain, ad esempio acme.my.salesforce.com o acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Inserisci login.salesforce.com, test.salesforce.com o un host My Domain come acme.my.salesforce.com (senza https://).',
  // ServiceNow
  'Instance': 'Istanza',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'La parte prima di .service-now.com nell’indirizzo che usi per accedere (per acme.service-now.com, inserisci “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'Lo User ID di un utente ServiceNow creato per questa integrazione (System Security → Users).',
  'The password of that user.': 'La password di quell’utente.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Seleziona “Web service access only” sull’utente di integrazione e assegnagli il ruolo itil (o ACL di lettura sulle tabelle che condividi) e, se le ACL di accesso all’API REST sono attive, il ruolo snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Alcuni spazi di lavoro richiedono che un amministratore approvi le nuove app prima che possano essere installate.',
  // SmartRecruiters
  'API key (SmartToken)': 'Chiave API (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'In SmartRecruiters vai su Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Solo gli amministratori di SmartRecruiters possono creare credenziali API.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'La parte prima di .talentlms.com nell’indirizzo che usi per accedere (per acme.talentlms.com, inserisci “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'In TalentLMS vai su Account & Settings → Integrations → API, attiva l’API e copia la chiave API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'L’API è disattivata per impostazione predefinita e non è disponibile nel piano Free né durante il periodo di prova: deve attivarla un amministratore.',
  // Teamtailor
  'Data region': 'Regione dei dati',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Dove è ospitato il tuo account Teamtailor; gli account creati su teamtailor.com negli Stati Uniti usano il Nord America.',
  'North America': 'Nord America',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'In Teamtailor vai su Settings → Integrations → API keys → New API key, ambito “Admin”, permesso “Read”.',
  // Twilio
  'Account SID': 'SID dell’account',
  'On the Twilio Console home page, under "Account Info".': 'Nella home page della Twilio Console, sotto “Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Il SID dell’account è “AC” seguito da 32 caratteri esadecimali.',
  'Auth token': 'Token di autenticazione',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Accanto all’Account SID nella home page della Console; fai clic su “Show” per visualizzarlo.',
  // Workable
  'Account subdomain': 'Sottodominio dell’account',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'La parte prima di .workable.com nell’indirizzo che usi per accedere (per acme.workable.com, inserisci “acme”). È indicata in Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'In Workable vai su Settings → Integrations → Access token → Generate new token e seleziona gli ambiti r_account, r_jobs e r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero chiede quale organizzazione condividere: scegline una per ogni collegamento.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'La parte prima di .zendesk.com nell’indirizzo che usi per accedere (per acme.zendesk.com, inserisci “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Inserisci solo il sottodominio, ad esempio “acme” per acme.zendesk.com.',
  'Agent e-mail': 'E-mail dell’agente',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'L’indirizzo e-mail dell’amministratore o dell’agente Zendesk per conto del quale agisce il token.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Nell’Admin Center vai su Apps and integrations → APIs → API tokens → Add API token, poi copialo.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'L’accesso tramite token deve essere attivato in Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Scegli il tuo data center',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Il dominio che usi per accedere a Zoho; ad esempio, crm.zoho.eu corrisponde all’Europa.',
  'United States (zoho.com)': 'Stati Uniti (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'India (zoho.in)',
  'Australia (zoho.com.au)': 'Australia (zoho.com.au)',
  'Japan (zoho.jp)': 'Giappone (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Arabia Saudita (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Regno Unito (zoho.uk)',
  'China (zoho.com.cn)': 'Cina (zoho.com.cn)',
};
