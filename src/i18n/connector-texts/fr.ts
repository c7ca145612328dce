import type { ConnectorTextCatalog } from './index.js';

export const fr: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'N’importe quel sous-domaine fonctionne dans le bac à sable, par exemple « acme ».',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Utilisez des lettres minuscules, des chiffres et des tirets, par exemple « acme ».',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Saisissez « sandbox_good » pour réussir ; toute autre clé est refusée.',
  'A pretend HR system for trying Connect Hub offline.': 'Un SIRH fictif pour essayer Connect Hub hors ligne.',
  // Sandbox ATS
  'Region': 'Région',
  'Choose a region': 'Choisissez une région',
  'Where the pretend account lives; both regions work.': 'L’endroit où se trouve le compte fictif ; les deux régions fonctionnent.',
  'Europe': 'Europe',
  'United States': 'États-Unis',
  'Any whole number, e.g. 4200.': 'N’importe quel nombre entier, par exemple 4200.',
  'The company ID is a whole number.': 'L’ID de l’entreprise est un nombre entier.',
  'Use "demo".': 'Saisissez « demo ».',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Saisissez « sandbox_good » pour réussir ; toute autre valeur est refusée.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Il s’agit d’un logiciel de recrutement fictif fourni par Connect Hub lui-même. Aucune donnée ne quitte ce serveur.',
  'Only the password "sandbox_good" is accepted.': 'Seul le mot de passe « sandbox_good » est accepté.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Une fois connecté, le compte apparaît dans l’application hôte et dans le tableau de bord.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Un logiciel de recrutement fictif pour essayer Connect Hub hors ligne.',
  // Sandbox CRM
  'Consent': 'Consentement',
  'Choose what the pretend provider answers': 'Choisissez la réponse du fournisseur fictif',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Le fournisseur du bac à sable n’a pas de page de connexion : ce choix détermine la réponse de son étape de consentement.',
  'Approve': 'Accepter',
  'Approve, with an access token that expires at once': 'Accepter, avec un jeton d’accès qui expire immédiatement',
  'Deny': 'Refuser',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Un CRM fictif qui se connecte via le serveur OAuth 2.0 intégré au bac à sable de Connect Hub ; rien ne quitte cette machine.',
  // ActiveCampaign
  'Account name': 'Nom du compte',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'Dans ActiveCampaign, allez dans Settings → Developer et copiez l’URL de l’API (https://<account>.api-us1.com) ; saisissez la partie <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Saisissez uniquement la partie compte de l’URL de l’API, par exemple « acme » pour https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Affichée sous l’URL de l’API dans Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Ouvrez la console développeur d’Asana (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Dans Ashby, allez dans Admin → Integrations → API Keys → New, puis copiez la clé.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Les clés Ashby n’ont aucune autorisation par défaut : activez l’accès en lecture à Candidates, Jobs, Hiring Process et API Keys (la vérification de la clé, apiKey.info, nécessite API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Dans Attio, allez dans Workspace settings → Developers → New access token et accordez l’accès en lecture aux enregistrements et à la configuration des objets.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Dans le tableau de bord Auth0, ouvrez Applications → votre application Machine-to-Machine → Settings et copiez « Domain ».',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Saisissez uniquement le nom d’hôte, par exemple « acme.eu.auth0.com » (sans https:// ni chemin).',
  'On the same Settings tab, copy "Client ID".': 'Dans le même onglet Settings, copiez « Client ID ».',
  'On the same Settings tab, copy "Client Secret".': 'Dans le même onglet Settings, copiez « Client Secret ».',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'L’application doit être une application Machine-to-Machine autorisée pour l’Auth0 Management API avec au moins read:users.',
  // BambooHR
  'Company domain': 'Domaine de l’entreprise',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'La partie avant .bamboohr.com dans votre adresse de connexion (pour acme.bamboohr.com, saisissez « acme »). Elle figure aussi sur la page de documentation de l’API de votre compte.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'Dans BambooHR, cliquez sur votre nom (en haut à droite) → API Keys → Add New Key, puis copiez la clé.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Une clé API peut lire exactement ce que voit l’utilisateur qui l’a créée. Créez-la avec un utilisateur disposant d’un accès administrateur complet.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Dans Brevo, cliquez sur le nom de votre compte → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Les clés API Brevo commencent par « xkeysib- » (les clés SMTP ne fonctionnent pas ici).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Dans Cal.com, allez dans Settings → Developer → API keys → Add, puis copiez la clé.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Les clés API Cal.com commencent par « cal_live_ » ou « cal_test_ ».',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Dans Calendly, allez dans Integrations & apps → API & Webhooks → Get a token now → Generate new token et sélectionnez les portées dont cette intégration a besoin.',
  // Canvas LMS
  'Canvas domain': 'Domaine Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'L’adresse que vous utilisez pour vous connecter à Canvas, sans https://, par exemple acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Saisissez uniquement le nom d’hôte, par exemple « acme.instructure.com » (sans https:// ni chemin).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Dans Canvas, allez dans Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Dans Close, allez dans Settings → Developer → API Keys → New API Key, puis copiez-la.',
  'Close API keys start with "api_".': 'Les clés API Close commencent par « api_ ».',
  // Confluence
  'Site': 'Site',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'La partie avant .atlassian.net dans votre adresse de connexion (pour acme.atlassian.net, saisissez « acme »).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.atlassian.net.',
  'Atlassian account e-mail': 'E-mail du compte Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'L’adresse e-mail avec laquelle vous vous connectez à Atlassian ; le jeton appartient à ce compte.',
  'Enter a valid e-mail address.': 'Saisissez une adresse e-mail valide.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Créez-en un sur id.atlassian.com → Security → Create and manage API tokens → Create API token (pas « with scopes »). Les jetons expirent au bout d’un an au plus.',
  // Deel
  'Organization API token': 'Jeton API d’organisation',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Dans Deel, ouvrez More → Developer → Access Tokens → Generate new token, choisissez « Organization token » et copiez-le.',
  // Docebo
  'Platform domain': 'Domaine de la plateforme',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'L’adresse de votre plateforme Docebo sans https://, par exemple acme.docebosaas.com ou learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Saisissez uniquement le nom d’hôte, par exemple « acme.docebosaas.com » (sans https:// ni chemin).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App : le Client ID de l’application.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Le Client Secret généré par Docebo pour cette application OAuth2.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Un super-administrateur Docebo doit activer « API and SSO » et ajouter une application sous API Credentials, avec l’URL de redirection indiquée pour Docebo par l’application que vous connectez ; saisissez ensuite ici son ID client et son secret client.',
  // Freshdesk
  'Helpdesk domain': 'Domaine du centre d’assistance',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'La partie avant .freshdesk.com dans votre adresse de connexion (pour acme.freshdesk.com, saisissez « acme »).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Dans Freshdesk, cliquez sur votre photo de profil → Profile settings → « View API key » à droite.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Pour les dépôts d’une organisation, un propriétaire devra peut-être approuver l’application sous « Third-party access ».',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Connectez-vous avec un compte super-administrateur Google Workspace ; les autres utilisateurs ne peuvent pas lire l’annuaire.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Dans Greenhouse, allez dans Configure → Dev Center → API Credentials → Create new API credentials, avec le type « Harvest V3 (OAuth) » ; dans l’onglet Settings, cochez les portées Harvest des candidats, candidatures, postes et utilisateurs, puis copiez le Client ID.',
  'Shown next to the Client ID of the same credential.': 'Affiché à côté du Client ID de ces mêmes identifiants.',
  'User ID (optional)': 'ID utilisateur (facultatif)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'L’identifiant numérique de l’utilisateur Greenhouse au nom duquel agit l’intégration (journal d’audit, autorisations) ; laissez vide pour utiliser l’Integration Service User des identifiants.',
  'A Greenhouse user ID is a number.': 'Un ID utilisateur Greenhouse est un nombre.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Les identifiants Harvest v3 n’accèdent qu’aux portées cochées sous Manage Scopes : activez read/list pour Candidates, Applications, Jobs et Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Connectez-vous en tant qu’administrateur Gusto de l’entreprise à connecter.',
  // HiBob
  'Service user ID': 'ID de l’utilisateur de service',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Dans Bob, allez dans System settings → Integrations → Automation → Service users → Manage, créez un utilisateur de service et copiez son ID.',
  'Service user token': 'Jeton de l’utilisateur de service',
  'Shown once when the service user is created; store it before closing the dialog.': 'Affiché une seule fois, à la création de l’utilisateur de service ; conservez-le avant de fermer la boîte de dialogue.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Les utilisateurs de service n’ont au départ aucune autorisation : ajoutez celui-ci à un groupe d’autorisations qui peut lire les données People.',
  // Humaans
  'API access token': 'Jeton d’accès API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Dans Humaans, cliquez sur les flèches à côté de votre nom (en haut à gauche) → API access tokens → Generate new token, cochez View public data (public:read) — et View public and private data si vous partagez des champs privés —, puis copiez-le.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'La console à laquelle vous vous connectez : console.eu.jumpcloud.com correspond à l’Europe.',
  'India': 'Inde',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Dans le JumpCloud Admin Portal, cliquez sur les initiales de votre compte (en haut à droite) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Générer une nouvelle clé révoque la précédente : toute intégration qui l’utilise encore cesse de fonctionner.',
  // Klaviyo
  'Private API key': 'Clé API privée',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Dans Klaviyo, allez dans Settings → Account → API keys → Create Private API Key (un accès en lecture seule suffit).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Les clés Klaviyo privées commencent par « pk_ » (les identifiants de site publics ne fonctionnent pas).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Dans Lever, allez dans Settings → Integrations and API → API Credentials → Generate new key (super-administrateurs uniquement).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Seuls les super-administrateurs Lever peuvent créer des clés API ; cochez les autorisations de lecture des points de terminaison que vous partagez (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Clé API personnelle',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Dans Linear, allez dans Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Les clés API Linear commencent par « lin_api_ ».',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Dans Mailchimp, cliquez sur votre profil → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Une clé Mailchimp se présente sous la forme de 32 caractères hexadécimaux, d’un tiret et d’un centre de données, par exemple « …-us21 ».',
  'Data centre': 'Centre de données',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'La partie de la clé API après le tiret (pour « …-us21 », saisissez « us21 »).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Saisissez le centre de données figurant à la fin de votre clé, par exemple « us21 ».',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'La lecture des utilisateurs et des groupes nécessite le consentement d’un administrateur : connectez-vous en tant qu’administrateur général ou administrateur de rôle privilégié.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Votre administrateur Microsoft 365 devra peut-être donner son consentement pour l’organisation.',
  // Notion
  'Internal integration secret': 'Secret d’intégration interne',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Un propriétaire de l’espace de travail crée une intégration interne sur notion.so/profile/integrations (espaces de travail récents : app.notion.com/developers/connections) et copie son secret.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Les secrets d’intégration Notion commencent par « ntn_ » (les plus anciens par « secret_ »).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'L’intégration ne voit que les pages partagées avec elle : ouvrez chaque page, cliquez sur ••• → Connections et ajoutez l’intégration.',
  // Okta
  'Okta domain': 'Domaine Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'L’adresse de votre organisation Okta sans https://, par exemple acme.okta.com ou un domaine personnalisé comme login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Saisissez uniquement le nom d’hôte, par exemple « acme.okta.com » (sans https:// ni chemin).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Dans l’Okta Admin Console, allez dans Security → API → Tokens → Create token, puis copiez sa valeur.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Un jeton a les droits de l’administrateur qui l’a créé et il est révoqué si cet administrateur est désactivé ; un jeton inutilisé pendant 30 jours est aussi révoqué. Créez-le avec un compte de service administrateur en lecture seule.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'La partie avant .onelogin.com dans votre adresse de connexion (pour acme.onelogin.com, saisissez « acme »).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'Dans OneLogin, allez dans Administration → Developers → API Credentials → New Credential (« Read users »), puis copiez le Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Affiché à côté du Client ID de ces mêmes identifiants d’API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Dans Personio, allez dans Settings → API credentials → Create custom integration, nommez-la, sélectionnez les portées de lecture et les attributs d’employé à partager, puis copiez le Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Affiché une seule fois à côté du Client ID, lors de la génération des identifiants.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Lors de la génération des identifiants, accordez l’accès en lecture aux attributs d’employé à partager ; les autres attributs restent masqués.',
  // Pipedrive
  '40 hexadecimal characters': '40 caractères hexadécimaux',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Dans Pipedrive, cliquez sur votre photo de profil → Personal preferences → API, puis copiez « Your personal API token ».',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Un jeton API Pipedrive compte 40 caractères hexadécimaux.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Connectez-vous en tant qu’administrateur principal ou administrateur de l’entreprise QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Affiché dans Settings → Apps and plugins → Personal API tokens, et dans les URL de l’application après « company= ».',
  'The company ID is a number.': 'L’ID de l’entreprise est un nombre.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Sur la même page, cliquez sur « + New token », donnez-lui un libellé et copiez le jeton.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Le jeton peut faire exactement ce que son créateur peut faire dans Recruitee : créez-le en tant qu’administrateur.',
  // Salesforce
  'Login host': 'Hôte de connexion',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com pour une sandbox, ou votre domaine My Domain, par exemple acme.my.salesforce.com ou acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Saisissez login.salesforce.com, test.salesforce.com ou un hôte My Domain tel que acme.my.salesforce.com (sans https://).',
  // ServiceNow
  'Instance': 'Instance',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'La partie avant .service-now.com dans votre adresse de connexion (pour acme.service-now.com, saisissez « acme »).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'L’identifiant d’un utilisateur ServiceNow créé pour cette intégration (System Security → Users).',
  'The password of that user.': 'Le mot de passe de cet utilisateur.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Cochez « Web service access only » sur l’utilisateur d’intégration et attribuez-lui le rôle itil (ou des ACL de lecture sur les tables partagées) et, si les ACL d’accès à l’API REST sont activées, le rôle snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Certains espaces de travail exigent qu’un administrateur approuve les nouvelles applications avant leur installation.',
  // SmartRecruiters
  'API key (SmartToken)': 'Clé API (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'Dans SmartRecruiters, allez dans Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Seuls les administrateurs SmartRecruiters peuvent créer des identifiants d’API.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'La partie avant .talentlms.com dans votre adresse de connexion (pour acme.talentlms.com, saisissez « acme »).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'Dans TalentLMS, allez dans Account & Settings → Integrations → API, activez l’API et copiez la clé API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'L’API est désactivée par défaut et n’est disponible ni avec l’offre Free ni pendant un essai : un administrateur doit l’activer.',
  // Teamtailor
  'Data region': 'Région des données',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'L’endroit où votre compte Teamtailor est hébergé ; les comptes créés sur teamtailor.com aux États-Unis utilisent l’Amérique du Nord.',
  'North America': 'Amérique du Nord',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Dans Teamtailor, allez dans Settings → Integrations → API keys → New API key, portée « Admin », autorisation « Read ».',
  // Twilio
  'Account SID': 'SID du compte',
  'On the Twilio Console home page, under "Account Info".': 'Sur la page d’accueil de la Twilio Console, sous « Account Info ».',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Un SID de compte se compose de « AC » suivi de 32 caractères hexadécimaux.',
  'Auth token': 'Jeton d’authentification',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'À côté de l’Account SID sur la page d’accueil de la Console ; cliquez sur « Show » pour l’afficher.',
  // Workable
  'Account subdomain': 'Sous-domaine du compte',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'La partie avant .workable.com dans votre adresse de connexion (pour acme.workable.com, saisissez « acme »). Il figure dans Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Dans Workable, allez dans Settings → Integrations → Access token → Generate new token et cochez les portées r_account, r_jobs et r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero demande quelle organisation partager : choisissez-en une par connexion.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'La partie avant .zendesk.com dans votre adresse de connexion (pour acme.zendesk.com, saisissez « acme »).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Saisissez uniquement le sous-domaine, par exemple « acme » pour acme.zendesk.com.',
  'Agent e-mail': 'E-mail de l’agent',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'L’adresse e-mail de l’administrateur ou de l’agent Zendesk au nom duquel agit le jeton.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Dans l’Admin Center, allez dans Apps and integrations → APIs → API tokens → Add API token, puis copiez-le.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'L’accès par jeton doit être activé dans Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Choisissez votre centre de données',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Le domaine sur lequel vous vous connectez à Zoho ; par exemple, crm.zoho.eu correspond à l’Europe.',
  'United States (zoho.com)': 'États-Unis (zoho.com)',
  'Europe (zoho.eu)': 'Europe (zoho.eu)',
  'India (zoho.in)': 'Inde (zoho.in)',
  'Australia (zoho.com.au)': 'Australie (zoho.com.au)',
  'Japan (zoho.jp)': 'Japon (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Arabie saoudite (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Royaume-Uni (zoho.uk)',
  'China (zoho.com.cn)': 'Chine (zoho.com.cn)',
};
