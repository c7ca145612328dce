import type { ConnectorTextCatalog } from './index.js';

export const pt: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'Qualquer subdomínio funciona no sandbox, por exemplo “acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Use letras minúsculas, números e hifens, por exemplo “acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Digite “sandbox_good” para a conexão funcionar; qualquer outra chave é recusada.',
  'A pretend HR system for trying Connect Hub offline.': 'Um sistema de RH fictício para testar o Connect Hub sem internet.',
  // Sandbox ATS
  'Region': 'Região',
  'Choose a region': 'Escolha uma região',
  'Where the pretend account lives; both regions work.': 'Onde fica a conta fictícia; as duas regiões funcionam.',
  'Europe': 'Europa',
  'United States': 'Estados Unidos',
  'Any whole number, e.g. 4200.': 'Qualquer número inteiro, por exemplo 4200.',
  'The company ID is a whole number.': 'O ID da empresa é um número inteiro.',
  'Use "demo".': 'Digite “demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Digite “sandbox_good” para a conexão funcionar; qualquer outro valor é recusado.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Este é um sistema de recrutamento fictício fornecido pelo próprio Connect Hub. Nenhum dado sai deste servidor.',
  'Only the password "sandbox_good" is accepted.': 'Apenas a senha “sandbox_good” é aceita.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Depois de conectada, a conta aparece no aplicativo anfitrião e no painel.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Um sistema de recrutamento fictício para testar o Connect Hub sem internet.',
  // Sandbox CRM
  'Consent': 'Consentimento',
  'Choose what the pretend provider answers': 'Escolha o que o provedor fictício responde',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'O provedor do sandbox não tem página de login: esta opção decide o que a etapa de consentimento dele responde.',
  'Approve': 'Aprovar',
  'Approve, with an access token that expires at once': 'Aprovar, com um token de acesso que expira imediatamente',
  'Deny': 'Negar',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Um CRM fictício que se conecta pelo servidor OAuth 2.0 integrado ao sandbox do Connect Hub; nenhum dado sai desta máquina.',
  // ActiveCampaign
  'Account name': 'Nome da conta',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'No ActiveCampaign, acesse Settings → Developer e copie a URL da API (https://<account>.api-us1.com); digite a parte <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Digite apenas a parte da conta da URL da API, por exemplo “acme” para https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Aparece abaixo da URL da API em Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Abra o console de desenvolvedor do Asana (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'No Ashby, acesse Admin → Integrations → API Keys → New e copie a chave.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'As chaves do Ashby não têm permissões por padrão: ative o acesso de leitura a Candidates, Jobs, Hiring Process e API Keys (a verificação da chave, apiKey.info, precisa de API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'No Attio, acesse Workspace settings → Developers → New access token e conceda acesso de leitura aos registros e à configuração de objetos.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'No Auth0 Dashboard, abra Applications → seu aplicativo Machine-to-Machine → Settings e copie “Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Digite apenas o nome do host, por exemplo “acme.eu.auth0.com” (sem https:// e sem caminho).',
  'On the same Settings tab, copy "Client ID".': 'Na mesma aba Settings, copie “Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'Na mesma aba Settings, copie “Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'O aplicativo precisa ser um app Machine-to-Machine autorizado na Auth0 Management API com pelo menos read:users.',
  // BambooHR
  'Company domain': 'Domínio da empresa',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'A parte antes de .bamboohr.com no endereço em que você faz login (para acme.bamboohr.com, digite “acme”). Ela também aparece na página de documentação da API da sua conta.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'No BambooHR, clique no seu nome (canto superior direito) → API Keys → Add New Key e copie a chave.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Uma chave de API lê exatamente o que o usuário que a criou consegue ver. Crie-a com um usuário que tenha acesso total de administrador.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'No Brevo, clique no nome da sua conta → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'As chaves de API do Brevo começam com “xkeysib-” (chaves SMTP não funcionam aqui).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'No Cal.com, acesse Settings → Developer → API keys → Add e copie a chave.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'As chaves de API do Cal.com começam com “cal_live_” ou “cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'No Calendly, acesse Integrations & apps → API & Webhooks → Get a token now → Generate new token e selecione os escopos de que esta integração precisa.',
  // Canvas LMS
  'Canvas domain': 'Domínio do Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'O endereço em que você faz login no Canvas, sem https://, por exemplo acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Digite apenas o nome do host, por exemplo “acme.instructure.com” (sem https:// e sem caminho).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'No Canvas, acesse Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'No Close, acesse Settings → Developer → API Keys → New API Key e copie a chave.',
  'Close API keys start with "api_".': 'As chaves de API do Close começam com “api_”.',
  // Confluence
  'Site': 'Site',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'A parte antes de .atlassian.net no endereço em que você faz login (para acme.atlassian.net, digite “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.atlassian.net.',
  'Atlassian account e-mail': 'E-mail da conta Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'O e-mail com que você faz login na Atlassian; o token pertence a esta conta.',
  'Enter a valid e-mail address.': 'Digite um endereço de e-mail válido.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Crie um em id.atlassian.com → Security → Create and manage API tokens → Create API token (não “with scopes”). Os tokens expiram em no máximo um ano.',
  // Deel
  'Organization API token': 'Token de API da organização',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'No Deel, abra More → Developer → Access Tokens → Generate new token, escolha “Organization token” e copie o token.',
  // Docebo
  'Platform domain': 'Domínio da plataforma',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'O endereço da sua plataforma Docebo sem https://, por exemplo acme.docebosaas.com ou learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Digite apenas o nome do host, por exemplo “acme.docebosaas.com” (sem https:// e sem caminho).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: o Client ID do app.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'O Client Secret que o Docebo gerou para esse app OAuth2.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Um superadministrador do Docebo precisa ativar “API and SSO” e adicionar um aplicativo em API Credentials, com a URL de redirecionamento que o aplicativo que você está conectando informa para o Docebo; depois, digite aqui o ID do cliente e o segredo do cliente desse aplicativo.',
  // Freshdesk
  'Helpdesk domain': 'Domínio da central de suporte',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'A parte antes de .freshdesk.com no endereço em que você faz login (para acme.freshdesk.com, digite “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'No Freshdesk, clique na sua foto de perfil → Profile settings → “View API key”, à direita.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Para os repositórios de uma organização, talvez um proprietário precise aprovar o app em “Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Faça login com uma conta de superadministrador do Google Workspace; outros usuários não conseguem ler o diretório.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'No Greenhouse, acesse Configure → Dev Center → API Credentials → Create new API credentials, do tipo “Harvest V3 (OAuth)”; na aba Settings, marque os escopos do Harvest para candidatos, candidaturas, vagas e usuários e copie o Client ID.',
  'Shown next to the Client ID of the same credential.': 'Aparece ao lado do Client ID da mesma credencial.',
  'User ID (optional)': 'ID do usuário (opcional)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'O ID numérico do usuário do Greenhouse em nome de quem a integração age (log de auditoria, permissões); deixe em branco para usar o Integration Service User da credencial.',
  'A Greenhouse user ID is a number.': 'Um ID de usuário do Greenhouse é um número.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'As credenciais do Harvest v3 só dão acesso aos escopos marcados em Manage Scopes: ative read/list para Candidates, Applications, Jobs e Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Faça login como administrador do Gusto da empresa que você quer conectar.',
  // HiBob
  'Service user ID': 'ID do usuário de serviço',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'No Bob, acesse System settings → Integrations → Automation → Service users → Manage, crie um usuário de serviço e copie o ID dele.',
  'Service user token': 'Token do usuário de serviço',
  'Shown once when the service user is created; store it before closing the dialog.': 'Aparece uma única vez, quando o usuário de serviço é criado; guarde-o antes de fechar a caixa de diálogo.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Usuários de serviço começam sem permissões: adicione-o a um grupo de permissões que possa ler os dados de People.',
  // Humaans
  'API access token': 'Token de acesso à API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'No Humaans, clique nas setas ao lado do seu nome (canto superior esquerdo) → API access tokens → Generate new token, marque View public data (public:read) — e View public and private data se você compartilhar campos privados — e copie o token.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'O console em que você faz login: console.eu.jumpcloud.com corresponde à Europa.',
  'India': 'Índia',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'No JumpCloud Admin Portal, clique nas iniciais da sua conta (canto superior direito) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Gerar uma nova chave revoga a anterior: as integrações que ainda a usam deixam de funcionar.',
  // Klaviyo
  'Private API key': 'Chave de API privada',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'No Klaviyo, acesse Settings → Account → API keys → Create Private API Key (basta acesso somente leitura).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'As chaves privadas do Klaviyo começam com “pk_” (IDs públicos de site não funcionam).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'No Lever, acesse Settings → Integrations and API → API Credentials → Generate new key (somente superadministradores).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Somente superadministradores do Lever podem criar chaves de API; marque as permissões de leitura dos endpoints que você compartilha (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Chave de API pessoal',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'No Linear, acesse Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'As chaves de API do Linear começam com “lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'No Mailchimp, clique no seu perfil → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Uma chave do Mailchimp tem 32 caracteres hexadecimais, um hífen e um data center, por exemplo “…-us21”.',
  'Data centre': 'Data center',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'A parte da chave de API depois do hífen (para “…-us21”, digite “us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Digite o data center que aparece no fim da sua chave, por exemplo “us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Para ler usuários e grupos, é preciso o consentimento de um administrador: faça login como Administrador Global ou Administrador de Função Privilegiada.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Talvez o administrador do Microsoft 365 precise dar consentimento em nome da organização.',
  // Notion
  'Internal integration secret': 'Segredo da integração interna',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Um proprietário do espaço de trabalho cria uma integração interna em notion.so/profile/integrations (espaços mais novos: app.notion.com/developers/connections) e copia o segredo dela.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Os segredos de integração do Notion começam com “ntn_” (os mais antigos, com “secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'A integração só vê as páginas compartilhadas com ela: abra cada página, clique em ••• → Connections e adicione a integração.',
  // Okta
  'Okta domain': 'Domínio do Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'O endereço da sua organização no Okta sem https://, por exemplo acme.okta.com ou um domínio próprio como login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Digite apenas o nome do host, por exemplo “acme.okta.com” (sem https:// e sem caminho).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'No Okta Admin Console, acesse Security → API → Tokens → Create token e copie o valor.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Um token tem os direitos do administrador que o criou e é revogado se esse administrador for desativado; tokens sem uso por 30 dias também são revogados. Crie-o com uma conta de serviço de administrador somente leitura.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'A parte antes de .onelogin.com no endereço em que você faz login (para acme.onelogin.com, digite “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'No OneLogin, acesse Administration → Developers → API Credentials → New Credential (“Read users”) e copie o Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Aparece ao lado do Client ID da mesma credencial de API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'No Personio, acesse Settings → API credentials → Create custom integration, dê um nome, selecione os escopos de leitura e os atributos de funcionário a compartilhar e copie o Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Aparece uma única vez ao lado do Client ID, quando a credencial é gerada.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Ao gerar a credencial, conceda acesso de leitura aos atributos de funcionário que você quer compartilhar; os outros atributos continuam ocultos.',
  // Pipedrive
  '40 hexadecimal characters': '40 caracteres hexadecimais',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'No Pipedrive, clique na sua foto de perfil → Personal preferences → API e copie “Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Um token de API do Pipedrive tem 40 caracteres hexadecimais.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Faça login como administrador principal ou administrador da empresa no QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Aparece em Settings → Apps and plugins → Personal API tokens e nas URLs do aplicativo, depois de “company=”.',
  'The company ID is a number.': 'O ID da empresa é um número.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Na mesma página, clique em “+ New token”, dê um rótulo a ele e copie o token.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'O token pode fazer exatamente o que quem o criou pode fazer no Recruitee: crie-o como administrador.',
  // Salesforce
  'Login host': 'Host de login',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com para um sandbox ou o seu My Domain, por exemplo acme.my.salesforce.com ou acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Digite login.salesforce.com, test.salesforce.com ou um host do My Domain como acme.my.salesforce.com (sem https://).',
  // ServiceNow
  'Instance': 'Instância',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'A parte antes de .service-now.com no endereço em que você faz login (para acme.service-now.com, digite “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'O User ID de um usuário do ServiceNow criado para esta integração (System Security → Users).',
  'The password of that user.': 'A senha desse usuário.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Marque “Web service access only” no usuário de integração e dê a ele a função itil (ou ACLs de leitura nas tabelas compartilhadas) e, se as ACLs de acesso à API REST estiverem ativas, a função snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Alguns espaços de trabalho exigem que um administrador aprove novos apps antes que possam ser instalados.',
  // SmartRecruiters
  'API key (SmartToken)': 'Chave de API (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'No SmartRecruiters, acesse Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Somente administradores do SmartRecruiters podem criar credenciais de API.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'A parte antes de .talentlms.com no endereço em que você faz login (para acme.talentlms.com, digite “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'No TalentLMS, acesse Account & Settings → Integrations → API, ative a API e copie a chave de API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'A API vem desativada por padrão e não está disponível no plano Free nem em períodos de avaliação: um administrador precisa ativá-la.',
  // Teamtailor
  'Data region': 'Região dos dados',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Onde sua conta do Teamtailor está hospedada; contas criadas em teamtailor.com nos EUA usam a América do Norte.',
  'North America': 'América do Norte',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'No Teamtailor, acesse Settings → Integrations → API keys → New API key, escopo “Admin”, permissão “Read”.',
  // Twilio
  'Account SID': 'SID da conta',
  'On the Twilio Console home page, under "Account Info".': 'Na página inicial do Twilio Console, em “Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'Um SID de conta é “AC” seguido de 32 caracteres hexadecimais.',
  'Auth token': 'Token de autenticação',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Ao lado do Account SID na página inicial do Console; clique em “Show” para exibi-lo.',
  // Workable
  'Account subdomain': 'Subdomínio da conta',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'A parte antes de .workable.com no endereço em que você faz login (para acme.workable.com, digite “acme”). Ela aparece em Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'No Workable, acesse Settings → Integrations → Access token → Generate new token e marque os escopos r_account, r_jobs e r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'O Xero pergunta qual organização compartilhar: escolha uma por conexão.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'A parte antes de .zendesk.com no endereço em que você faz login (para acme.zendesk.com, digite “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Digite apenas o subdomínio, por exemplo “acme” para acme.zendesk.com.',
  'Agent e-mail': 'E-mail do agente',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'O endereço de e-mail do administrador ou agente do Zendesk em nome de quem o token age.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'No Admin Center, acesse Apps and integrations → APIs → API tokens → Add API token e copie o token.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'O acesso por token precisa estar ativado em Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Escolha seu data center',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'O domínio em que você faz login no Zoho; por exemplo, crm.zoho.eu corresponde à Europa.',
  'United States (zoho.com)': 'Estados Unidos (zoho.com)',
  'Europe (zoho.eu)': 'Europa (zoho.eu)',
  'India (zoho.in)': 'Índia (zoho.in)',
  'Australia (zoho.com.au)': 'Austrália (zoho.com.au)',
  'Japan (zoho.jp)': 'Japão (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canadá (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Arábia Saudita (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Reino Unido (zoho.uk)',
  'China (zoho.com.cn)': 'China (zoho.com.cn)',
};
