import type { ConnectorTextCatalog } from './index.js';

export const ja: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'サンドボックスでは任意のサブドメインが使えます（例: 「acme」）。',
  'Use lower-case letters, digits and dashes, e.g. "acme".': '小文字の英字、数字、ハイフンを使ってください（例: 「acme」）。',
  'Use "sandbox_good" to succeed; any other key is rejected.': '成功させるには「sandbox_good」と入力します。それ以外のキーは拒否されます。',
  'A pretend HR system for trying Connect Hub offline.': 'Connect Hub をオフラインで試すための模擬人事システムです。',
  // Sandbox ATS
  'Region': 'リージョン',
  'Choose a region': 'リージョンを選択',
  'Where the pretend account lives; both regions work.': '模擬アカウントの所在地です。どちらのリージョンでも動作します。',
  'Europe': 'ヨーロッパ',
  'United States': 'アメリカ合衆国',
  'Any whole number, e.g. 4200.': '任意の整数（例: 4200）。',
  'The company ID is a whole number.': '会社 ID は整数です。',
  'Use "demo".': '「demo」と入力します。',
  'Use "sandbox_good" to succeed; anything else is rejected.': '成功させるには「sandbox_good」と入力します。それ以外は拒否されます。',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'これは Connect Hub 自体が提供する模擬採用管理システムです。このサーバーの外には何も送信されません。',
  'Only the password "sandbox_good" is accepted.': 'パスワードは「sandbox_good」のみ受け付けます。',
  'Once connected, the account appears in the host app and in the dashboard.': '接続すると、アカウントがホストアプリとダッシュボードに表示されます。',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Connect Hub をオフラインで試すための模擬採用管理システムです。',
  // Sandbox CRM
  'Consent': '同意',
  'Choose what the pretend provider answers': '模擬プロバイダーの応答を選択',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'サンドボックスのプロバイダーにはログインページがありません。ここでの選択が同意ステップの応答になります。',
  'Approve': '承認',
  'Approve, with an access token that expires at once': '承認（すぐに期限切れになるアクセストークン付き）',
  'Deny': '拒否',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Connect Hub のサンドボックスに組み込まれた OAuth 2.0 サーバー経由で接続する模擬 CRM です。このマシンの外には何も送信されません。',
  // ActiveCampaign
  'Account name': 'アカウント名',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'ActiveCampaign で Settings → Developer を開き、API URL（https://<account>.api-us1.com）をコピーして、<account> の部分を入力します。',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'API URL のアカウント部分だけを入力してください（例: https://acme.api-us1.com なら「acme」）。',
  'Shown below the API URL on Settings → Developer.': 'Settings → Developer の API URL の下に表示されます。',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Asana の開発者コンソール（My settings → Apps → Developer apps）→ Create new token を開きます。',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Ashby で Admin → Integrations → API Keys → New を開き、キーをコピーします。',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby のキーには初期状態で権限がありません。Candidates、Jobs、Hiring Process、API Keys の読み取りを有効にしてください（キーの確認に使う apiKey.info には API Keys: Read が必要です）。',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Attio で Workspace settings → Developers → New access token を開き、レコードとオブジェクト設定への読み取りアクセスを付与します。',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Auth0 Dashboard で Applications → 対象の Machine-to-Machine アプリケーション → Settings を開き、「Domain」をコピーします。',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'ホスト名だけを入力してください（例: 「acme.eu.auth0.com」。https:// とパスは不要）。',
  'On the same Settings tab, copy "Client ID".': '同じ Settings タブで「Client ID」をコピーします。',
  'On the same Settings tab, copy "Client Secret".': '同じ Settings タブで「Client Secret」をコピーします。',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'アプリケーションは、Auth0 Management API に対して少なくとも read:users が許可された Machine-to-Machine アプリである必要があります。',
  // BambooHR
  'Company domain': '会社のドメイン',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'サインインするアドレスの .bamboohr.com より前の部分です（acme.bamboohr.com なら「acme」と入力）。アカウントの API ドキュメントページにも表示されています。',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'サブドメインだけを入力してください（例: acme.bamboohr.com なら「acme」）。',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'BambooHR で自分の名前（右上）→ API Keys → Add New Key をクリックし、キーをコピーします。',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'API キーで読み取れるのは、キーを作成したユーザーが閲覧できる範囲と同じです。完全な管理者権限を持つユーザーで作成してください。',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Brevo でアカウント名 → SMTP & API → API keys → Generate a new API key をクリックします。',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevo の API キーは「xkeysib-」で始まります（SMTP キーはここでは使えません）。',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Cal.com で Settings → Developer → API keys → Add を開き、キーをコピーします。',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.com の API キーは「cal_live_」または「cal_test_」で始まります。',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Calendly で Integrations & apps → API & Webhooks → Get a token now → Generate new token を開き、この連携に必要なスコープを選択します。',
  // Canvas LMS
  'Canvas domain': 'Canvas のドメイン',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Canvas にサインインするアドレス（https:// は不要）。例: acme.instructure.com',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'ホスト名だけを入力してください（例: 「acme.instructure.com」。https:// とパスは不要）。',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Canvas で Account → Settings → Approved Integrations → + New Access Token を開きます。',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Close で Settings → Developer → API Keys → New API Key を開き、キーをコピーします。',
  'Close API keys start with "api_".': 'Close の API キーは「api_」で始まります。',
  // Confluence
  'Site': 'サイト',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'サインインするアドレスの .atlassian.net より前の部分です（acme.atlassian.net なら「acme」と入力）。',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'サブドメインだけを入力してください（例: acme.atlassian.net なら「acme」）。',
  'Atlassian account e-mail': 'Atlassian アカウントのメールアドレス',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'Atlassian へのサインインに使うメールアドレスです。トークンはこのアカウントに属します。',
  'Enter a valid e-mail address.': '有効なメールアドレスを入力してください。',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'id.atlassian.com → Security → Create and manage API tokens → Create API token で作成します（「with scopes」ではない方）。トークンの有効期限は最長 1 年です。',
  // Deel
  'Organization API token': '組織の API トークン',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Deel で More → Developer → Access Tokens → Generate new token を開き、「Organization token」を選んでコピーします。',
  // Docebo
  'Platform domain': 'プラットフォームのドメイン',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Docebo プラットフォームのアドレス（https:// は不要）。例: acme.docebosaas.com、learn.acme.com',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'ホスト名だけを入力してください（例: 「acme.docebosaas.com」。https:// とパスは不要）。',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: そのアプリの Client ID です。',
  'The Client Secret Docebo generated for that OAuth2 app.': 'その OAuth2 アプリ用に Docebo が生成した Client Secret です。',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Docebo のスーパー管理者が「API and SSO」を有効にし、接続先のアプリが Docebo 用に示すリダイレクト URL を指定して API Credentials にアプリケーションを追加する必要があります。そのうえで、ここにクライアント ID とシークレットを入力してください。',
  // Freshdesk
  'Helpdesk domain': 'ヘルプデスクのドメイン',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'サインインするアドレスの .freshdesk.com より前の部分です（acme.freshdesk.com なら「acme」と入力）。',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'サブドメインだけを入力してください（例: acme.freshdesk.com なら「acme」）。',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Freshdesk でプロフィール画像 → Profile settings → 右側の「View API key」をクリックします。',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": '組織のリポジトリの場合、オーナーが「Third-party access」でアプリを承認する必要があることがあります。',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Google Workspace の特権管理者アカウントでサインインしてください。ほかのユーザーはディレクトリを読み取れません。',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Greenhouse で Configure → Dev Center → API Credentials → Create new API credentials を開き、種類「Harvest V3 (OAuth)」を選びます。その Settings タブで候補者、応募、求人、ユーザーの Harvest スコープにチェックを入れ、Client ID をコピーします。',
  'Shown next to the Client ID of the same credential.': '同じ認証情報の Client ID の横に表示されます。',
  'User ID (optional)': 'ユーザー ID（任意）',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": '連携が代理で操作する Greenhouse ユーザーの数値 ID です（監査ログ、権限）。空欄にすると、認証情報の Integration Service User が使われます。',
  'A Greenhouse user ID is a number.': 'Greenhouse のユーザー ID は数値です。',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest v3 の認証情報は Manage Scopes でチェックしたスコープにしかアクセスできません。Candidates、Applications、Jobs、Users の read/list を有効にしてください。',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': '接続する会社の Gusto 管理者としてサインインしてください。',
  // HiBob
  'Service user ID': 'サービスユーザー ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Bob で System settings → Integrations → Automation → Service users → Manage を開き、サービスユーザーを作成して ID をコピーします。',
  'Service user token': 'サービスユーザーのトークン',
  'Shown once when the service user is created; store it before closing the dialog.': 'サービスユーザーの作成時に一度だけ表示されます。ダイアログを閉じる前に保存してください。',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'サービスユーザーには最初は権限がありません。People データを読み取れる権限グループに追加してください。',
  // Humaans
  'API access token': 'API アクセストークン',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Humaans で自分の名前の横の矢印（左上）→ API access tokens → Generate new token をクリックし、View public data（public:read）にチェックを入れ（非公開フィールドも共有する場合は View public and private data も）、コピーします。',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'サインインするコンソールです。console.eu.jumpcloud.com ならヨーロッパです。',
  'India': 'インド',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'JumpCloud Admin Portal でアカウントのイニシャル（右上）→ My API Key → Generate New API Key をクリックします。',
  'Generating a new key revokes the previous one: any integration still using it stops working.': '新しいキーを生成すると以前のキーは無効になり、それを使っている連携は動作しなくなります。',
  // Klaviyo
  'Private API key': 'プライベート API キー',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Klaviyo で Settings → Account → API keys → Create Private API Key を開きます（読み取り専用アクセスで十分です）。',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Klaviyo のプライベートキーは「pk_」で始まります（公開サイト ID は使えません）。',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Lever で Settings → Integrations and API → API Credentials → Generate new key を開きます（スーパー管理者のみ）。',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'API キーを作成できるのは Lever のスーパー管理者だけです。共有するエンドポイント（users、opportunities、postings）の読み取り権限にチェックを入れてください。',
  // Linear
  'Personal API key': '個人 API キー',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Linear で Settings → Account → Security & access → Personal API keys → New API key を開きます。',
  'Linear API keys start with "lin_api_".': 'Linear の API キーは「lin_api_」で始まります。',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Mailchimp でプロフィール → Profile → Extras → API keys → Create A Key をクリックします。',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Mailchimp のキーは、32 文字の 16 進数、ハイフン、データセンターで構成されます（例: 「…-us21」）。',
  'Data centre': 'データセンター',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'API キーのハイフンより後の部分です（「…-us21」なら「us21」と入力）。',
  'Enter the data centre from the end of your key, e.g. "us21".': 'キーの末尾にあるデータセンターを入力してください（例: 「us21」）。',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'ユーザーとグループの読み取りには管理者の同意が必要です。グローバル管理者または特権ロール管理者としてサインインしてください。',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Microsoft 365 の管理者が組織に代わって同意する必要がある場合があります。',
  // Notion
  'Internal integration secret': '内部インテグレーションのシークレット',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'ワークスペースのオーナーが notion.so/profile/integrations（新しいワークスペースでは app.notion.com/developers/connections）で内部インテグレーションを作成し、そのシークレットをコピーします。',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notion のインテグレーションシークレットは「ntn_」で始まります（古いものは「secret_」）。',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'インテグレーションから見えるのは共有されたページだけです。各ページを開き、••• → Connections をクリックしてインテグレーションを追加してください。',
  // Okta
  'Okta domain': 'Okta のドメイン',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Okta 組織のアドレス（https:// は不要）。例: acme.okta.com、または login.acme.com のようなカスタムドメイン',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'ホスト名だけを入力してください（例: 「acme.okta.com」。https:// とパスは不要）。',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Okta Admin Console で Security → API → Tokens → Create token を開き、値をコピーします。',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'トークンには作成した管理者の権限があり、その管理者が無効化されると取り消されます。30 日間使われなかったトークンも取り消されます。読み取り専用の管理者サービスアカウントで作成してください。',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'サインインするアドレスの .onelogin.com より前の部分です（acme.onelogin.com なら「acme」と入力）。',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'サブドメインだけを入力してください（例: acme.onelogin.com なら「acme」）。',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'OneLogin で Administration → Developers → API Credentials → New Credential（「Read users」）を開き、Client ID をコピーします。',
  'Shown next to the Client ID of the same API credential.': '同じ API 認証情報の Client ID の横に表示されます。',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Personio で Settings → API credentials → Create custom integration を開き、名前を付け、読み取りスコープと共有する従業員属性を選んでから、Client ID をコピーします。',
  'Shown once next to the Client ID when the credential is generated.': '認証情報の生成時に Client ID の横に一度だけ表示されます。',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': '認証情報を生成するときに、共有したい従業員属性への読み取りアクセスを付与してください。それ以外の属性は非表示のままです。',
  // Pipedrive
  '40 hexadecimal characters': '16 進数 40 文字',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Pipedrive でプロフィール画像 → Personal preferences → API をクリックし、「Your personal API token」をコピーします。',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Pipedrive の API トークンは 16 進数 40 文字です。',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'QuickBooks の会社のプライマリ管理者または会社管理者としてサインインしてください。',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Settings → Apps and plugins → Personal API tokens に表示されるほか、アプリの URL の「company=」の後にもあります。',
  'The company ID is a number.': '会社 ID は数値です。',
  'On the same page click "+ New token", give it a label and copy the token.': '同じページで「+ New token」をクリックし、ラベルを付けてトークンをコピーします。',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'トークンでできることは、作成者が Recruitee でできることと同じです。管理者として作成してください。',
  // Salesforce
  'Login host': 'ログインホスト',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com、Sandbox なら test.salesforce.com、または My Domain（例: acme.my.salesforce.com、acme--uat.sandbox.my.salesforce.com）。',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'login.salesforce.com、test.salesforce.com、または acme.my.salesforce.com のような My Domain のホストを入力してください（https:// は不要）。',
  // ServiceNow
  'Instance': 'インスタンス',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'サインインするアドレスの .service-now.com より前の部分です（acme.service-now.com なら「acme」と入力）。',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'サブドメインだけを入力してください（例: acme.service-now.com なら「acme」）。',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'この連携用に作成した ServiceNow ユーザーの User ID です（System Security → Users）。',
  'The password of that user.': 'そのユーザーのパスワードです。',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': '連携用ユーザーで「Web service access only」にチェックを入れ、itil ロール（または共有するテーブルの読み取り ACL）を付与します。REST API アクセスの ACL が有効な場合は snc_platform_rest_api_access ロールも付与してください。',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'ワークスペースによっては、新しいアプリをインストールする前に管理者の承認が必要です。',
  // SmartRecruiters
  'API key (SmartToken)': 'API キー（SmartToken）',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'SmartRecruiters で Settings → Admin → Apps & Integrations → Credentials → New credential → API key を開きます。',
  'Only SmartRecruiters administrators can create API credentials.': 'API 認証情報を作成できるのは SmartRecruiters の管理者だけです。',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'サインインするアドレスの .talentlms.com より前の部分です（acme.talentlms.com なら「acme」と入力）。',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'サブドメインだけを入力してください（例: acme.talentlms.com なら「acme」）。',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'TalentLMS で Account & Settings → Integrations → API を開き、API を有効にして API キーをコピーします。',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API は初期状態で無効で、Free プランや試用版では使えません。管理者が有効にする必要があります。',
  // Teamtailor
  'Data region': 'データリージョン',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Teamtailor アカウントがホストされている場所です。米国で teamtailor.com に作成したアカウントは北米を使います。',
  'North America': '北米',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Teamtailor で Settings → Integrations → API keys → New API key を開き、スコープ「Admin」、権限「Read」を選びます。',
  // Twilio
  'Account SID': 'アカウント SID',
  'On the Twilio Console home page, under "Account Info".': 'Twilio Console のホームページの「Account Info」にあります。',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'アカウント SID は「AC」に続く 32 文字の 16 進数です。',
  'Auth token': '認証トークン',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Console のホームページで Account SID の横にあります。「Show」をクリックすると表示されます。',
  // Workable
  'Account subdomain': 'アカウントのサブドメイン',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'サインインするアドレスの .workable.com より前の部分です（acme.workable.com なら「acme」と入力）。Settings → Company profile にも表示されます。',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'サブドメインだけを入力してください（例: acme.workable.com なら「acme」）。',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Workable で Settings → Integrations → Access token → Generate new token を開き、スコープ r_account、r_jobs、r_candidates にチェックを入れます。',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero では共有する組織を尋ねられます。接続ごとに 1 つ選んでください。',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'サインインするアドレスの .zendesk.com より前の部分です（acme.zendesk.com なら「acme」と入力）。',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'サブドメインだけを入力してください（例: acme.zendesk.com なら「acme」）。',
  'Agent e-mail': 'エージェントのメールアドレス',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'トークンが代理で操作する Zendesk の管理者またはエージェントのメールアドレスです。',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Admin Center で Apps and integrations → APIs → API tokens → Add API token を開き、コピーします。',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Admin Center → Apps and integrations → APIs → Settings でトークンアクセスを有効にしておく必要があります。',
  // Zoho CRM
  'Choose your data centre': 'データセンターを選択',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Zoho にサインインするドメインです。例: crm.zoho.eu ならヨーロッパです。',
  'United States (zoho.com)': 'アメリカ合衆国（zoho.com）',
  'Europe (zoho.eu)': 'ヨーロッパ（zoho.eu）',
  'India (zoho.in)': 'インド（zoho.in）',
  'Australia (zoho.com.au)': 'オーストラリア（zoho.com.au）',
  'Japan (zoho.jp)': '日本（zoho.jp）',
  'Canada (zohocloud.ca)': 'カナダ（zohocloud.ca）',
  'Saudi Arabia (zoho.sa)': 'サウジアラビア（zoho.sa）',
  'United Kingdom (zoho.uk)': 'イギリス（zoho.uk）',
  'China (zoho.com.cn)': '中国（zoho.com.cn）',
};
