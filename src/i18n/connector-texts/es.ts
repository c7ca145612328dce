import type { ConnectorTextCatalog } from './index.js';

export const es: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'En el sandbox sirve cualquier subdominio, por ejemplo «acme».',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Usa letras minúsculas, números y guiones, por ejemplo «acme».',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Escribe «sandbox_good» para que funcione; cualquier otra clave se rechaza.',
  'A pretend HR system for trying Connect Hub offline.': 'Un sistema de RR. HH. ficticio para probar Connect Hub sin conexión.',
  // Sandbox ATS
  'Region': 'Región',
  'Choose a region': 'Elige una región',
  'Where the pretend account lives; both regions work.': 'Dónde está la cuenta de prueba; las dos regiones funcionan.',
  'Europe': 'Europa',
  'United States': 'Estados Unidos',
  'Any whole number, e.g. 4200.': 'Cualquier número entero, por ejemplo 4200.',
  'The company ID is a whole number.': 'El ID de empresa es un número entero.',
  'Use "demo".': 'Escribe «demo».',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Escribe «sandbox_good» para que funcione; cualquier otro valor se rechaza.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Este es un sistema de seguimiento de candidatos ficticio que ofrece el propio Connect Hub. Ningún dato sale de este servidor.',
  'Only the password "sandbox_good" is accepted.': 'Solo se acepta la contraseña «sandbox_good».',
  'Once connected, the account appears in the host app and in the dashboard.': 'Una vez conectada, la cuenta aparece en la aplicación anfitriona y en el panel.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Un sistema de seguimiento de candidatos ficticio para probar Connect Hub sin conexión.',
  // Sandbox CRM
  'Consent': 'Consentimiento',
  'Choose what the pretend provider answers': 'Elige qué responde el proveedor de prueba',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'El proveedor del sandbox no tiene página de inicio de sesión: esta opción decide qué responde su paso de consentimiento.',
  'Approve': 'Aprobar',
  'Approve, with an access token that expires at once': 'Aprobar, con un token de acceso que caduca al instante',
  'Deny': 'Denegar',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Un CRM de prueba que se conecta mediante el servidor OAuth 2.0 integrado en el sandbox de Connect Hub; ningún dato sale de este equipo.',
  // ActiveCampaign
  'Account name': 'Nombre de la cuenta',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'En ActiveCampaign, ve a Settings → Developer y copia la URL de la API (https://<account>.api-us1.com); escribe la parte <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Escribe solo la parte de la cuenta de la URL de la API, por ejemplo «acme» para https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Aparece debajo de la URL de la API en Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Abre la consola para desarrolladores de Asana (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'En Ashby, ve a Admin → Integrations → API Keys → New y copia la clave.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Las claves de Ashby no tienen permisos de forma predeterminada: habilita el acceso de lectura a Candidates, Jobs, Hiring Process y API Keys (la comprobación de la clave, apiKey.info, necesita API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'En Attio, ve a Workspace settings → Developers → New access token y concede acceso de lectura a los registros y a la configuración de objetos.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'En el Auth0 Dashboard, abre Applications → tu aplicación Machine-to-Machine → Settings y copia «Domain».',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Escribe solo el nombre de host, por ejemplo «acme.eu.auth0.com» (sin https:// ni ruta).',
  'On the same Settings tab, copy "Client ID".': 'En la misma pestaña Settings, copia «Client ID».',
  'On the same Settings tab, copy "Client Secret".': 'En la misma pestaña Settings, copia «Client Secret».',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'La aplicación debe ser una app Machine-to-Machine autorizada para la Auth0 Management API con al menos read:users.',
  // BambooHR
  'Company domain': 'Dominio de la empresa',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'La parte anterior a .bamboohr.com en la dirección desde la que inicias sesión (para acme.bamboohr.com, escribe «acme»). También aparece en la página de documentación de la API de tu cuenta.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'En BambooHR, haz clic en tu nombre (arriba a la derecha) → API Keys → Add New Key y copia la clave.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Una clave de API puede leer exactamente lo que ve el usuario que la creó. Créala con un usuario con acceso de administrador completo.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'En Brevo, haz clic en el nombre de tu cuenta → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Las claves de API de Brevo empiezan por «xkeysib-» (las claves SMTP no sirven aquí).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'En Cal.com, ve a Settings → Developer → API keys → Add y copia la clave.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Las claves de API de Cal.com empiezan por «cal_live_» o «cal_test_».',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'En Calendly, ve a Integrations & apps → API & Webhooks → Get a token now → Generate new token y selecciona los ámbitos que necesita esta integración.',
  // Canvas LMS
  'Canvas domain': 'Dominio de Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'La dirección desde la que inicias sesión en Canvas, sin https://, por ejemplo acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Escribe solo el nombre de host, por ejemplo «acme.instructure.com» (sin https:// ni ruta).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'En Canvas, ve a Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'En Close, ve a Settings → Developer → API Keys → New API Key y cópiala.',
  'Close API keys start with "api_".': 'Las claves de API de Close empiezan por «api_».',
  // Confluence
  'Site': 'Sitio',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'La parte anterior a .atlassian.net en la dirección desde la que inicias sesión (para acme.atlassian.net, escribe «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.atlassian.net.',
  'Atlassian account e-mail': 'Correo electrónico de la cuenta de Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'El correo electrónico con el que inicias sesión en Atlassian; el token pertenece a esta cuenta.',
  'Enter a valid e-mail address.': 'Escribe una dirección de correo electrónico válida.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Crea uno en id.atlassian.com → Security → Create and manage API tokens → Create API token (no «with scopes»). Los tokens caducan como máximo al cabo de un año.',
  // Deel
  'Organization API token': 'Token de API de la organización',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'En Deel, abre More → Developer → Access Tokens → Generate new token, elige «Organization token» y cópialo.',
  // Docebo
  'Platform domain': 'Dominio de la plataforma',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'La dirección de tu plataforma Docebo sin https://, por ejemplo acme.docebosaas.com o learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Escribe solo el nombre de host, por ejemplo «acme.docebosaas.com» (sin https:// ni ruta).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: el Client ID de la app.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'El Client Secret que Docebo generó para esa app OAuth2.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Un superadministrador de Docebo debe activar «API and SSO» y añadir una aplicación en API Credentials, con la URL de redirección que indica para Docebo la app que estás conectando; después, escribe aquí su ID de cliente y su secreto de cliente.',
  // Freshdesk
  'Helpdesk domain': 'Dominio del centro de soporte',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'La parte anterior a .freshdesk.com en la dirección desde la que inicias sesión (para acme.freshdesk.com, escribe «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'En Freshdesk, haz clic en tu foto de perfil → Profile settings → «View API key», a la derecha.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Para los repositorios de una organización, puede que un propietario tenga que aprobar la app en «Third-party access».',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Inicia sesión con una cuenta de superadministrador de Google Workspace; los demás usuarios no pueden leer el directorio.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'En Greenhouse, ve a Configure → Dev Center → API Credentials → Create new API credentials, de tipo «Harvest V3 (OAuth)»; en la pestaña Settings, marca los ámbitos de Harvest para candidatos, solicitudes, ofertas de empleo y usuarios, y copia el Client ID.',
  'Shown next to the Client ID of the same credential.': 'Aparece junto al Client ID de las mismas credenciales.',
  'User ID (optional)': 'ID de usuario (opcional)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'El ID numérico del usuario de Greenhouse en cuyo nombre actúa la integración (registro de auditoría, permisos); déjalo vacío para usar el Integration Service User de las credenciales.',
  'A Greenhouse user ID is a number.': 'Un ID de usuario de Greenhouse es un número.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Las credenciales de Harvest v3 solo dan acceso a los ámbitos marcados en Manage Scopes: habilita read/list para Candidates, Applications, Jobs y Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Inicia sesión como administrador de Gusto de la empresa que quieres conectar.',
  // HiBob
  'Service user ID': 'ID del usuario de servicio',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'En Bob, ve a System settings → Integrations → Automation → Service users → Manage, crea un usuario de servicio y copia su ID.',
  'Service user token': 'Token del usuario de servicio',
  'Shown once when the service user is created; store it before closing the dialog.': 'Se muestra una sola vez, al crear el usuario de servicio; guárdalo antes de cerrar el cuadro de diálogo.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Los usuarios de servicio empiezan sin permisos: añádelo a un grupo de permisos que pueda leer datos de People.',
  // Humaans
  'API access token': 'Token de acceso a la API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'En Humaans, haz clic en las flechas junto a tu nombre (arriba a la izquierda) → API access tokens → Generate new token, marca View public data (public:read) —y View public and private data si compartes campos privados— y cópialo.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'La consola en la que inicias sesión: console.eu.jumpcloud.com corresponde a Europa.',
  'India': 'India',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'En el JumpCloud Admin Portal, haz clic en las iniciales de tu cuenta (arriba a la derecha) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Generar una clave nueva revoca la anterior: cualquier integración que aún la use deja de funcionar.',
  // Klaviyo
  'Private API key': 'Clave de API privada',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'En Klaviyo, ve a Settings → Account → API keys → Create Private API Key (basta con acceso de solo lectura).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Las claves privadas de Klaviyo empiezan por «pk_» (los ID públicos del sitio no sirven).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'En Lever, ve a Settings → Integrations and API → API Credentials → Generate new key (solo superadministradores).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Solo los superadministradores de Lever pueden crear claves de API; marca permisos de lectura para los endpoints que compartes (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Clave de API personal',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'En Linear, ve a Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Las claves de API de Linear empiezan por «lin_api_».',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'En Mailchimp, haz clic en tu perfil → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Una clave de Mailchimp tiene 32 caracteres hexadecimales, un guion y un centro de datos, por ejemplo «…-us21».',
  'Data centre': 'Centro de datos',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'La parte de la clave de API que va después del guion (para «…-us21», escribe «us21»).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Escribe el centro de datos que aparece al final de tu clave, por ejemplo «us21».',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Para leer usuarios y grupos se necesita el consentimiento de un administrador: inicia sesión como Administrador global o Administrador de roles con privilegios.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Es posible que tu administrador de Microsoft 365 tenga que dar su consentimiento para la organización.',
  // Notion
  'Internal integration secret': 'Secreto de integración interna',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Un propietario del espacio de trabajo crea una integración interna en notion.so/profile/integrations (espacios más recientes: app.notion.com/developers/connections) y copia su secreto.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Los secretos de integración de Notion empiezan por «ntn_» (los antiguos, por «secret_»).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'La integración solo ve las páginas compartidas con ella: abre cada página, haz clic en ••• → Connections y añade la integración.',
  // Okta
  'Okta domain': 'Dominio de Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'La dirección de tu organización de Okta sin https://, por ejemplo acme.okta.com o un dominio propio como login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Escribe solo el nombre de host, por ejemplo «acme.okta.com» (sin https:// ni ruta).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'En la Okta Admin Console, ve a Security → API → Tokens → Create token y copia su valor.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Un token tiene los permisos del administrador que lo creó y se revoca si ese administrador se desactiva; los tokens sin usar durante 30 días también se revocan. Créalo con una cuenta de servicio de administrador de solo lectura.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'La parte anterior a .onelogin.com en la dirección desde la que inicias sesión (para acme.onelogin.com, escribe «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'En OneLogin, ve a Administration → Developers → API Credentials → New Credential («Read users») y copia el Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Aparece junto al Client ID de las mismas credenciales de API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'En Personio, ve a Settings → API credentials → Create custom integration, ponle nombre, selecciona los ámbitos de lectura y los atributos de empleado que quieres compartir, y copia el Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Se muestra una sola vez junto al Client ID, al generar las credenciales.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Al generar las credenciales, concede acceso de lectura a los atributos de empleado que quieras compartir; los demás atributos quedan ocultos.',
  // Pipedrive
  '40 hexadecimal characters': '40 caracteres hexadecimales',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'En Pipedrive, haz clic en tu foto de perfil → Personal preferences → API y copia «Your personal API token».',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Un token de API de Pipedrive tiene 40 caracteres hexadecimales.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Inicia sesión como administrador principal o administrador de la empresa en QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Aparece en Settings → Apps and plugins → Personal API tokens y en las URL de la app, después de «company=».',
  'The company ID is a number.': 'El ID de empresa es un número.',
  'On the same page click "+ New token", give it a label and copy the token.': 'En la misma página, haz clic en «+ New token», ponle una etiqueta y copia el token.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'El token puede hacer exactamente lo mismo que su creador en Recruitee: créalo como administrador.',
  // Salesforce
  'Login host': 'Host de inicio de sesión',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com para un sandbox, o tu My Domain, por ejemplo acme.my.salesforce.com o acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Escribe login.salesforce.com, test.salesforce.com o un host de My Domain como acme.my.salesforce.com (sin https://).',
  // ServiceNow
  'Instance': 'Instancia',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'La parte anterior a .service-now.com en la dirección desde la que inicias sesión (para acme.service-now.com, escribe «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'El User ID de un usuario de ServiceNow creado para esta integración (System Security → Users).',
  'The password of that user.': 'La contraseña de ese usuario.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Marca «Web service access only» en el usuario de integración y asígnale el rol itil (o ACL de lectura en las tablas que compartes) y, si las ACL de acceso a la API REST están activadas, el rol snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Algunos espacios de trabajo exigen que un administrador apruebe las apps nuevas antes de poder instalarlas.',
  // SmartRecruiters
  'API key (SmartToken)': 'Clave de API (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'En SmartRecruiters, ve a Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Solo los administradores de SmartRecruiters pueden crear credenciales de API.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'La parte anterior a .talentlms.com en la dirección desde la que inicias sesión (para acme.talentlms.com, escribe «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'En TalentLMS, ve a Account & Settings → Integrations → API, activa la API y copia la clave de API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'La API está desactivada de forma predeterminada y no está disponible en el plan Free ni en una versión de prueba: un administrador debe activarla.',
  // Teamtailor
  'Data region': 'Región de datos',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Dónde está alojada tu cuenta de Teamtailor; las cuentas creadas en teamtailor.com en EE. UU. usan Norteamérica.',
  'North America': 'Norteamérica',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'En Teamtailor, ve a Settings → Integrations → API keys → New API key, ámbito «Admin», permiso «Read».',
  // Twilio
  'Account SID': 'SID de la cuenta',
  'On the Twilio Console home page, under "Account Info".': 'En la página de inicio de la Twilio Console, en «Account Info».',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Un SID de cuenta es «AC» seguido de 32 caracteres hexadecimales.',
  'Auth token': 'Token de autenticación',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Junto al Account SID en la página de inicio de la Console; haz clic en «Show» para verlo.',
  // Workable
  'Account subdomain': 'Subdominio de la cuenta',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'La parte anterior a .workable.com en la dirección desde la que inicias sesión (para acme.workable.com, escribe «acme»). Aparece en Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'En Workable, ve a Settings → Integrations → Access token → Generate new token y marca los ámbitos r_account, r_jobs y r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero pregunta qué organización compartir: elige una por conexión.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'La parte anterior a .zendesk.com en la dirección desde la que inicias sesión (para acme.zendesk.com, escribe «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Escribe solo el subdominio, por ejemplo «acme» para acme.zendesk.com.',
  'Agent e-mail': 'Correo electrónico del agente',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'La dirección de correo electrónico del administrador o agente de Zendesk en cuyo nombre actúa el token.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'En el Admin Center, ve a Apps and integrations → APIs → API tokens → Add API token y cópialo.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'El acceso con token debe estar activado en Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Elige tu centro de datos',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'El dominio desde el que inicias sesión en Zoho; por ejemplo, crm.zoho.eu corresponde a Europa.',
  'United States (zoho.com)': 'Estados Unidos (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'India (zoho.in)',
  'Australia (zoho.com.au)': 'Australia (zoho.com.au)',
  'Japan (zoho.jp)': 'Japón (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canadá (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Arabia Saudí (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Reino Unido (zoho.uk)',
  'China (zoho.com.cn)': 'China (zoho.com.cn)',
};
