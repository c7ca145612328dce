import type { ConnectorTextCatalog } from './index.js';

export const pl: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'W piaskownicy działa każda subdomena, np. „acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Użyj małych liter, cyfr i myślników, np. „acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Wpisz „sandbox_good”, aby się udało; każdy inny klucz zostanie odrzucony.',
  'A pretend HR system for trying Connect Hub offline.': 'Udawany system kadrowy do wypróbowania Connect Hub bez internetu.',
  // Sandbox ATS
  'Region': 'Region',
  'Choose a region': 'Wybierz region',
  'Where the pretend account lives; both regions work.': 'Gdzie znajduje się udawane konto; oba regiony działają.',
  'Europe': 'Europa',
  'United States': 'Stany Zjednoczone',
  'Any whole number, e.g. 4200.': 'Dowolna liczba całkowita, np. 4200.',
  'The company ID is a whole number.': 'Identyfikator firmy to liczba całkowita.',
  'Use "demo".': 'Wpisz „demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Wpisz „sandbox_good”, aby się udało; każda inna wartość zostanie odrzucona.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'To udawany system rekrutacyjny udostępniany przez sam Connect Hub. Nic nie opuszcza tego serwera.',
  'Only the password "sandbox_good" is accepted.': 'Akceptowane jest tylko hasło „sandbox_good”.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Po połączeniu konto pojawi się w aplikacji hosta i w panelu.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Udawany system rekrutacyjny do wypróbowania Connect Hub bez internetu.',
  // Sandbox CRM
  'Consent': 'Zgoda',
  'Choose what the pretend provider answers': 'Wybierz, co odpowie udawany dostawca',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Dostawca z piaskownicy nie ma strony logowania: ten wybór decyduje, co odpowie jego krok zgody.',
  'Approve': 'Zatwierdź',
  'Approve, with an access token that expires at once': 'Zatwierdź, z tokenem dostępu, który od razu wygasa',
  'Deny': 'Odmów',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Udawany CRM łączony przez serwer OAuth 2.0 wbudowany w piaskownicę Connect Hub; nic nie opuszcza tego komputera.',
  // ActiveCampaign
  'Account name': 'Nazwa konta',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'W ActiveCampaign przejdź do Settings → Developer i skopiuj adres URL API (https://<account>.api-us1.com); wpisz część <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Wpisz tylko część adresu URL API z nazwą konta, np. „acme” dla https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Widoczny pod adresem URL API w Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Otwórz konsolę deweloperską Asany (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'W Ashby przejdź do Admin → Integrations → API Keys → New, a potem skopiuj klucz.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Klucze Ashby domyślnie nie mają uprawnień: włącz dostęp do odczytu dla Candidates, Jobs, Hiring Process i API Keys (sprawdzenie klucza, apiKey.info, wymaga API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'W Attio przejdź do Workspace settings → Developers → New access token i nadaj dostęp do odczytu rekordów oraz konfiguracji obiektów.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'W Auth0 Dashboard otwórz Applications → swoją aplikację Machine-to-Machine → Settings i skopiuj „Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Wpisz tylko nazwę hosta, np. „acme.eu.auth0.com” (bez https:// i bez ścieżki).',
  'On the same Settings tab, copy "Client ID".': 'Na tej samej karcie Settings skopiuj „Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'Na tej samej karcie Settings skopiuj „Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Aplikacja musi być aplikacją Machine-to-Machine z autoryzacją do Auth0 Management API i co najmniej uprawnieniem read:users.',
  // BambooHR
  'Company domain': 'Domena firmy',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Część przed .bamboohr.com w adresie, pod którym się logujesz (dla acme.bamboohr.com wpisz „acme”). Widać ją też na stronie dokumentacji API Twojego konta.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Wpisz tylko subdomenę, np. „acme” dla acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'W BambooHR kliknij swoje imię i nazwisko (w prawym górnym rogu) → API Keys → Add New Key, a potem skopiuj klucz.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Klucz API może odczytać dokładnie to, co widzi użytkownik, który go utworzył. Utwórz go jako użytkownik z pełnymi uprawnieniami administratora.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'W Brevo kliknij nazwę swojego konta → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Klucze API Brevo zaczynają się od „xkeysib-” (klucze SMTP tu nie działają).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'W Cal.com przejdź do Settings → Developer → API keys → Add, a potem skopiuj klucz.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Klucze API Cal.com zaczynają się od „cal_live_” lub „cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'W Calendly przejdź do Integrations & apps → API & Webhooks → Get a token now → Generate new token i wybierz zakresy, których potrzebuje ta integracja.',
  // Canvas LMS
  'Canvas domain': 'Domena Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Adres, pod którym logujesz się do Canvas, bez https://, np. acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Wpisz tylko nazwę hosta, np. „acme.instructure.com” (bez https:// i bez ścieżki).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'W Canvas przejdź do Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'W Close przejdź do Settings → Developer → API Keys → New API Key, a potem go skopiuj.',
  'Close API keys start with "api_".': 'Klucze API Close zaczynają się od „api_”.',
  // Confluence
  'Site': 'Witryna',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Część przed .atlassian.net w adresie, pod którym się logujesz (dla acme.atlassian.net wpisz „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Wpisz tylko subdomenę, np. „acme” dla acme.atlassian.net.',
  'Atlassian account e-mail': 'E-mail konta Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'Adres e-mail, którym logujesz się do Atlassian; token należy do tego konta.',
  'Enter a valid e-mail address.': 'Wpisz prawidłowy adres e-mail.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Utwórz go na id.atlassian.com → Security → Create and manage API tokens → Create API token (nie „with scopes”). Tokeny wygasają najpóźniej po roku.',
  // Deel
  'Organization API token': 'Token API organizacji',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'W Deel otwórz More → Developer → Access Tokens → Generate new token, wybierz „Organization token” i skopiuj go.',
  // Docebo
  'Platform domain': 'Domena platformy',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Adres Twojej platformy Docebo bez https://, np. acme.docebosaas.com lub learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Wpisz tylko nazwę hosta, np. „acme.docebosaas.com” (bez https:// i bez ścieżki).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: Client ID tej aplikacji.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Client Secret wygenerowany przez Docebo dla tej aplikacji OAuth2.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Superadministrator Docebo musi włączyć „API and SSO” i dodać aplikację w API Credentials, z adresem przekierowania, który podaje dla Docebo łączona aplikacja; potem wpisz tu jej identyfikator klienta i sekret.',
  // Freshdesk
  'Helpdesk domain': 'Domena helpdesku',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Część przed .freshdesk.com w adresie, pod którym się logujesz (dla acme.freshdesk.com wpisz „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Wpisz tylko subdomenę, np. „acme” dla acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'W Freshdesk kliknij swoje zdjęcie profilowe → Profile settings → „View API key” po prawej.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'W przypadku repozytoriów organizacji właściciel może musieć zatwierdzić aplikację w „Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Zaloguj się kontem superadministratora Google Workspace; inni użytkownicy nie mogą odczytać katalogu.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'W Greenhouse przejdź do Configure → Dev Center → API Credentials → Create new API credentials, typ „Harvest V3 (OAuth)”; na jego karcie Settings zaznacz zakresy Harvest dla kandydatów, aplikacji, ofert pracy i użytkowników, a potem skopiuj Client ID.',
  'Shown next to the Client ID of the same credential.': 'Widoczny obok Client ID tych samych danych uwierzytelniających.',
  'User ID (optional)': 'Identyfikator użytkownika (opcjonalnie)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'Liczbowy identyfikator użytkownika Greenhouse, w którego imieniu działa integracja (dziennik audytu, uprawnienia); zostaw puste, aby użyć Integration Service User z danych uwierzytelniających.',
  'A Greenhouse user ID is a number.': 'Identyfikator użytkownika Greenhouse to liczba.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Dane uwierzytelniające Harvest v3 sięgają tylko zakresów zaznaczonych w Manage Scopes: włącz read/list dla Candidates, Applications, Jobs i Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Zaloguj się jako administrator Gusto firmy, którą chcesz połączyć.',
  // HiBob
  'Service user ID': 'Identyfikator użytkownika usługi',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'W Bob przejdź do System settings → Integrations → Automation → Service users → Manage, utwórz użytkownika usługi i skopiuj jego identyfikator.',
  'Service user token': 'Token użytkownika usługi',
  'Shown once when the service user is created; store it before closing the dialog.': 'Wyświetlany tylko raz, przy tworzeniu użytkownika usługi; zapisz go przed zamknięciem okna.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Użytkownicy usługi na początku nie mają uprawnień: dodaj tego do grupy uprawnień, która może odczytywać dane People.',
  // Humaans
  'API access token': 'Token dostępu do API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'W Humaans kliknij strzałki obok swojego imienia (w lewym górnym rogu) → API access tokens → Generate new token, zaznacz View public data (public:read) – oraz View public and private data, jeśli udostępniasz pola prywatne – a potem go skopiuj.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Konsola, do której się logujesz: console.eu.jumpcloud.com oznacza Europę.',
  'India': 'Indie',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'W JumpCloud Admin Portal kliknij inicjały swojego konta (w prawym górnym rogu) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Wygenerowanie nowego klucza unieważnia poprzedni: każda integracja, która go jeszcze używa, przestanie działać.',
  // Klaviyo
  'Private API key': 'Prywatny klucz API',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'W Klaviyo przejdź do Settings → Account → API keys → Create Private API Key (wystarczy dostęp tylko do odczytu).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Prywatne klucze Klaviyo zaczynają się od „pk_” (publiczne identyfikatory witryny nie działają).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'W Lever przejdź do Settings → Integrations and API → API Credentials → Generate new key (tylko superadministratorzy).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Klucze API mogą tworzyć tylko superadministratorzy Lever; zaznacz uprawnienia do odczytu dla udostępnianych punktów końcowych (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Osobisty klucz API',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'W Linear przejdź do Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Klucze API Linear zaczynają się od „lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'W Mailchimp kliknij swój profil → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Klucz Mailchimp składa się z 32 znaków szesnastkowych, myślnika i centrum danych, np. „…-us21”.',
  'Data centre': 'Centrum danych',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Część klucza API po myślniku (dla „…-us21” wpisz „us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Wpisz centrum danych z końca klucza, np. „us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Odczyt użytkowników i grup wymaga zgody administratora: zaloguj się jako administrator globalny lub administrator ról uprzywilejowanych.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Administrator Microsoft 365 może musieć udzielić zgody w imieniu organizacji.',
  // Notion
  'Internal integration secret': 'Sekret integracji wewnętrznej',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Właściciel obszaru roboczego tworzy integrację wewnętrzną na notion.so/profile/integrations (nowsze obszary robocze: app.notion.com/developers/connections) i kopiuje jej sekret.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Sekrety integracji Notion zaczynają się od „ntn_” (starsze od „secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Integracja widzi tylko strony, które jej udostępniono: otwórz każdą stronę, kliknij ••• → Connections i dodaj integrację.',
  // Okta
  'Okta domain': 'Domena Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Adres Twojej organizacji Okta bez https://, np. acme.okta.com lub własna domena, taka jak login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Wpisz tylko nazwę hosta, np. „acme.okta.com” (bez https:// i bez ścieżki).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'W Okta Admin Console przejdź do Security → API → Tokens → Create token, a potem skopiuj jego wartość.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Token ma uprawnienia administratora, który go utworzył, i jest unieważniany, gdy ten administrator zostanie dezaktywowany; unieważniane są też tokeny nieużywane przez 30 dni. Utwórz go na koncie usługi administratora tylko do odczytu.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Część przed .onelogin.com w adresie, pod którym się logujesz (dla acme.onelogin.com wpisz „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Wpisz tylko subdomenę, np. „acme” dla acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'W OneLogin przejdź do Administration → Developers → API Credentials → New Credential („Read users”), a potem skopiuj Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Widoczny obok Client ID tych samych danych uwierzytelniających API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'W Personio przejdź do Settings → API credentials → Create custom integration, nadaj jej nazwę, wybierz zakresy odczytu i udostępniane atrybuty pracowników, a potem skopiuj Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Wyświetlany raz obok Client ID, przy generowaniu danych uwierzytelniających.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Przy generowaniu danych uwierzytelniających nadaj dostęp do odczytu atrybutów pracowników, które chcesz udostępnić; pozostałe atrybuty pozostaną ukryte.',
  // Pipedrive
  '40 hexadecimal characters': '40 znaków szesnastkowych',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'W Pipedrive kliknij swoje zdjęcie profilowe → Personal preferences → API, a potem skopiuj „Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Token API Pipedrive ma 40 znaków szesnastkowych.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Zaloguj się jako główny administrator lub administrator firmy w QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Widoczny w Settings → Apps and plugins → Personal API tokens oraz w adresach URL aplikacji po „company=”.',
  'The company ID is a number.': 'Identyfikator firmy to liczba.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Na tej samej stronie kliknij „+ New token”, nadaj mu etykietę i skopiuj token.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Token może dokładnie to, co jego twórca w Recruitee: utwórz go jako administrator.',
  // Salesforce
  'Login host': 'Host logowania',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com dla piaskownicy lub Twoja My Domain, np. acme.my.salesforce.com albo acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Wpisz login.salesforce.com, test.salesforce.com lub host My Domain, np. acme.my.salesforce.com (bez https://).',
  // ServiceNow
  'Instance': 'Instancja',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Część przed .service-now.com w adresie, pod którym się logujesz (dla acme.service-now.com wpisz „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Wpisz tylko subdomenę, np. „acme” dla acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'User ID użytkownika ServiceNow utworzonego dla tej integracji (System Security → Users).',
  'The password of that user.': 'Hasło tego użytkownika.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Zaznacz „Web service access only” u użytkownika integracji i nadaj mu rolę itil (lub listy ACL do odczytu udostępnianych tabel), a jeśli włączone są listy ACL dostępu do REST API – także rolę snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Niektóre obszary robocze wymagają, aby administrator zatwierdził nowe aplikacje przed ich instalacją.',
  // SmartRecruiters
  'API key (SmartToken)': 'Klucz API (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'W SmartRecruiters przejdź do Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Dane uwierzytelniające API mogą tworzyć tylko administratorzy SmartRecruiters.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Część przed .talentlms.com w adresie, pod którym się logujesz (dla acme.talentlms.com wpisz „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Wpisz tylko subdomenę, np. „acme” dla acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'W TalentLMS przejdź do Account & Settings → Integrations → API, włącz API i skopiuj klucz API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API jest domyślnie wyłączone i niedostępne w planie Free ani w wersji próbnej: musi je włączyć administrator.',
  // Teamtailor
  'Data region': 'Region danych',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Gdzie jest hostowane Twoje konto Teamtailor; konta utworzone na teamtailor.com w USA korzystają z Ameryki Północnej.',
  'North America': 'Ameryka Północna',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'W Teamtailor przejdź do Settings → Integrations → API keys → New API key, zakres „Admin”, uprawnienie „Read”.',
  // Twilio
  'Account SID': 'SID konta',
  'On the Twilio Console home page, under "Account Info".': 'Na stronie głównej Twilio Console, w sekcji „Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'SID konta to „AC” i 32 znaki szesnastkowe.',
  'Auth token': 'Token uwierzytelniania',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Obok Account SID na stronie głównej Console; kliknij „Show”, aby go wyświetlić.',
  // Workable
  'Account subdomain': 'Subdomena konta',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Część przed .workable.com w adresie, pod którym się logujesz (dla acme.workable.com wpisz „acme”). Widać ją w Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Wpisz tylko subdomenę, np. „acme” dla acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'W Workable przejdź do Settings → Integrations → Access token → Generate new token i zaznacz zakresy r_account, r_jobs i r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero pyta, którą organizację udostępnić: wybierz jedną na każde połączenie.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Część przed .zendesk.com w adresie, pod którym się logujesz (dla acme.zendesk.com wpisz „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Wpisz tylko subdomenę, np. „acme” dla acme.zendesk.com.',
  'Agent e-mail': 'E-mail agenta',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Adres e-mail administratora lub agenta Zendesk, w którego imieniu działa token.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'W Admin Center przejdź do Apps and integrations → APIs → API tokens → Add API token, a potem go skopiuj.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Dostęp przez token musi być włączony w Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Wybierz centrum danych',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Domena, pod którą logujesz się do Zoho, np. crm.zoho.eu oznacza Europę.',
  'United States (zoho.com)': 'Stany Zjednoczone (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'Indie (zoho.in)',
  'Australia (zoho.com.au)': 'Australia (zoho.com.au)',
  'Japan (zoho.jp)': 'Japonia (zoho.jp)',
  'Canada (zohocloud.ca)': 'Kanada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Arabia Saudyjska (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Wielka Brytania (zoho.uk)',
  'China (zoho.com.cn)': 'Chiny (zoho.com.cn)',
};
