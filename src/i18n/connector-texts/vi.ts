import type { ConnectorTextCatalog } from './index.js';

export const vi: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'Trong môi trường sandbox, tên miền phụ nào cũng dùng được, ví dụ “acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'Dùng chữ thường, chữ số và dấu gạch ngang, ví dụ “acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'Nhập “sandbox_good” để thành công; mọi khóa khác đều bị từ chối.',
  'A pretend HR system for trying Connect Hub offline.': 'Một hệ thống nhân sự giả lập để dùng thử Connect Hub khi không có mạng.',
  // Sandbox ATS
  'Region': 'Khu vực',
  'Choose a region': 'Chọn khu vực',
  'Where the pretend account lives; both regions work.': 'Nơi đặt tài khoản giả lập; cả hai khu vực đều hoạt động.',
  'Europe': 'Châu Âu',
  'United States': 'Hoa Kỳ',
  'Any whole number, e.g. 4200.': 'Bất kỳ số nguyên nào, ví dụ 4200.',
  'The company ID is a whole number.': 'ID công ty là một số nguyên.',
  'Use "demo".': 'Nhập “demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'Nhập “sandbox_good” để thành công; mọi giá trị khác đều bị từ chối.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'Đây là một hệ thống quản lý tuyển dụng giả lập do chính Connect Hub cung cấp. Không có gì rời khỏi máy chủ này.',
  'Only the password "sandbox_good" is accepted.': 'Chỉ chấp nhận mật khẩu “sandbox_good”.',
  'Once connected, the account appears in the host app and in the dashboard.': 'Sau khi kết nối, tài khoản sẽ xuất hiện trong ứng dụng chủ và trên bảng điều khiển.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Một hệ thống quản lý tuyển dụng giả lập để dùng thử Connect Hub khi không có mạng.',
  // Sandbox CRM
  'Consent': 'Đồng ý',
  'Choose what the pretend provider answers': 'Chọn câu trả lời của nhà cung cấp giả lập',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'Nhà cung cấp sandbox không có trang đăng nhập: lựa chọn này quyết định bước đồng ý của nó trả lời thế nào.',
  'Approve': 'Chấp thuận',
  'Approve, with an access token that expires at once': 'Chấp thuận, kèm mã truy cập hết hạn ngay lập tức',
  'Deny': 'Từ chối',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'Một CRM giả lập kết nối qua máy chủ OAuth 2.0 tích hợp sẵn trong sandbox của Connect Hub; không có gì rời khỏi máy này.',
  // ActiveCampaign
  'Account name': 'Tên tài khoản',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'Trong ActiveCampaign, vào Settings → Developer và sao chép URL API (https://<account>.api-us1.com); nhập phần <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'Chỉ nhập phần tài khoản của URL API, ví dụ “acme” cho https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'Hiển thị bên dưới URL API tại Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Mở bảng điều khiển dành cho nhà phát triển của Asana (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Trong Ashby, vào Admin → Integrations → API Keys → New, rồi sao chép khóa.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Theo mặc định, khóa Ashby không có quyền nào: hãy bật quyền đọc cho Candidates, Jobs, Hiring Process và API Keys (bước kiểm tra khóa, apiKey.info, cần API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Trong Attio, vào Workspace settings → Developers → New access token và cấp quyền đọc bản ghi và cấu hình đối tượng.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Trong Auth0 Dashboard, mở Applications → ứng dụng Machine-to-Machine của bạn → Settings và sao chép “Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'Chỉ nhập tên máy chủ, ví dụ “acme.eu.auth0.com” (không có https://, không có đường dẫn).',
  'On the same Settings tab, copy "Client ID".': 'Trên cùng thẻ Settings, sao chép “Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'Trên cùng thẻ Settings, sao chép “Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'Ứng dụng phải là ứng dụng Machine-to-Machine được cấp quyền cho Auth0 Management API với ít nhất read:users.',
  // BambooHR
  'Company domain': 'Tên miền công ty',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'Phần trước .bamboohr.com trong địa chỉ bạn dùng để đăng nhập (với acme.bamboohr.com, nhập “acme”). Phần này cũng hiển thị trên trang tài liệu API của tài khoản bạn.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'Trong BambooHR, nhấp vào tên của bạn (góc trên bên phải) → API Keys → Add New Key, rồi sao chép khóa.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'Khóa API đọc được đúng những gì người dùng tạo ra nó nhìn thấy. Hãy tạo khóa bằng một người dùng có toàn quyền quản trị.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Trong Brevo, nhấp vào tên tài khoản của bạn → SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Khóa API của Brevo bắt đầu bằng “xkeysib-” (khóa SMTP không dùng được ở đây).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Trong Cal.com, vào Settings → Developer → API keys → Add, rồi sao chép khóa.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Khóa API của Cal.com bắt đầu bằng “cal_live_” hoặc “cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Trong Calendly, vào Integrations & apps → API & Webhooks → Get a token now → Generate new token và chọn các phạm vi (scope) mà tích hợp này cần.',
  // Canvas LMS
  'Canvas domain': 'Tên miền Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'Địa chỉ bạn dùng để đăng nhập Canvas, không có https://, ví dụ acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'Chỉ nhập tên máy chủ, ví dụ “acme.instructure.com” (không có https://, không có đường dẫn).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Trong Canvas, vào Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Trong Close, vào Settings → Developer → API Keys → New API Key, rồi sao chép khóa.',
  'Close API keys start with "api_".': 'Khóa API của Close bắt đầu bằng “api_”.',
  // Confluence
  'Site': 'Trang web',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'Phần trước .atlassian.net trong địa chỉ bạn dùng để đăng nhập (với acme.atlassian.net, nhập “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.atlassian.net.',
  'Atlassian account e-mail': 'Email tài khoản Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'Email bạn dùng để đăng nhập Atlassian; mã thông báo thuộc về tài khoản này.',
  'Enter a valid e-mail address.': 'Nhập địa chỉ email hợp lệ.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'Tạo một mã tại id.atlassian.com → Security → Create and manage API tokens → Create API token (không phải “with scopes”). Mã thông báo hết hạn sau tối đa một năm.',
  // Deel
  'Organization API token': 'Mã thông báo API của tổ chức',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Trong Deel, mở More → Developer → Access Tokens → Generate new token, chọn “Organization token” và sao chép mã.',
  // Docebo
  'Platform domain': 'Tên miền nền tảng',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'Địa chỉ nền tảng Docebo của bạn, không có https://, ví dụ acme.docebosaas.com hoặc learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'Chỉ nhập tên máy chủ, ví dụ “acme.docebosaas.com” (không có https://, không có đường dẫn).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: Client ID của ứng dụng đó.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'Client Secret mà Docebo đã tạo cho ứng dụng OAuth2 đó.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Một siêu quản trị viên Docebo phải bật “API and SSO” và thêm một ứng dụng trong API Credentials, với URL chuyển hướng mà ứng dụng bạn đang kết nối cung cấp cho Docebo; sau đó nhập ID ứng dụng khách và mã bí mật của nó tại đây.',
  // Freshdesk
  'Helpdesk domain': 'Tên miền bộ phận hỗ trợ',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'Phần trước .freshdesk.com trong địa chỉ bạn dùng để đăng nhập (với acme.freshdesk.com, nhập “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Trong Freshdesk, nhấp vào ảnh hồ sơ của bạn → Profile settings → “View API key” ở bên phải.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'Với kho mã của một tổ chức, chủ sở hữu có thể phải phê duyệt ứng dụng trong “Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Đăng nhập bằng tài khoản siêu quản trị viên Google Workspace; người dùng khác không thể đọc thư mục.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Trong Greenhouse, vào Configure → Dev Center → API Credentials → Create new API credentials, loại “Harvest V3 (OAuth)”; trên thẻ Settings của nó, đánh dấu các phạm vi Harvest cho ứng viên, hồ sơ ứng tuyển, vị trí tuyển dụng và người dùng, rồi sao chép Client ID.',
  'Shown next to the Client ID of the same credential.': 'Hiển thị bên cạnh Client ID của cùng thông tin xác thực.',
  'User ID (optional)': 'ID người dùng (không bắt buộc)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'ID dạng số của người dùng Greenhouse mà tích hợp thay mặt hành động (nhật ký kiểm tra, quyền); để trống để dùng Integration Service User của thông tin xác thực.',
  'A Greenhouse user ID is a number.': 'ID người dùng Greenhouse là một số.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Thông tin xác thực Harvest v3 chỉ truy cập được các phạm vi đã đánh dấu trong Manage Scopes: hãy bật read/list cho Candidates, Applications, Jobs và Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'Đăng nhập với tư cách quản trị viên Gusto của công ty bạn muốn kết nối.',
  // HiBob
  'Service user ID': 'ID người dùng dịch vụ',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Trong Bob, vào System settings → Integrations → Automation → Service users → Manage, tạo một người dùng dịch vụ và sao chép ID của nó.',
  'Service user token': 'Mã thông báo người dùng dịch vụ',
  'Shown once when the service user is created; store it before closing the dialog.': 'Chỉ hiển thị một lần khi người dùng dịch vụ được tạo; hãy lưu lại trước khi đóng hộp thoại.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'Người dùng dịch vụ ban đầu không có quyền nào: hãy thêm người dùng này vào một nhóm quyền có thể đọc dữ liệu People.',
  // Humaans
  'API access token': 'Mã truy cập API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Trong Humaans, nhấp vào mũi tên cạnh tên của bạn (góc trên bên trái) → API access tokens → Generate new token, đánh dấu View public data (public:read) — và View public and private data nếu bạn chia sẻ các trường riêng tư — rồi sao chép mã.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'Bảng điều khiển bạn đăng nhập: console.eu.jumpcloud.com nghĩa là châu Âu.',
  'India': 'Ấn Độ',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'Trong JumpCloud Admin Portal, nhấp vào chữ viết tắt tên tài khoản của bạn (góc trên bên phải) → My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'Tạo khóa mới sẽ thu hồi khóa trước đó: mọi tích hợp vẫn còn dùng khóa đó sẽ ngừng hoạt động.',
  // Klaviyo
  'Private API key': 'Khóa API riêng',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Trong Klaviyo, vào Settings → Account → API keys → Create Private API Key (quyền chỉ đọc là đủ).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Khóa riêng của Klaviyo bắt đầu bằng “pk_” (ID trang công khai không dùng được).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Trong Lever, vào Settings → Integrations and API → API Credentials → Generate new key (chỉ siêu quản trị viên).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'Chỉ siêu quản trị viên Lever mới tạo được khóa API; hãy đánh dấu quyền đọc cho các endpoint bạn chia sẻ (users, opportunities, postings).',
  // Linear
  'Personal API key': 'Khóa API cá nhân',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Trong Linear, vào Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'Khóa API của Linear bắt đầu bằng “lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Trong Mailchimp, nhấp vào hồ sơ của bạn → Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Khóa Mailchimp gồm 32 ký tự thập lục phân, một dấu gạch ngang và một trung tâm dữ liệu, ví dụ “…-us21”.',
  'Data centre': 'Trung tâm dữ liệu',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'Phần của khóa API sau dấu gạch ngang (với “…-us21”, nhập “us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'Nhập trung tâm dữ liệu ở cuối khóa của bạn, ví dụ “us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'Việc đọc người dùng và nhóm cần sự đồng ý của quản trị viên: hãy đăng nhập với tư cách Quản trị viên toàn cục hoặc Quản trị viên vai trò đặc quyền.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'Quản trị viên Microsoft 365 của bạn có thể cần cấp sự đồng ý thay mặt tổ chức.',
  // Notion
  'Internal integration secret': 'Mã bí mật tích hợp nội bộ',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'Chủ sở hữu không gian làm việc tạo một tích hợp nội bộ tại notion.so/profile/integrations (không gian làm việc mới hơn: app.notion.com/developers/connections) và sao chép mã bí mật của nó.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Mã bí mật tích hợp Notion bắt đầu bằng “ntn_” (mã cũ hơn bắt đầu bằng “secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'Tích hợp chỉ thấy những trang được chia sẻ với nó: mở từng trang, nhấp vào ••• → Connections và thêm tích hợp.',
  // Okta
  'Okta domain': 'Tên miền Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'Địa chỉ tổ chức Okta của bạn, không có https://, ví dụ acme.okta.com hoặc một tên miền tùy chỉnh như login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'Chỉ nhập tên máy chủ, ví dụ “acme.okta.com” (không có https://, không có đường dẫn).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Trong Okta Admin Console, vào Security → API → Tokens → Create token, rồi sao chép giá trị của nó.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'Mã thông báo có quyền của quản trị viên đã tạo ra nó và bị thu hồi nếu quản trị viên đó bị vô hiệu hóa; mã không dùng trong 30 ngày cũng bị thu hồi. Hãy tạo mã bằng tài khoản dịch vụ quản trị viên chỉ đọc.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'Phần trước .onelogin.com trong địa chỉ bạn dùng để đăng nhập (với acme.onelogin.com, nhập “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'Trong OneLogin, vào Administration → Developers → API Credentials → New Credential (“Read users”), rồi sao chép Client ID.',
  'Shown next to the Client ID of the same API credential.': 'Hiển thị bên cạnh Client ID của cùng thông tin xác thực API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Trong Personio, vào Settings → API credentials → Create custom integration, đặt tên, chọn các phạm vi đọc và các thuộc tính nhân viên cần chia sẻ, rồi sao chép Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'Hiển thị một lần bên cạnh Client ID khi thông tin xác thực được tạo.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'Khi tạo thông tin xác thực, hãy cấp quyền đọc cho các thuộc tính nhân viên bạn muốn chia sẻ; các thuộc tính khác vẫn bị ẩn.',
  // Pipedrive
  '40 hexadecimal characters': '40 ký tự thập lục phân',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Trong Pipedrive, nhấp vào ảnh hồ sơ của bạn → Personal preferences → API, rồi sao chép “Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Mã thông báo API của Pipedrive gồm 40 ký tự thập lục phân.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'Đăng nhập với tư cách quản trị viên chính hoặc quản trị viên công ty của công ty QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Hiển thị tại Settings → Apps and plugins → Personal API tokens, và trong URL của ứng dụng sau “company=”.',
  'The company ID is a number.': 'ID công ty là một số.',
  'On the same page click "+ New token", give it a label and copy the token.': 'Trên cùng trang, nhấp vào “+ New token”, đặt nhãn cho mã rồi sao chép mã thông báo.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'Mã thông báo làm được đúng những gì người tạo ra nó làm được trong Recruitee: hãy tạo mã với tư cách quản trị viên.',
  // Salesforce
  'Login host': 'Máy chủ đăng nhập',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, test.salesforce.com cho sandbox, hoặc My Domain của bạn, ví dụ acme.my.salesforce.com hoặc acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'Nhập login.salesforce.com, test.salesforce.com hoặc một máy chủ My Domain như acme.my.salesforce.com (không có https://).',
  // ServiceNow
  'Instance': 'Phiên bản',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'Phần trước .service-now.com trong địa chỉ bạn dùng để đăng nhập (với acme.service-now.com, nhập “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'User ID của một người dùng ServiceNow được tạo cho tích hợp này (System Security → Users).',
  'The password of that user.': 'Mật khẩu của người dùng đó.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'Đánh dấu “Web service access only” cho người dùng tích hợp và cấp cho nó vai trò itil (hoặc ACL đọc trên các bảng bạn chia sẻ) và, nếu ACL truy cập REST API đang bật, cả vai trò snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'Một số không gian làm việc yêu cầu quản trị viên phê duyệt ứng dụng mới trước khi có thể cài đặt.',
  // SmartRecruiters
  'API key (SmartToken)': 'Khóa API (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'Trong SmartRecruiters, vào Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'Chỉ quản trị viên SmartRecruiters mới tạo được thông tin xác thực API.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'Phần trước .talentlms.com trong địa chỉ bạn dùng để đăng nhập (với acme.talentlms.com, nhập “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'Trong TalentLMS, vào Account & Settings → Integrations → API, bật API và sao chép khóa API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API bị tắt theo mặc định và không có trong gói Free hoặc bản dùng thử: quản trị viên phải bật nó.',
  // Teamtailor
  'Data region': 'Khu vực dữ liệu',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'Nơi lưu trữ tài khoản Teamtailor của bạn; tài khoản tạo trên teamtailor.com tại Hoa Kỳ dùng Bắc Mỹ.',
  'North America': 'Bắc Mỹ',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Trong Teamtailor, vào Settings → Integrations → API keys → New API key, phạm vi “Admin”, quyền “Read”.',
  // Twilio
  'Account SID': 'SID tài khoản',
  'On the Twilio Console home page, under "Account Info".': 'Trên trang chủ Twilio Console, trong mục “Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'SID tài khoản gồm “AC” theo sau là 32 ký tự thập lục phân.',
  'Auth token': 'Mã xác thực',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Bên cạnh Account SID trên trang chủ Console; nhấp vào “Show” để hiện mã.',
  // Workable
  'Account subdomain': 'Tên miền phụ của tài khoản',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'Phần trước .workable.com trong địa chỉ bạn dùng để đăng nhập (với acme.workable.com, nhập “acme”). Phần này hiển thị tại Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Trong Workable, vào Settings → Integrations → Access token → Generate new token và đánh dấu các phạm vi r_account, r_jobs và r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero hỏi tổ chức nào sẽ được chia sẻ: chọn một tổ chức cho mỗi kết nối.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'Phần trước .zendesk.com trong địa chỉ bạn dùng để đăng nhập (với acme.zendesk.com, nhập “acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'Chỉ nhập tên miền phụ, ví dụ “acme” cho acme.zendesk.com.',
  'Agent e-mail': 'Email của nhân viên hỗ trợ',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'Địa chỉ email của quản trị viên hoặc nhân viên hỗ trợ Zendesk mà mã thông báo thay mặt.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Trong Admin Center, vào Apps and integrations → APIs → API tokens → Add API token, rồi sao chép mã.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Quyền truy cập bằng mã thông báo phải được bật trong Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'Chọn trung tâm dữ liệu',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'Tên miền bạn dùng để đăng nhập Zoho, ví dụ crm.zoho.eu nghĩa là châu Âu.',
  'United States (zoho.com)': 'Hoa Kỳ (zoho.com)',
  'Europe (zoho.eu)': 'Châu Âu (zoho.eu)',
  'India (zoho.in)': 'Ấn Độ (zoho.in)',
  'Australia (zoho.com.au)': 'Úc (zoho.com.au)',
  'Japan (zoho.jp)': 'Nhật Bản (zoho.jp)',
  'Canada (zohocloud.ca)': 'Canada (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'Ả Rập Xê Út (zoho.sa)',
  'United Kingdom (zoho.uk)': 'Vương quốc Anh (zoho.uk)',
  'China (zoho.com.cn)': 'Trung Quốc (zoho.com.cn)',
};
