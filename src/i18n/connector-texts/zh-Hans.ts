import type { ConnectorTextCatalog } from './index.js';

export const zhHans: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': '沙盒中任何子域名都可以，例如“acme”。',
  'Use lower-case letters, digits and dashes, e.g. "acme".': '请使用小写字母、数字和连字符，例如“acme”。',
  'Use "sandbox_good" to succeed; any other key is rejected.': '输入“sandbox_good”即可成功；其他密钥都会被拒绝。',
  'A pretend HR system for trying Connect Hub offline.': '用于离线试用 Connect Hub 的模拟人力资源系统。',
  // Sandbox ATS
  'Region': '区域',
  'Choose a region': '选择区域',
  'Where the pretend account lives; both regions work.': '模拟帐号所在的位置；两个区域都可以使用。',
  'Europe': '欧洲',
  'United States': '美国',
  'Any whole number, e.g. 4200.': '任意整数，例如 4200。',
  'The company ID is a whole number.': '公司 ID 是一个整数。',
  'Use "demo".': '输入“demo”。',
  'Use "sandbox_good" to succeed; anything else is rejected.': '输入“sandbox_good”即可成功；其他值都会被拒绝。',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': '这是由 Connect Hub 自身提供的模拟招聘管理系统。任何数据都不会离开此服务器。',
  'Only the password "sandbox_good" is accepted.': '只接受密码“sandbox_good”。',
  'Once connected, the account appears in the host app and in the dashboard.': '连接后，该帐号会显示在宿主应用和仪表板中。',
  'A pretend applicant tracking system for trying Connect Hub offline.': '用于离线试用 Connect Hub 的模拟招聘管理系统。',
  // Sandbox CRM
  'Consent': '授权同意',
  'Choose what the pretend provider answers': '选择模拟提供方的应答',
  'The sandbox provider has no login page: this decides what its consent step answers.': '沙盒提供方没有登录页面：此处的选择决定其授权同意步骤的应答。',
  'Approve': '批准',
  'Approve, with an access token that expires at once': '批准，并返回一个立即过期的访问令牌',
  'Deny': '拒绝',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': '通过 Connect Hub 沙盒内置的 OAuth 2.0 服务器进行连接的模拟 CRM；任何数据都不会离开这台机器。',
  // ActiveCampaign
  'Account name': '帐号名称',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': '在 ActiveCampaign 中前往 Settings → Developer，复制 API URL（https://<account>.api-us1.com），然后输入其中的 <account> 部分。',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': '只输入 API URL 中的帐号部分，例如对于 https://acme.api-us1.com，输入“acme”。',
  'Shown below the API URL on Settings → Developer.': '显示在 Settings → Developer 页面的 API URL 下方。',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': '打开 Asana 开发者控制台（My settings → Apps → Developer apps）→ Create new token。',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': '在 Ashby 中前往 Admin → Integrations → API Keys → New，然后复制密钥。',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby 密钥默认没有任何权限：请为 Candidates、Jobs、Hiring Process 和 API Keys 开启读取权限（密钥校验所用的 apiKey.info 需要 API Keys: Read）。',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': '在 Attio 中前往 Workspace settings → Developers → New access token，并授予对记录和对象配置的读取权限。',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': '在 Auth0 Dashboard 中打开 Applications → 你的 Machine-to-Machine 应用 → Settings，复制“Domain”。',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': '只输入主机名，例如“acme.eu.auth0.com”（不含 https://，不含路径）。',
  'On the same Settings tab, copy "Client ID".': '在同一 Settings 选项卡中复制“Client ID”。',
  'On the same Settings tab, copy "Client Secret".': '在同一 Settings 选项卡中复制“Client Secret”。',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': '该应用必须是已获准访问 Auth0 Management API 的 Machine-to-Machine 应用，并至少拥有 read:users 权限。',
  // BambooHR
  'Company domain': '公司域名',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': '你登录地址中 .bamboohr.com 之前的部分（如为 acme.bamboohr.com，则输入“acme”）。你帐号的 API 文档页面上也会显示。',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': '只输入子域名，例如对于 acme.bamboohr.com，输入“acme”。',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': '在 BambooHR 中点击你的姓名（右上角）→ API Keys → Add New Key，然后复制密钥。',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'API 密钥能读取的内容与创建它的用户所能看到的完全相同。请使用拥有完整管理员权限的用户创建。',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': '在 Brevo 中点击你的帐号名 → SMTP & API → API keys → Generate a new API key。',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevo 的 API 密钥以“xkeysib-”开头（SMTP 密钥在此无效）。',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': '在 Cal.com 中前往 Settings → Developer → API keys → Add，然后复制密钥。',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.com 的 API 密钥以“cal_live_”或“cal_test_”开头。',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': '在 Calendly 中前往 Integrations & apps → API & Webhooks → Get a token now → Generate new token，并选择此集成所需的权限范围。',
  // Canvas LMS
  'Canvas domain': 'Canvas 域名',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': '你登录 Canvas 的地址，不含 https://，例如 acme.instructure.com。',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': '只输入主机名，例如“acme.instructure.com”（不含 https://，不含路径）。',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': '在 Canvas 中前往 Account → Settings → Approved Integrations → + New Access Token。',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': '在 Close 中前往 Settings → Developer → API Keys → New API Key，然后复制它。',
  'Close API keys start with "api_".': 'Close 的 API 密钥以“api_”开头。',
  // Confluence
  'Site': '站点',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': '你登录地址中 .atlassian.net 之前的部分（如为 acme.atlassian.net，则输入“acme”）。',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': '只输入子域名，例如对于 acme.atlassian.net，输入“acme”。',
  'Atlassian account e-mail': 'Atlassian 帐号邮箱',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': '你登录 Atlassian 所用的邮箱；令牌属于该帐号。',
  'Enter a valid e-mail address.': '请输入有效的邮箱地址。',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': '在 id.atlassian.com → Security → Create and manage API tokens → Create API token 中创建（不要选“with scopes”）。令牌的有效期最长为一年。',
  // Deel
  'Organization API token': '组织 API 令牌',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': '在 Deel 中打开 More → Developer → Access Tokens → Generate new token，选择“Organization token”并复制。',
  // Docebo
  'Platform domain': '平台域名',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': '你的 Docebo 平台地址，不含 https://，例如 acme.docebosaas.com 或 learn.acme.com。',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': '只输入主机名，例如“acme.docebosaas.com”（不含 https://，不含路径）。',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App：该应用的 Client ID。',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Docebo 为该 OAuth2 应用生成的 Client Secret。',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Docebo 超级管理员必须启用“API and SSO”，并在 API Credentials 下添加一个应用，使用你正在连接的应用为 Docebo 提供的重定向 URL；然后在此输入其客户端 ID 和密钥。',
  // Freshdesk
  'Helpdesk domain': '服务台域名',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': '你登录地址中 .freshdesk.com 之前的部分（如为 acme.freshdesk.com，则输入“acme”）。',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': '只输入子域名，例如对于 acme.freshdesk.com，输入“acme”。',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': '在 Freshdesk 中点击你的头像 → Profile settings → 右侧的“View API key”。',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": '对于组织的仓库，可能需要所有者在“Third-party access”下批准该应用。',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': '请使用 Google Workspace 超级管理员帐号登录；其他用户无法读取目录。',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': '在 Greenhouse 中前往 Configure → Dev Center → API Credentials → Create new API credentials，类型选择“Harvest V3 (OAuth)”；在其 Settings 选项卡中勾选候选人、申请、职位和用户的 Harvest 权限范围，然后复制 Client ID。',
  'Shown next to the Client ID of the same credential.': '显示在同一凭据的 Client ID 旁边。',
  'User ID (optional)': '用户 ID（可选）',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": '集成代为操作的 Greenhouse 用户的数字 ID（审计日志、权限）；留空则使用该凭据的 Integration Service User。',
  'A Greenhouse user ID is a number.': 'Greenhouse 用户 ID 是一个数字。',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest v3 凭据只能访问在 Manage Scopes 下勾选的权限范围：请为 Candidates、Applications、Jobs 和 Users 开启 read/list。',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': '请以要连接的公司的 Gusto 管理员身份登录。',
  // HiBob
  'Service user ID': '服务用户 ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': '在 Bob 中前往 System settings → Integrations → Automation → Service users → Manage，创建一个服务用户并复制其 ID。',
  'Service user token': '服务用户令牌',
  'Shown once when the service user is created; store it before closing the dialog.': '仅在创建服务用户时显示一次；请在关闭对话框前保存。',
  'Service users start with no permissions: add this one to a permission group that can read People data.': '服务用户初始没有任何权限：请将其加入一个可以读取 People 数据的权限组。',
  // Humaans
  'API access token': 'API 访问令牌',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': '在 Humaans 中点击你姓名旁边的箭头（左上角）→ API access tokens → Generate new token，勾选 View public data（public:read）——如果要共享私有字段，还需勾选 View public and private data——然后复制。',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': '你登录的控制台：console.eu.jumpcloud.com 表示欧洲。',
  'India': '印度',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': '在 JumpCloud Admin Portal 中点击你帐号名称的首字母缩写（右上角）→ My API Key → Generate New API Key。',
  'Generating a new key revokes the previous one: any integration still using it stops working.': '生成新密钥会吊销旧密钥：仍在使用旧密钥的集成将停止工作。',
  // Klaviyo
  'Private API key': '私有 API 密钥',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': '在 Klaviyo 中前往 Settings → Account → API keys → Create Private API Key（只读权限即可）。',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Klaviyo 私有密钥以“pk_”开头（公开站点 ID 无效）。',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': '在 Lever 中前往 Settings → Integrations and API → API Credentials → Generate new key（仅限超级管理员）。',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': '只有 Lever 超级管理员可以创建 API 密钥；请为你共享的端点（users、opportunities、postings）勾选读取权限。',
  // Linear
  'Personal API key': '个人 API 密钥',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': '在 Linear 中前往 Settings → Account → Security & access → Personal API keys → New API key。',
  'Linear API keys start with "lin_api_".': 'Linear 的 API 密钥以“lin_api_”开头。',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': '在 Mailchimp 中点击你的个人资料 → Profile → Extras → API keys → Create A Key。',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Mailchimp 密钥由 32 个十六进制字符、一个连字符和数据中心组成，例如“…-us21”。',
  'Data centre': '数据中心',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'API 密钥中连字符之后的部分（如为“…-us21”，则输入“us21”）。',
  'Enter the data centre from the end of your key, e.g. "us21".': '请输入密钥末尾的数据中心，例如“us21”。',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': '读取用户和组需要管理员同意：请以全局管理员或特权角色管理员身份登录。',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': '可能需要你的 Microsoft 365 管理员代表组织授予同意。',
  // Notion
  'Internal integration secret': '内部集成密钥',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': '工作区所有者在 notion.so/profile/integrations（较新的工作区：app.notion.com/developers/connections）创建内部集成并复制其密钥。',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notion 集成密钥以“ntn_”开头（较早的以“secret_”开头）。',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': '集成只能看到与其共享的页面：打开每个页面，点击 ••• → Connections 并添加该集成。',
  // Okta
  'Okta domain': 'Okta 域名',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': '你的 Okta 组织地址，不含 https://，例如 acme.okta.com 或 login.acme.com 这样的自定义域名。',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': '只输入主机名，例如“acme.okta.com”（不含 https://，不含路径）。',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': '在 Okta Admin Console 中前往 Security → API → Tokens → Create token，然后复制其值。',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': '令牌拥有创建它的管理员的权限，该管理员被停用时令牌会被吊销；30 天未使用的令牌也会被吊销。请使用只读管理员服务帐号创建。',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': '你登录地址中 .onelogin.com 之前的部分（如为 acme.onelogin.com，则输入“acme”）。',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': '只输入子域名，例如对于 acme.onelogin.com，输入“acme”。',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': '在 OneLogin 中前往 Administration → Developers → API Credentials → New Credential（“Read users”），然后复制 Client ID。',
  'Shown next to the Client ID of the same API credential.': '显示在同一 API 凭据的 Client ID 旁边。',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': '在 Personio 中前往 Settings → API credentials → Create custom integration，为其命名，选择读取权限范围和要共享的员工属性，然后复制 Client ID。',
  'Shown once next to the Client ID when the credential is generated.': '仅在生成凭据时于 Client ID 旁边显示一次。',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': '生成凭据时，请为要共享的员工属性授予读取权限；其他属性保持隐藏。',
  // Pipedrive
  '40 hexadecimal characters': '40 个十六进制字符',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': '在 Pipedrive 中点击你的头像 → Personal preferences → API，然后复制“Your personal API token”。',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Pipedrive 的 API 令牌为 40 个十六进制字符。',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': '请以该 QuickBooks 公司的主管理员或公司管理员身份登录。',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': '显示在 Settings → Apps and plugins → Personal API tokens 中，也出现在应用 URL 的“company=”之后。',
  'The company ID is a number.': '公司 ID 是一个数字。',
  'On the same page click "+ New token", give it a label and copy the token.': '在同一页面点击“+ New token”，为其添加标签并复制令牌。',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': '该令牌的权限与其创建者在 Recruitee 中的权限完全相同：请以管理员身份创建。',
  // Salesforce
  'Login host': '登录主机',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com、用于沙盒的 test.salesforce.com，或你的 My Domain，例如 acme.my.salesforce.com 或 acme--uat.sandbox.my.salesforce.com。',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': '请输入 login.salesforce.com、test.salesforce.com 或 My Domain 主机（如 acme.my.salesforce.com），不含 https://。',
  // ServiceNow
  'Instance': '实例',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': '你登录地址中 .service-now.com 之前的部分（如为 acme.service-now.com，则输入“acme”）。',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': '只输入子域名，例如对于 acme.service-now.com，输入“acme”。',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': '为此集成创建的 ServiceNow 用户的 User ID（System Security → Users）。',
  'The password of that user.': '该用户的密码。',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': '为集成用户勾选“Web service access only”，并授予 itil 角色（或对共享表的读取 ACL）；如果启用了 REST API 访问 ACL，还需授予 snc_platform_rest_api_access 角色。',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': '部分工作区要求管理员批准新应用后才能安装。',
  // SmartRecruiters
  'API key (SmartToken)': 'API 密钥（SmartToken）',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': '在 SmartRecruiters 中前往 Settings → Admin → Apps & Integrations → Credentials → New credential → API key。',
  'Only SmartRecruiters administrators can create API credentials.': '只有 SmartRecruiters 管理员可以创建 API 凭据。',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': '你登录地址中 .talentlms.com 之前的部分（如为 acme.talentlms.com，则输入“acme”）。',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': '只输入子域名，例如对于 acme.talentlms.com，输入“acme”。',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': '在 TalentLMS 中前往 Account & Settings → Integrations → API，启用 API 并复制 API 密钥。',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API 默认处于关闭状态，且在 Free 套餐或试用期中不可用：需要管理员启用。',
  // Teamtailor
  'Data region': '数据区域',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': '你的 Teamtailor 帐号托管的位置；在美国通过 teamtailor.com 创建的帐号使用北美区域。',
  'North America': '北美',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': '在 Teamtailor 中前往 Settings → Integrations → API keys → New API key，权限范围选“Admin”，权限选“Read”。',
  // Twilio
  'Account SID': '帐号 SID',
  'On the Twilio Console home page, under "Account Info".': '在 Twilio Console 首页的“Account Info”下。',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': '帐号 SID 由“AC”加 32 个十六进制字符组成。',
  'Auth token': '身份验证令牌',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': '在 Console 首页 Account SID 旁边；点击“Show”即可显示。',
  // Workable
  'Account subdomain': '帐号子域名',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': '你登录地址中 .workable.com 之前的部分（如为 acme.workable.com，则输入“acme”）。也显示在 Settings → Company profile 中。',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': '只输入子域名，例如对于 acme.workable.com，输入“acme”。',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': '在 Workable 中前往 Settings → Integrations → Access token → Generate new token，并勾选 r_account、r_jobs 和 r_candidates 权限范围。',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero 会询问要共享哪个组织：每个连接选择一个。',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': '你登录地址中 .zendesk.com 之前的部分（如为 acme.zendesk.com，则输入“acme”）。',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': '只输入子域名，例如对于 acme.zendesk.com，输入“acme”。',
  'Agent e-mail': '客服人员邮箱',
  'The e-mail address of the Zendesk admin or agent the token acts for.': '令牌代为操作的 Zendesk 管理员或客服人员的邮箱地址。',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': '在 Admin Center 中前往 Apps and integrations → APIs → API tokens → Add API token，然后复制。',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': '必须在 Admin Center → Apps and integrations → APIs → Settings 中开启令牌访问。',
  // Zoho CRM
  'Choose your data centre': '选择数据中心',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': '你登录 Zoho 的域名，例如 crm.zoho.eu 表示欧洲。',
  'United States (zoho.com)': '美国（zoho.com）',
  'Europe (zoho.eu)': '欧洲（zoho.eu）',
  'India (zoho.in)': '印度（zoho.in）',
  'Australia (zoho.com.au)': '澳大利亚（zoho.com.au）',
  'Japan (zoho.jp)': '日本（zoho.jp）',
  'Canada (zohocloud.ca)': '加拿大（zohocloud.ca）',
  'Saudi Arabia (zoho.sa)': '沙特阿拉伯（zoho.sa）',
  'United Kingdom (zoho.uk)': '英国（zoho.uk）',
  'China (zoho.com.cn)': '中国（zoho.com.cn）',
};
