import type { ConnectorTextCatalog } from './index.js';

export const de: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'In der Sandbox funktioniert jede Subdomain, z. B. „acme“.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, z. B. „acme“.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Geben Sie „sandbox_good“ ein, damit die Verbindung gelingt; jeder andere Schlüssel wird abgelehnt.',
  'A pretend HR system for trying Connect Hub offline.': 'Ein simuliertes HR-System, um Connect Hub offline auszuprobieren.',
  // Sandbox ATS
  'Region': 'Region',
  'Choose a region': 'Region wählen',
  'Where the pretend account lives; both regions work.': 'Wo sich das simulierte Konto befindet; beide Regionen funktionieren.',
  'Europe': 'Europa',
  'United States': 'Vereinigte Staaten',
  'Any whole number, e.g. 4200.': 'Eine beliebige ganze Zahl, z. B. 4200.',
  'The company ID is a whole number.': 'Die Firmen-ID ist eine ganze Zahl.',
  'Use "demo".': 'Geben Sie „demo“ ein.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Geben Sie „sandbox_good“ ein, damit die Verbindung gelingt; alles andere wird abgelehnt.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Dies ist ein simuliertes Bewerbermanagementsystem, das Connect Hub selbst bereitstellt. Keine Daten verlassen diesen Server.',
  'Only the password "sandbox_good" is accepted.': 'Nur das Passwort „sandbox_good“ wird akzeptiert.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Nach dem Verbinden erscheint das Konto in der Host-App und im Dashboard.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Ein simuliertes Bewerbermanagementsystem, um Connect Hub offline auszuprobieren.',
  // Sandbox CRM
  'Consent': 'Einwilligung',
  'Choose what the pretend provider answers': 'Wählen Sie, was der simulierte Anbieter antwortet',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Der Sandbox-Anbieter hat keine Anmeldeseite: Diese Auswahl bestimmt, wie sein Einwilligungsschritt antwortet.',
  'Approve': 'Zustimmen',
  'Approve, with an access token that expires at once': 'Zustimmen, mit einem Zugriffstoken, das sofort abläuft',
  'Deny': 'Ablehnen',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Ein simuliertes CRM, das über den in die Connect-Hub-Sandbox integrierten OAuth-2.0-Server verbunden wird; keine Daten verlassen diesen Rechner.',
  // ActiveCampaign
  'Account name': 'Kontoname',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'Öffnen Sie in ActiveCampaign Settings → Developer und kopieren Sie die API-URL (https://<account>.api-us1.com); geben Sie den Teil <account> ein.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Geben Sie nur den Kontoteil der API-URL ein, z. B. „acme“ für https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Wird unter der API-URL in Settings → Developer angezeigt.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Öffnen Sie die Asana-Entwicklerkonsole (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Öffnen Sie in Ashby Admin → Integrations → API Keys → New und kopieren Sie dann den Schlüssel.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby-Schlüssel haben standardmäßig keine Berechtigungen: Aktivieren Sie Lesezugriff auf Candidates, Jobs, Hiring Process und API Keys (die Schlüsselprüfung apiKey.info braucht API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Öffnen Sie in Attio Workspace settings → Developers → New access token und gewähren Sie Lesezugriff auf Datensätze und die Objektkonfiguration.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Öffnen Sie im Auth0 Dashboard Applications → Ihre Machine-to-Machine-Anwendung → Settings und kopieren Sie „Domain“.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Geben Sie nur den Hostnamen ein, z. B. „acme.eu.auth0.com“ (ohne https://, ohne Pfad).',
  'On the same Settings tab, copy "Client ID".': 'Kopieren Sie auf demselben Tab Settings die „Client ID“.',
  'On the same Settings tab, copy "Client Secret".': 'Kopieren Sie auf demselben Tab Settings das „Client Secret“.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Die Anwendung muss eine Machine-to-Machine-App sein, die für die Auth0 Management API mit mindestens read:users berechtigt ist.',
  // BambooHR
  'Company domain': 'Firmendomain',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Der Teil vor .bamboohr.com in der Adresse, unter der Sie sich anmelden (für acme.bamboohr.com geben Sie „acme“ ein). Er steht auch auf der API-Dokumentationsseite Ihres Kontos.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'Klicken Sie in BambooHR auf Ihren Namen (oben rechts) → API Keys → Add New Key und kopieren Sie dann den Schlüssel.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Ein API-Schlüssel kann genau das lesen, was die Person sieht, die ihn erstellt hat. Erstellen Sie ihn als Benutzer mit vollem Administratorzugriff.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Klicken Sie in Brevo auf Ihren Kontonamen → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevo-API-Schlüssel beginnen mit „xkeysib-“ (SMTP-Schlüssel funktionieren hier nicht).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Öffnen Sie in Cal.com Settings → Developer → API keys → Add und kopieren Sie dann den Schlüssel.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.com-API-Schlüssel beginnen mit „cal_live_“ oder „cal_test_“.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Öffnen Sie in Calendly Integrations & apps → API & Webhooks → Get a token now → Generate new token und wählen Sie die Scopes, die diese Integration braucht.',
  // Canvas LMS
  'Canvas domain': 'Canvas-Domain',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Die Adresse, unter der Sie sich bei Canvas anmelden, ohne https://, z. B. acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Geben Sie nur den Hostnamen ein, z. B. „acme.instructure.com“ (ohne https://, ohne Pfad).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Öffnen Sie in Canvas Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Öffnen Sie in Close Settings → Developer → API Keys → New API Key und kopieren Sie ihn dann.',
  'Close API keys start with "api_".': 'Close-API-Schlüssel beginnen mit „api_“.',
  // Confluence
  'Site': 'Website',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Der Teil vor .atlassian.net in der Adresse, unter der Sie sich anmelden (für acme.atlassian.net geben Sie „acme“ ein).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.atlassian.net.',
  'Atlassian account e-mail': 'E-Mail-Adresse des Atlassian-Kontos',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'Die E-Mail-Adresse, mit der Sie sich bei Atlassian anmelden; das Token gehört zu diesem Konto.',
  'Enter a valid e-mail address.': 'Geben Sie eine gültige E-Mail-Adresse ein.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Erstellen Sie ein Token unter id.atlassian.com → Security → Create and manage API tokens → Create API token (nicht „with scopes“). Tokens laufen nach höchstens einem Jahr ab.',
  // Deel
  'Organization API token': 'Organisations-API-Token',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Öffnen Sie in Deel More → Developer → Access Tokens → Generate new token, wählen Sie „Organization token“ und kopieren Sie es.',
  // Docebo
  'Platform domain': 'Plattform-Domain',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Die Adresse Ihrer Docebo-Plattform ohne https://, z. B. acme.docebosaas.com oder learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Geben Sie nur den Hostnamen ein, z. B. „acme.docebosaas.com“ (ohne https://, ohne Pfad).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: die Client ID der App.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Das Client Secret, das Docebo für diese OAuth2-App erzeugt hat.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Ein Docebo-Superadmin muss „API and SSO“ aktivieren und unter API Credentials eine Anwendung anlegen, mit der Weiterleitungs-URL, die die zu verbindende App für Docebo angibt; geben Sie dann hier deren Client-ID und Client-Geheimnis ein.',
  // Freshdesk
  'Helpdesk domain': 'Helpdesk-Domain',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Der Teil vor .freshdesk.com in der Adresse, unter der Sie sich anmelden (für acme.freshdesk.com geben Sie „acme“ ein).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Klicken Sie in Freshdesk auf Ihr Profilbild → Profile settings → rechts auf „View API key“.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Für die Repositorys einer Organisation muss ggf. ein Owner die App unter „Third-party access“ genehmigen.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Melden Sie sich mit einem Google-Workspace-Super-Admin-Konto an; andere Nutzer können das Verzeichnis nicht lesen.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Öffnen Sie in Greenhouse Configure → Dev Center → API Credentials → Create new API credentials, Typ „Harvest V3 (OAuth)“; aktivieren Sie auf dem Tab Settings die Harvest-Scopes für Kandidaten, Bewerbungen, Stellen und Benutzer und kopieren Sie dann die Client ID.',
  'Shown next to the Client ID of the same credential.': 'Wird neben der Client ID derselben Zugangsdaten angezeigt.',
  'User ID (optional)': 'Benutzer-ID (optional)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'Die numerische ID des Greenhouse-Benutzers, in dessen Namen die Integration handelt (Audit-Log, Berechtigungen); leer lassen, um den Integration Service User der Zugangsdaten zu verwenden.',
  'A Greenhouse user ID is a number.': 'Eine Greenhouse-Benutzer-ID ist eine Zahl.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest-v3-Zugangsdaten haben nur Zugriff auf die unter Manage Scopes aktivierten Scopes: Aktivieren Sie read/list für Candidates, Applications, Jobs und Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Melden Sie sich als Gusto-Admin des Unternehmens an, das Sie verbinden möchten.',
  // HiBob
  'Service user ID': 'Service-User-ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Öffnen Sie in Bob System settings → Integrations → Automation → Service users → Manage, legen Sie einen Service-User an und kopieren Sie seine ID.',
  'Service user token': 'Service-User-Token',
  'Shown once when the service user is created; store it before closing the dialog.': 'Wird nur einmal beim Anlegen des Service-Users angezeigt; speichern Sie es, bevor Sie den Dialog schließen.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Service-User haben anfangs keine Berechtigungen: Fügen Sie diesen einer Berechtigungsgruppe hinzu, die People-Daten lesen darf.',
  // Humaans
  'API access token': 'API-Zugriffstoken',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Klicken Sie in Humaans auf die Pfeile neben Ihrem Namen (oben links) → API access tokens → Generate new token, aktivieren Sie View public data (public:read) – und View public and private data, wenn Sie private Felder teilen – und kopieren Sie es dann.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Die Konsole, bei der Sie sich anmelden: console.eu.jumpcloud.com steht für Europa.',
  'India': 'Indien',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Klicken Sie im JumpCloud Admin Portal auf Ihre Kontoinitialen (oben rechts) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Wenn Sie einen neuen Schlüssel erzeugen, wird der vorherige widerrufen: Jede Integration, die ihn noch nutzt, funktioniert dann nicht mehr.',
  // Klaviyo
  'Private API key': 'Privater API-Schlüssel',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Öffnen Sie in Klaviyo Settings → Account → API keys → Create Private API Key (Lesezugriff genügt).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Private Klaviyo-Schlüssel beginnen mit „pk_“ (öffentliche Site-IDs funktionieren nicht).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Öffnen Sie in Lever Settings → Integrations and API → API Credentials → Generate new key (nur Super-Admins).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Nur Lever-Super-Admins können API-Schlüssel erstellen; aktivieren Sie Leseberechtigungen für die Endpunkte, die Sie teilen (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Persönlicher API-Schlüssel',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Öffnen Sie in Linear Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Linear-API-Schlüssel beginnen mit „lin_api_“.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Klicken Sie in Mailchimp auf Ihr Profil → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Ein Mailchimp-Schlüssel besteht aus 32 Hexadezimalzeichen, einem Bindestrich und einem Rechenzentrum, z. B. „…-us21“.',
  'Data centre': 'Rechenzentrum',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Der Teil des API-Schlüssels nach dem Bindestrich (für „…-us21“ geben Sie „us21“ ein).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Geben Sie das Rechenzentrum am Ende Ihres Schlüssels ein, z. B. „us21“.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Zum Lesen von Benutzern und Gruppen ist eine Administratoreinwilligung nötig: Melden Sie sich als Globaler Administrator oder Administrator für privilegierte Rollen an.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Möglicherweise muss Ihr Microsoft-365-Administrator die Einwilligung für die Organisation erteilen.',
  // Notion
  'Internal integration secret': 'Internes Integrationsgeheimnis',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Ein Workspace-Owner erstellt unter notion.so/profile/integrations (neuere Workspaces: app.notion.com/developers/connections) eine interne Integration und kopiert ihr Geheimnis.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notion-Integrationsgeheimnisse beginnen mit „ntn_“ (ältere mit „secret_“).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Die Integration sieht nur Seiten, die mit ihr geteilt sind: Öffnen Sie jede Seite, klicken Sie auf ••• → Connections und fügen Sie die Integration hinzu.',
  // Okta
  'Okta domain': 'Okta-Domain',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Die Adresse Ihrer Okta-Org ohne https://, z. B. acme.okta.com oder eine eigene Domain wie login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Geben Sie nur den Hostnamen ein, z. B. „acme.okta.com“ (ohne https://, ohne Pfad).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Öffnen Sie in der Okta Admin Console Security → API → Tokens → Create token und kopieren Sie dann seinen Wert.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Ein Token hat die Rechte des Admins, der es erstellt hat, und wird widerrufen, wenn dieser Admin deaktiviert wird; Tokens, die 30 Tage ungenutzt sind, werden ebenfalls widerrufen. Erstellen Sie es mit einem schreibgeschützten Admin-Dienstkonto.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Der Teil vor .onelogin.com in der Adresse, unter der Sie sich anmelden (für acme.onelogin.com geben Sie „acme“ ein).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'Öffnen Sie in OneLogin Administration → Developers → API Credentials → New Credential („Read users“) und kopieren Sie dann die Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Wird neben der Client ID derselben API-Zugangsdaten angezeigt.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Öffnen Sie in Personio Settings → API credentials → Create custom integration, benennen Sie sie, wählen Sie die Lese-Scopes und die zu teilenden Mitarbeiterattribute aus und kopieren Sie dann die Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Wird beim Erzeugen der Zugangsdaten einmalig neben der Client ID angezeigt.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Gewähren Sie beim Erzeugen der Zugangsdaten Lesezugriff auf die Mitarbeiterattribute, die Sie teilen möchten; andere Attribute bleiben verborgen.',
  // Pipedrive
  '40 hexadecimal characters': '40 Hexadezimalzeichen',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Klicken Sie in Pipedrive auf Ihr Profilbild → Personal preferences → API und kopieren Sie dann „Your personal API token“.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Ein Pipedrive-API-Token besteht aus 40 Hexadezimalzeichen.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Melden Sie sich als Hauptadministrator oder Unternehmensadministrator des QuickBooks-Unternehmens an.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Wird unter Settings → Apps and plugins → Personal API tokens angezeigt und steht in App-URLs nach „company=“.',
  'The company ID is a number.': 'Die Firmen-ID ist eine Zahl.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Klicken Sie auf derselben Seite auf „+ New token“, geben Sie ihm eine Bezeichnung und kopieren Sie das Token.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Das Token kann genau das, was sein Ersteller in Recruitee kann: Erstellen Sie es als Admin.',
  // Salesforce
  'Login host': 'Anmelde-Host',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com für eine Sandbox oder Ihre My Domain, z. B. acme.my.salesforce.com oder acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Geben Sie login.salesforce.com, test.salesforce.com oder einen My-Domain-Host wie acme.my.salesforce.com ein (ohne https://).',
  // ServiceNow
  'Instance': 'Instanz',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Der Teil vor .service-now.com in der Adresse, unter der Sie sich anmelden (für acme.service-now.com geben Sie „acme“ ein).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'Die User ID eines ServiceNow-Benutzers, der für diese Integration angelegt wurde (System Security → Users).',
  'The password of that user.': 'Das Passwort dieses Benutzers.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Aktivieren Sie beim Integrationsbenutzer „Web service access only“ und weisen Sie ihm die Rolle itil (oder Lese-ACLs auf die geteilten Tabellen) sowie, falls ACLs für den REST-API-Zugriff aktiv sind, die Rolle snc_platform_rest_api_access zu.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'In manchen Workspaces muss ein Admin neue Apps genehmigen, bevor sie installiert werden können.',
  // SmartRecruiters
  'API key (SmartToken)': 'API-Schlüssel (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'Öffnen Sie in SmartRecruiters Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Nur SmartRecruiters-Administratoren können API-Zugangsdaten erstellen.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Der Teil vor .talentlms.com in der Adresse, unter der Sie sich anmelden (für acme.talentlms.com geben Sie „acme“ ein).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'Öffnen Sie in TalentLMS Account & Settings → Integrations → API, aktivieren Sie die API und kopieren Sie den API-Schlüssel.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'Die API ist standardmäßig deaktiviert und im Free-Tarif sowie in einer Testversion nicht verfügbar: Ein Administrator muss sie aktivieren.',
  // Teamtailor
  'Data region': 'Datenregion',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Wo Ihr Teamtailor-Konto gehostet wird; Konten, die in den USA auf teamtailor.com erstellt wurden, nutzen Nordamerika.',
  'North America': 'Nordamerika',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Öffnen Sie in Teamtailor Settings → Integrations → API keys → New API key, Scope „Admin“, Berechtigung „Read“.',
  // Twilio
  'Account SID': 'Konto-SID',
  'On the Twilio Console home page, under "Account Info".': 'Auf der Startseite der Twilio Console unter „Account Info“.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Eine Konto-SID besteht aus „AC“ gefolgt von 32 Hexadezimalzeichen.',
  'Auth token': 'Auth-Token',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Neben der Account SID auf der Startseite der Console; klicken Sie auf „Show“, um es anzuzeigen.',
  // Workable
  'Account subdomain': 'Konto-Subdomain',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Der Teil vor .workable.com in der Adresse, unter der Sie sich anmelden (für acme.workable.com geben Sie „acme“ ein). Er steht unter Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Öffnen Sie in Workable Settings → Integrations → Access token → Generate new token und aktivieren Sie die Scopes r_account, r_jobs und r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero fragt, welche Organisation geteilt werden soll: Wählen Sie eine pro Verbindung.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Der Teil vor .zendesk.com in der Adresse, unter der Sie sich anmelden (für acme.zendesk.com geben Sie „acme“ ein).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Geben Sie nur die Subdomain ein, z. B. „acme“ für acme.zendesk.com.',
  'Agent e-mail': 'E-Mail-Adresse des Agenten',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Die E-Mail-Adresse des Zendesk-Admins oder -Agenten, für den das Token handelt.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Öffnen Sie im Admin Center Apps and integrations → APIs → API tokens → Add API token und kopieren Sie es dann.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Der Tokenzugriff muss im Admin Center → Apps and integrations → APIs → Settings aktiviert sein.',
  // Zoho CRM
  'Choose your data centre': 'Rechenzentrum wählen',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Die Domain, unter der Sie sich bei Zoho anmelden; crm.zoho.eu steht z. B. für Europa.',
  'United States (zoho.com)': 'Vereinigte Staaten (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'Indien (zoho.in)',
  'Australia (zoho.com.au)': 'Australien (zoho.com.au)',
  'Japan (zoho.jp)': 'Japan (zoho.jp)',
  'Canada (zohocloud.ca)': 'Kanada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Saudi-Arabien (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Vereinigtes Königreich (zoho.uk)',
  'China (zoho.com.cn)': 'China (zoho.com.cn)',
};
