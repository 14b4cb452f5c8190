<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. The server and console versions may not match.</source>
        <translation>无法解析服务器返回的内容，服务器与控制台的版本可能不一致。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The request is incomplete.</source>
        <translation>请求信息不完整。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多，请 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again later.</source>
        <translation>登录失败次数过多，请稍后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>请求过于频繁，请 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation>请求过于频繁，请稍后重试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Someone else saved this record first.</source>
        <translation>此记录已被他人抢先保存。</translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation>缺少记录版本号，请重新加载后重试。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
    <message>
        <source>This record does not exist. It may have been deleted.</source>
        <translation>此记录不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The server does not offer this function. It may be an older version.</source>
        <translation>服务器不支持此功能，可能是旧版本。</translation>
    </message>
    <message>
        <source>An entry with this name already exists.</source>
        <translation>已存在同名条目。</translation>
    </message>
    <message>
        <source>This change conflicts with the current data. Reload and try again.</source>
        <translation>此更改与当前数据冲突，请重新加载后重试。</translation>
    </message>
    <message>
        <source>The data is too large to send.</source>
        <translation>数据量过大，无法发送。</translation>
    </message>
    <message>
        <source>The server could not read the request. The server and console versions may not match.</source>
        <translation>服务器无法解析该请求，服务器与控制台的版本可能不一致。</translation>
    </message>
    <message>
        <source>The list could not be loaded with these settings. Reload the list.</source>
        <translation>无法按当前条件加载列表，请重新加载。</translation>
    </message>
    <message>
        <source>The server ran into an internal error.</source>
        <translation>服务器内部错误。</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a moment.</source>
        <translation>服务器暂时不可用，请稍后重试。</translation>
    </message>
    <message>
        <source>The server ran into an error (HTTP %1).</source>
        <translation>服务器出错（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>the given address</source>
        <translation>指定地址</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Is it running?</source>
        <translation>无法连接服务器 %1，请确认服务已启动。</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>找不到服务器 %1，请检查地址。</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Try again.</source>
        <translation>服务器意外断开连接，请重试。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check the address and the server&apos;s certificate.</source>
        <translation>无法与 %1 建立安全连接，请检查地址和服务器证书。</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection.</source>
        <translation>网络不可用，请检查网络连接。</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check the proxy settings.</source>
        <translation>无法使用代理服务器，请检查代理设置。</translation>
    </message>
    <message>
        <source>The server address is not valid. Use an address such as http://host:port.</source>
        <translation>服务器地址无效，请使用 http://host:port 格式的地址。</translation>
    </message>
    <message>
        <source>The server redirected the request in a way the console does not follow.</source>
        <translation>服务器返回了控制台不支持的重定向。</translation>
    </message>
    <message>
        <source>A network problem stopped the request to %1.</source>
        <translation>网络异常，发往 %1 的请求已中断。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation>值的类型不正确。</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>值超出允许范围。</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>内容过短。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>There are too many entries.</source>
        <translation>条目过多。</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>该值已被使用。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>该值无效。</translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation>此项不可修改。</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>服务器无法识别此字段。</translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation>该值未被接受。</translation>
    </message>
    <message>
        <source>You cannot decide on a partner you created yourself. Ask another reviewer.</source>
        <translation>不能审核自己创建的合作渠道，请由其他审核人员处理。</translation>
    </message>
    <message>
        <source>The file is not a partner CSV that can be imported.</source>
        <translation>该文件不是可导入的合作渠道 CSV 文件。</translation>
    </message>
    <message>
        <source>This request was already sent with different content. Start the action again.</source>
        <translation>此请求已以不同的内容提交过，请重新发起操作。</translation>
    </message>
    <message>
        <source>The same request is still being processed. Try again in a moment.</source>
        <translation>相同的请求仍在处理中，请稍后重试。</translation>
    </message>
    <message>
        <source>This key was already revoked. Reload to see the current keys.</source>
        <translation>此密钥已被吊销，请重新加载以查看当前密钥。</translation>
    </message>
    <message>
        <source>Only a key that is still in use can be rotated. Issue a new key instead.</source>
        <translation>只能轮换仍在使用的密钥，请改为签发新密钥。</translation>
    </message>
    <message>
        <source>This partner group does not exist. Reload the list of groups.</source>
        <translation>此渠道分组不存在，请重新加载分组列表。</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>此行不是 UTF-8 文本，请将文件另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>This line has a different number of cells than the header.</source>
        <translation>此行的单元格数与表头不一致。</translation>
    </message>
    <message>
        <source>A quoted cell on this line is not closed properly.</source>
        <translation>此行有带引号的单元格未正确闭合。</translation>
    </message>
    <message>
        <source>No partner has this id.</source>
        <translation>不存在此 id 的合作渠道。</translation>
    </message>
    <message>
        <source>Someone changed this partner after the file was exported. Export again.</source>
        <translation>文件导出后，此合作渠道已被他人修改，请重新导出。</translation>
    </message>
    <message>
        <source>This partner is terminated or rejected; it gets no new keys.</source>
        <translation>该合作渠道已终止或已被驳回，不再签发新密钥。</translation>
    </message>
    <message>
        <source>Reviewer %1 decided this item while you were looking at it. Reload it to see their decision.</source>
        <translation>审核员 %1 在你查看期间已对该条目作出决定。请重新加载查看其决定。</translation>
    </message>
    <message>
        <source>%1 is reviewing this item right now (they claimed it). Pick another item, or ask them to release it.</source>
        <translation>%1 正在审核该条目（已认领）。请选择其他条目，或请对方释放认领。</translation>
    </message>
    <message>
        <source>Another reviewer is reviewing this item right now. Pick another item.</source>
        <translation>另一位审核员正在审核该条目，请选择其他条目。</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to: rolling back would leave the mini-program offline.</source>
        <translation>没有更早的已发布版本可回滚：回滚会导致小程序下线。</translation>
    </message>
    <message>
        <source>Another version of this mini-program is still in gray release. Release it to everyone or roll it back first.</source>
        <translation>该小程序的另一个版本仍在灰度发布中。请先将其全量发布或回滚。</translation>
    </message>
    <message>
        <source>A gray release can only grow: choose a higher percentage than now.</source>
        <translation>灰度比例只能调高：请选择比当前更高的比例。</translation>
    </message>
    <message>
        <source>This version is already released to everyone.</source>
        <translation>该版本已全量发布。</translation>
    </message>
    <message>
        <source>The percentage must be between 1 and 100.</source>
        <translation>比例必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>The partner has revoked Kepler&apos;s authorisation for this mini-program.</source>
        <translation>合作渠道已撤销对该小程序的开普勒授权。</translation>
    </message>
    <message>
        <source>The partner has used up this month&apos;s submissions.</source>
        <translation>合作渠道本月的提审次数已用完。</translation>
    </message>
    <message>
        <source>The partner has withdrawn too many submissions today or this month.</source>
        <translation>合作渠道今日或本月撤回提审的次数已达上限。</translation>
    </message>
    <message>
        <source>The file is not a PNG or JPEG image.</source>
        <translation>该文件不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>This step is not possible in the current state. Reload to see what changed.</source>
        <translation>当前状态下无法执行此操作。请重新加载查看变化。</translation>
    </message>
    <message>
        <source>%1 saved this record while you were editing it. Your edits are kept; load their version to compare.</source>
        <translation>您编辑期间 %1 已保存了这条记录。您的修改仍保留；可载入对方的版本进行对比。</translation>
    </message>
    <message>
        <source>Enter an e-mail address, like name@example.com.</source>
        <translation>请输入电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces and + - ( ).</source>
        <translation>电话号码只能包含数字、空格和 + - ( )。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下值之一：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another admin to do it.</source>
        <translation>不能停用自己的账号。请让其他管理员操作。</translation>
    </message>
    <message>
        <source>You cannot remove your own admin role. Ask another admin to do it.</source>
        <translation>不能移除自己的管理员角色。请让其他管理员操作。</translation>
    </message>
    <message>
        <source>The lowest price is above the highest.</source>
        <translation>最低价高于最高价。</translation>
    </message>
    <message>
        <source>Use 3 to 32 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>请使用 3 到 32 个小写字母、数字、“.”、“_”或“-”，并以字母开头。</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Partner created</source>
        <translation>创建合作渠道</translation>
    </message>
    <message>
        <source>Partner edited</source>
        <translation>编辑合作渠道</translation>
    </message>
    <message>
        <source>Partner submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Partner approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Partner rejected</source>
        <translation>审核驳回</translation>
    </message>
    <message>
        <source>Partner suspended</source>
        <translation>暂停合作渠道</translation>
    </message>
    <message>
        <source>Partner resumed</source>
        <translation>恢复合作渠道</translation>
    </message>
    <message>
        <source>Partner terminated</source>
        <translation>终止合作渠道</translation>
    </message>
    <message>
        <source>App key issued</source>
        <translation>签发应用密钥</translation>
    </message>
    <message>
        <source>App key rotated</source>
        <translation>轮换应用密钥</translation>
    </message>
    <message>
        <source>App key revoked</source>
        <translation>吊销应用密钥</translation>
    </message>
    <message>
        <source>Partner created by import</source>
        <translation>导入新建合作渠道</translation>
    </message>
    <message>
        <source>Partner updated by import</source>
        <translation>导入更新合作渠道</translation>
    </message>
    <message>
        <source>Group defaults changed</source>
        <translation>修改分组默认值</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>登录会话</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>修改了：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Partners: everything</source>
        <translation>合作渠道：全部</translation>
    </message>
    <message>
        <source>Partners: edits</source>
        <translation>合作渠道：编辑</translation>
    </message>
    <message>
        <source>Partners: suspensions</source>
        <translation>合作渠道：暂停</translation>
    </message>
    <message>
        <source>Partners: approvals</source>
        <translation>合作渠道：审核通过</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Sign-ins and sign-outs</source>
        <translation>登录与退出</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Daily order cap</source>
        <translation>每日订单上限</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>吊销时间</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>吊销人</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Mini-program authorised</source>
        <translation>小程序已授权</translation>
    </message>
    <message>
        <source>Mini-program authorisation revoked</source>
        <translation>小程序授权已撤销</translation>
    </message>
    <message>
        <source>Mini-program draft created</source>
        <translation>小程序草稿已创建</translation>
    </message>
    <message>
        <source>Mini-program submitted for review</source>
        <translation>小程序已提交审核</translation>
    </message>
    <message>
        <source>Mini-program submission withdrawn</source>
        <translation>小程序提审已撤回</translation>
    </message>
    <message>
        <source>Mini-program approved</source>
        <translation>小程序审核通过</translation>
    </message>
    <message>
        <source>Mini-program rejected</source>
        <translation>小程序审核驳回</translation>
    </message>
    <message>
        <source>Mini-program review delayed</source>
        <translation>小程序审核暂缓</translation>
    </message>
    <message>
        <source>Mini-program released</source>
        <translation>小程序已发布</translation>
    </message>
    <message>
        <source>Mini-program rolled back</source>
        <translation>小程序已回滚</translation>
    </message>
    <message>
        <source>Mini-program AppID</source>
        <translation>小程序 AppID</translation>
    </message>
    <message>
        <source>Code version</source>
        <translation>代码版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Privacy declaration</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Partner&apos;s notes</source>
        <translation>合作渠道备注</translation>
    </message>
    <message>
        <source>Gray release %</source>
        <translation>灰度比例 %</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>合作渠道 ID</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <source>%1 % of users</source>
        <translation>%1% 的用户</translation>
    </message>
    <message>
        <source>Mini-programs: everything</source>
        <translation>小程序：全部</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Product pool</source>
        <translation>商品池</translation>
    </message>
    <message>
        <source>Pricing rule</source>
        <translation>定价规则</translation>
    </message>
    <message>
        <source>Pricing policy</source>
        <translation>定价策略</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>All sessions ended</source>
        <translation>结束全部会话</translation>
    </message>
    <message>
        <source>Annotation added</source>
        <translation>添加标注</translation>
    </message>
    <message>
        <source>Annotation deleted</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Product pool created</source>
        <translation>创建商品池</translation>
    </message>
    <message>
        <source>Product pool edited</source>
        <translation>编辑商品池</translation>
    </message>
    <message>
        <source>Pricing rule created</source>
        <translation>创建定价规则</translation>
    </message>
    <message>
        <source>Pricing rule edited</source>
        <translation>编辑定价规则</translation>
    </message>
    <message>
        <source>Pricing rule activated</source>
        <translation>启用定价规则</translation>
    </message>
    <message>
        <source>Pricing rule deactivated</source>
        <translation>停用定价规则</translation>
    </message>
    <message>
        <source>Pricing policy changed</source>
        <translation>修改定价策略</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Rate limit in effect</source>
        <translation>生效的限流</translation>
    </message>
    <message>
        <source>Rate limit comes from</source>
        <translation>限流来源</translation>
    </message>
    <message>
        <source>Daily order cap in effect</source>
        <translation>生效的每日订单上限</translation>
    </message>
    <message>
        <source>Daily order cap comes from</source>
        <translation>每日订单上限来源</translation>
    </message>
    <message>
        <source>Set for this partner</source>
        <translation>单独设置</translation>
    </message>
    <message>
        <source>The partner&apos;s group</source>
        <translation>所属分组</translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation>平台默认值</translation>
    </message>
</context>
<context>
    <name>Kepler::ApiJob</name>
    <message>
        <source>The console is not connected to a server.</source>
        <translation>控制台未连接服务器。</translation>
    </message>
    <message>
        <source>The server address is not valid. Use an address such as http://host:port.</source>
        <translation>服务器地址无效，请使用 http://host:port 格式的地址。</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>您尚未登录。</translation>
    </message>
</context>
<context>
    <name>Kepler::AuditDiffModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>Kepler::AuditListModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Kepler::AuditLogPage</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Who (username)</source>
        <translation>操作人（用户名）</translation>
    </message>
    <message>
        <source>Filter by who</source>
        <translation>按操作人筛选</translation>
    </message>
    <message>
        <source>About, e.g. partner:12</source>
        <translation>对象，例如：partner:12</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>按对象筛选</translation>
    </message>
    <message>
        <source>An entity type (partner, user, session) or one entity as type:id</source>
        <translation>对象类型（partner、user、session），或以 type:id 形式指定单个对象</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>指定日期范围…</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>按时间筛选</translation>
    </message>
    <message>
        <source>From this day (inclusive)</source>
        <translation>开始日期（含当天）</translation>
    </message>
    <message>
        <source>To this day (inclusive)</source>
        <translation>结束日期（含当天）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Only changed fields</source>
        <translation>仅显示有变化的字段</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>变更前后</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see what changed.</source>
        <translation>选择一行以查看变更内容。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>By %1 on %2</source>
        <translation>由 %1 于 %2 操作</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>Kepler::AvailabilityPage</name>
    <message>
        <source>SLO per partner — could not be loaded: %1</source>
        <translation>各合作渠道 SLO — 加载失败：%1</translation>
    </message>
    <message>
        <source>SLO per partner, worst burn first — target %1 (double-click to open)</source>
        <translation>各合作渠道 SLO（消耗最快的在前）— 目标 %1（双击打开）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Burn-rate alert fired</source>
        <translation>燃烧率告警触发</translation>
    </message>
    <message>
        <source>No burn-rate alert fired in this range.</source>
        <translation>此时间范围内没有燃烧率告警。</translation>
    </message>
    <message>
        <source>Mark a moment</source>
        <translation>标记时刻</translation>
    </message>
    <message>
        <source>Note for now (%1), shown to everyone:</source>
        <translation>为当前时刻（%1）添加备注，所有人可见：</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>Mark a moment…</source>
        <translation>标记时刻…</translation>
    </message>
    <message>
        <source>Add a note at the current time (a release, an incident); everyone sees it on these charts.</source>
        <translation>在当前时刻添加备注（发布、故障等），所有人都能在这些图表上看到。</translation>
    </message>
    <message>
        <source>Success ratio</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Latency p50 / p95 / p99</source>
        <translation>延迟 p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>Error budget left (30 days)</source>
        <translation>剩余错误预算（30 天）</translation>
    </message>
    <message>
        <source>SLO per partner, worst burn first (double-click to open)</source>
        <translation>各合作渠道 SLO（消耗最快的在前，双击打开）</translation>
    </message>
    <message numerus="yes">
        <source>Burn-rate alerts fired %n time(s) in this range (dashed markers on the success ratio).</source>
        <translation>
            <numerusform>此时间范围内燃烧率告警触发了 %n 次（成功率图上的虚线标记）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::BulkActionWizard</name>
    <message numerus="yes">
        <source>Bulk action on %n partner(s)</source>
        <translation>
            <numerusform>批量操作（%n 个合作渠道）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose what to do with the %n selected partner(s).</source>
        <translation>
            <numerusform>请选择要对所选的 %n 个合作渠道执行的操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Move to a group</source>
        <translation>移至分组</translation>
    </message>
    <message>
        <source>What happened, for each partner&apos;s timeline</source>
        <translation>发生了什么，将记入每个合作渠道的时间线</translation>
    </message>
    <message>
        <source>e.g. 11.11</source>
        <translation>例如：11.11</translation>
    </message>
    <message>
        <source>No group (platform defaults)</source>
        <translation>不分组（使用平台默认值）</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>预计结果</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>尚未写入任何更改。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>重试失败项(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>保存结果(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>不填写原因</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will be suspended.</source>
        <translation>
            <numerusform>将暂停 %n 个合作渠道。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will be resumed.</source>
        <translation>
            <numerusform>将恢复 %n 个合作渠道。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will get the tag &quot;%1&quot;.</source>
        <translation>
            <numerusform>将为 %n 个合作渠道添加标签“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will lose the tag &quot;%1&quot;.</source>
        <translation>
            <numerusform>将移除 %n 个合作渠道的标签“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will move to: %1.</source>
        <translation>
            <numerusform>将把 %n 个合作渠道移至：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: the partner is %1.</source>
        <translation>跳过：该合作渠道当前为“%1”状态。</translation>
    </message>
    <message>
        <source>Skipped: it already has this tag.</source>
        <translation>跳过：已有此标签。</translation>
    </message>
    <message>
        <source>Skipped: it does not have this tag.</source>
        <translation>跳过：没有此标签。</translation>
    </message>
    <message>
        <source>Skipped: it is already in this group.</source>
        <translation>跳过：已在此分组中。</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>将变更</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm: change %n partner(s)</source>
        <translation>
            <numerusform>确认：变更 %n 个合作渠道(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>该合作渠道已不存在。</translation>
    </message>
    <message>
        <source>Not changed: the partner is now %1.</source>
        <translation>未变更：该合作渠道当前为“%1”状态。</translation>
    </message>
    <message>
        <source>Not changed: the partner has the most tags allowed.</source>
        <translation>未变更：该合作渠道的标签数已达上限。</translation>
    </message>
    <message>
        <source>Not changed (%1).</source>
        <translation>未变更（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n partner(s) done.</source>
        <translation>
            <numerusform>正在提交…已完成 %1 个，共 %n 个合作渠道。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n partner(s) could not be changed.</source>
        <translation>
            <numerusform>已结束：%n 个合作渠道未能变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: every change was saved.</source>
        <translation>已完成：所有更改均已保存。</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>bulk-results.csv</source>
        <translation>bulk-results.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>&amp;Check the effect…</source>
        <translation>查看影响(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will be skipped (see below).</source>
        <translation>
            <numerusform>另有 %n 个合作渠道将被跳过（见下方）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::BulkPartnersJob</name>
    <message>
        <source>No partners are selected.</source>
        <translation>未选择合作渠道。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n partner(s) can be changed in one request.</source>
        <translation>
            <numerusform>每次请求最多可变更 %n 个合作渠道。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::BulkResultsTable</name>
    <message>
        <source>Partner</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Kepler::CatalogPage</name>
    <message>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>A price must be an amount in yuan, e.g. 99 or 199.90.</source>
        <translation>价格须为以元为单位的金额，例如 99 或 199.90。</translation>
    </message>
    <message>
        <source>The lowest price is above the highest.</source>
        <translation>最低价高于最高价。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1+ SKUs</source>
        <translation>%1+ 个 SKU</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n 个 SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>No SKU selected</source>
        <translation>未选择 SKU</translation>
    </message>
    <message>
        <source>Select a SKU to see its prices, margin and stock.</source>
        <translation>选择一个 SKU 查看其价格、毛利和库存。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>经营方式</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (delisted)</source>
        <translation>否（已下架）</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>无法加载商品目录：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Search name or SKU keyword…</source>
        <translation>搜索名称或 SKU 关键词…</translation>
    </message>
    <message>
        <source>All sellers</source>
        <translation>全部经营方式</translation>
    </message>
    <message>
        <source>Self-operated</source>
        <translation>自营</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>价格（¥）</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>SKU number</source>
        <translation>SKU 编号</translation>
    </message>
    <message>
        <source>Price, low to high</source>
        <translation>价格从低到高</translation>
    </message>
    <message>
        <source>Price, high to low</source>
        <translation>价格从高到低</translation>
    </message>
    <message>
        <source>Stock, most first</source>
        <translation>库存从多到少</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
</context>
<context>
    <name>Kepler::CatalogSkuModel</name>
    <message>
        <source>Self-operated</source>
        <translation>自营</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>经营方式</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>Kepler::CategoryNamesLabel</name>
    <message>
        <source> · </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kepler::CategoryPickerDialog</name>
    <message>
        <source>Choose categories</source>
        <translation>选择类目</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>A ticked category holds every category below it.</source>
        <translation>勾选的类目包含其下所有类目。</translation>
    </message>
    <message>
        <source>Categories to include</source>
        <translation>要包含的类目</translation>
    </message>
</context>
<context>
    <name>Kepler::ChangePricingRuleStatusJob</name>
    <message>
        <source>No pricing rule is selected.</source>
        <translation>未选择定价规则。</translation>
    </message>
</context>
<context>
    <name>Kepler::ChartStateOverlay</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation>无法加载数据：%1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>此时间范围内没有数据</translation>
    </message>
</context>
<context>
    <name>Kepler::ClaimReviewJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>未选择审核条目。</translation>
    </message>
</context>
<context>
    <name>Kepler::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Go to a page, run a command or open a partner…</source>
        <translation>转到页面、执行命令或打开合作渠道…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>匹配的命令</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ 选择 · Enter 执行 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>Kepler::CommandPaletteModel</name>
    <message>
        <source>Partner #%1</source>
        <translation>合作渠道 #%1</translation>
    </message>
    <message>
        <source>%1 · partner #%2</source>
        <translation>%1 · 合作渠道 #%2</translation>
    </message>
</context>
<context>
    <name>Kepler::ConnectionBar</name>
    <message>
        <source>The platform at %1 does not answer. The console keeps trying and carries on when it is back; what you typed stays here.</source>
        <translation>%1 上的平台没有响应。控制台会继续尝试，恢复后自动继续；您输入的内容都会保留。</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>已重新连接到 %1。</translation>
    </message>
</context>
<context>
    <name>Kepler::ConsoleController</name>
    <message>
        <source>No system keychain: sign-in is kept for this session only</source>
        <translation>系统凭据存储不可用：登录状态仅在本次运行期间保留</translation>
    </message>
    <message>
        <source>Starting the demo platform…</source>
        <translation>正在启动演示平台…</translation>
    </message>
    <message>
        <source>Could not sign in to the demo platform: %1</source>
        <translation>无法登录演示平台：%1</translation>
    </message>
    <message>
        <source>Your saved sign-in has ended. Please sign in again.</source>
        <translation>已保存的登录信息已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The system keychain did not answer; your sign-in will be kept for this session only.</source>
        <translation>系统凭据存储无响应，登录状态仅在本次运行期间保留。</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your unsaved edits are kept.</source>
        <translation>登录已失效，请重新登录后继续；未保存的修改已保留。</translation>
    </message>
    <message>
        <source>Kepler Console</source>
        <translation>开普勒控制台</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>Kepler::CreateAnnotationJob</name>
    <message>
        <source>Write a note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message numerus="yes">
        <source>A note has at most %n character(s).</source>
        <translation>
            <numerusform>备注最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a time.</source>
        <translation>请选择时间。</translation>
    </message>
</context>
<context>
    <name>Kepler::CreatePartnerJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::CreatePoolJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::CreatePricingRuleJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::CreateSessionJob</name>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>Kepler::CreateUserJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::CredentialStore</name>
    <message>
        <source>Your sign-in will not be remembered: no system keychain is available.</source>
        <translation>无法记住登录状态：系统凭据存储不可用。</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>系统凭据存储响应超时。</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the system keychain.</source>
        <translation>无法从系统凭据存储中删除登录信息。</translation>
    </message>
</context>
<context>
    <name>Kepler::CustomRangePopup</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
</context>
<context>
    <name>Kepler::DashboardPage</name>
    <message>
        <source>Unidentified callers</source>
        <translation>未识别的调用方</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>合作渠道 %1</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>per 15 minutes</source>
        <translation>每 15 分钟</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>per 6 hours</source>
        <translation>每 6 小时</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chart&apos;s title and what each of its points counts, e.g. &quot;Orders (per hour)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Kepler::DashboardSeries</name>
    <message>
        <source>Valid orders</source>
        <translation>有效订单</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>无效订单</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>剩余错误预算</translation>
    </message>
</context>
<context>
    <name>Kepler::DecideReviewJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>未选择审核条目。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>备注过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This decision is not possible while the submission is %1.</source>
        <translation>提审处于“%1”状态时无法作出此决定。</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>This reason does not fit this decision.</source>
        <translation>该原因不适用于此决定。</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>请填写说明原因的备注。</translation>
    </message>
    <message>
        <source>A partner application cannot be delayed; approve or reject it.</source>
        <translation>合作渠道入驻申请不能暂缓，请通过或驳回。</translation>
    </message>
    <message>
        <source>This decision is not possible while the partner is %1.</source>
        <translation>合作渠道处于“%1”状态时无法作出此决定。</translation>
    </message>
</context>
<context>
    <name>Kepler::DeleteAnnotationJob</name>
    <message>
        <source>Choose an annotation.</source>
        <translation>请选择一条标注。</translation>
    </message>
</context>
<context>
    <name>Kepler::DemoLauncher</name>
    <message>
        <source>Could not start the demo platform (%1).</source>
        <translation>无法启动演示平台（%1）。</translation>
    </message>
    <message>
        <source>The platform program kepler-platform was not found next to the console or on PATH.</source>
        <translation>在控制台所在目录及 PATH 中均未找到平台程序 kepler-platform。</translation>
    </message>
    <message>
        <source>The demo platform started but did not say where it listens.</source>
        <translation>演示平台已启动，但未报告监听地址。</translation>
    </message>
    <message>
        <source>The demo platform stopped (exit code %1). %2</source>
        <translation>演示平台已停止（退出码 %1）。%2</translation>
    </message>
</context>
<context>
    <name>Kepler::ExplainPriceJob</name>
    <message>
        <source>Choose a partner.</source>
        <translation>请选择合作渠道。</translation>
    </message>
    <message>
        <source>Enter a SKU id.</source>
        <translation>请输入 SKU 编号。</translation>
    </message>
</context>
<context>
    <name>Kepler::FilterButton</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1：已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::GetCatalogSkuJob</name>
    <message>
        <source>No SKU is selected.</source>
        <translation>未选择 SKU。</translation>
    </message>
</context>
<context>
    <name>Kepler::GetPartnerJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>未选择合作渠道。</translation>
    </message>
</context>
<context>
    <name>Kepler::GetPoolJob</name>
    <message>
        <source>No pool is selected.</source>
        <translation>未选择商品池。</translation>
    </message>
</context>
<context>
    <name>Kepler::GetPricingRuleJob</name>
    <message>
        <source>No pricing rule is selected.</source>
        <translation>未选择定价规则。</translation>
    </message>
</context>
<context>
    <name>Kepler::GetReviewJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>未选择审核条目。</translation>
    </message>
</context>
<context>
    <name>Kepler::GetScreenshotJob</name>
    <message>
        <source>No screenshot is selected.</source>
        <translation>未选择截图。</translation>
    </message>
</context>
<context>
    <name>Kepler::GetUserJob</name>
    <message>
        <source>No account is selected.</source>
        <translation>未选择账号。</translation>
    </message>
</context>
<context>
    <name>Kepler::GoToPartnerDialog</name>
    <message>
        <source>Go to partner</source>
        <translation>转到合作渠道</translation>
    </message>
    <message>
        <source>Name, English name, contact, tag or ID</source>
        <translation>名称、英文名称、联系人、标签或 ID</translation>
    </message>
    <message>
        <source>Loading all partners…</source>
        <translation>正在加载全部合作渠道…</translation>
    </message>
    <message>
        <source>No partner matches.</source>
        <translation>没有匹配的合作渠道。</translation>
    </message>
    <message>
        <source>%1 of %2 partners · ↑↓ to choose, Enter to open</source>
        <translation>显示 %1 个，共 %2 个合作渠道 · 按 ↑↓ 选择，按 Enter 打开</translation>
    </message>
    <message>
        <source>Matching partners</source>
        <translation>匹配的合作渠道</translation>
    </message>
</context>
<context>
    <name>Kepler::ImportPartnersJob</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>Kepler::ImportPreviewModel</name>
    <message>
        <source>The file lacks the columns %1. Export partners to see the expected columns.</source>
        <translation>文件缺少以下列：%1。可先导出合作渠道，查看所需的列。</translation>
    </message>
    <message>
        <source>The import does not know the columns %1. Export partners to see the expected columns.</source>
        <translation>无法识别以下列：%1。可先导出合作渠道，查看所需的列。</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>第 %1 行不是 UTF-8 文本，请将文件另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The quoted cell starting on line %1 never ends.</source>
        <translation>从第 %1 行开始的带引号单元格缺少结束引号。</translation>
    </message>
    <message>
        <source>The file holds no partners.</source>
        <translation>文件中没有合作渠道数据。</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kepler::ImportWizard</name>
    <message>
        <source>Import partners</source>
        <translation>导入合作渠道</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>选择其他文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a CSV file in UTF-8, for example one exported from this list and edited in a spreadsheet. Rows with an id update that partner; rows without one add a new partner. The file is checked first: nothing is written until you confirm.</source>
        <translation>请选择 UTF-8 编码的 CSV 文件，例如从此列表导出并在电子表格中编辑过的文件。有 id 的行将更新对应的合作渠道，没有 id 的行将新建合作渠道。系统会先预检文件，在您确认之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>仅显示有问题的行(&amp;P)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file is larger than 16 MiB. Split it into smaller files.</source>
        <translation>文件超过 16 MiB，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Checking the file… Nothing is written yet.</source>
        <translation>正在预检文件…尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Importing… All rows are written together, or none.</source>
        <translation>正在导入…所有行将一并写入，要么全部不写入。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Fix the rows in red in the file and choose it again; the import writes all rows or none.</source>
        <translation>尚未写入任何数据。请在文件中修正标红的行后重新选择该文件；导入时所有行要么全部写入，要么全部不写入。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes these changes.</source>
        <translation>尚未写入任何数据。点击“导入”将写入以上更改。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. The file matches the partners as they are.</source>
        <translation>尚未写入任何数据。文件内容与现有合作渠道一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>新建 %n 个合作渠道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>无变化 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>导入完成：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) created</source>
        <translation>
            <numerusform>新建 %n 个合作渠道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: partners changed on the server since the check. Fix the rows in red and choose the file again.</source>
        <translation>未写入任何内容：预检之后服务器上的合作渠道已发生变化。请修正标红的行后重新选择文件。</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
</context>
<context>
    <name>Kepler::IssuePartnerKeyJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>未选择合作渠道。</translation>
    </message>
</context>
<context>
    <name>Kepler::KeyboardCommands</name>
    <message>
        <source>&amp;Command palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>Kepler::LanguageManager</name>
    <message>
        <source>Kepler Console</source>
        <translation>开普勒控制台</translation>
    </message>
</context>
<context>
    <name>Kepler::ListAnnotationsJob</name>
    <message>
        <source>The end of the time range must be later than its start.</source>
        <translation>时间范围的结束必须晚于开始。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListAuditJob</name>
    <message>
        <source>A page must hold between 1 and %1 events.</source>
        <translation>每页事件数须在 1 到 %1 之间。</translation>
    </message>
    <message numerus="yes">
        <source>A filter is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>筛选条件过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the time window must be later than its start.</source>
        <translation>时间范围的结束时间须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListCatalogSkusJob</name>
    <message>
        <source>A page must hold between 1 and %1 items.</source>
        <translation>每页须包含 1 到 %1 条。</translation>
    </message>
    <message>
        <source>The keyword is too long (at most %1 characters).</source>
        <translation>关键词过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The lowest price is above the highest.</source>
        <translation>最低价高于最高价。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListPartnerKeysJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>未选择合作渠道。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListPartnersJob</name>
    <message>
        <source>A page must hold between 1 and %1 partners.</source>
        <translation>每页合作渠道数须在 1 到 %1 之间。</translation>
    </message>
    <message numerus="yes">
        <source>The search text is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>搜索内容过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>列表不支持按此列排序。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListPoolSkusJob</name>
    <message>
        <source>No pool is selected.</source>
        <translation>未选择商品池。</translation>
    </message>
    <message>
        <source>A page must hold between 1 and %1 items.</source>
        <translation>每页须包含 1 到 %1 条。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListReviewsJob</name>
    <message>
        <source>A page must hold between 1 and %1 items.</source>
        <translation>每页条目数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>This kind of review item does not exist.</source>
        <translation>不存在这种类型的审核条目。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListSessionsJob</name>
    <message>
        <source>Choose an account.</source>
        <translation>请选择一个账号。</translation>
    </message>
</context>
<context>
    <name>Kepler::ListUsersJob</name>
    <message>
        <source>A page must hold between 1 and %1 accounts.</source>
        <translation>每页账号数须在 1 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>Kepler::LoginDialog</name>
    <message>
        <source>Sign in — Kepler Console</source>
        <translation>登录 — 开普勒控制台</translation>
    </message>
    <message>
        <source>Sign in to the Kepler open platform</source>
        <translation>登录开普勒开放平台</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Address of the platform service, e.g. https://kepler.example.com</source>
        <translation>平台服务地址，例如：https://kepler.example.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在此电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps your sign-in in the system keychain, never in a plain file</source>
        <translation>登录信息保存在系统凭据存储中，绝不以明文文件保存</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. http://127.0.0.1:8470.</source>
        <translation>请输入服务器地址，例如：http://127.0.0.1:8470。</translation>
    </message>
</context>
<context>
    <name>Kepler::MainWindow</name>
    <message>
        <source>About Kepler Console</source>
        <translation>关于开普勒控制台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kepler Console&lt;/b&gt; %1&lt;br&gt;Operations console of the Kepler open platform (开普勒开放平台).&lt;br&gt;Built with Qt %2.</source>
        <translation>&lt;b&gt;开普勒控制台&lt;/b&gt; %1&lt;br&gt;开普勒开放平台运营控制台。&lt;br&gt;基于 Qt %2 构建。</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>合作渠道(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>员工账号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find partner…</source>
        <translation>查找合作渠道(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kepler Console</source>
        <translation>关于开普勒控制台(&amp;A)</translation>
    </message>
    <message>
        <source>Demo data: this console runs against a local demo platform with generated partners. Nothing here is real, and changes stay on this computer.</source>
        <translation>演示数据：当前连接的是本地演示平台，合作渠道均为生成的数据。此处内容均非真实数据，所做更改仅保存在本机。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation>对 %1 的修改尚未保存，是否放弃？</translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved edits are still here; sign in to save them.</source>
        <translation>您已退出登录。未保存的修改仍保留在此，请登录后保存。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go to partner…</source>
        <translation>转到合作渠道(&amp;G)…</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>合作渠道(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>审核（%1）</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审核</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for a decision</source>
        <translation>
            <numerusform>%n 个条目待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>商品池</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Product p&amp;ools</source>
        <translation>商品池(&amp;O)</translation>
    </message>
    <message>
        <source>Pr&amp;icing</source>
        <translation>定价(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>商品目录(&amp;C)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>概览(&amp;V)</translation>
    </message>
    <message>
        <source>Availa&amp;bility</source>
        <translation>可用性(&amp;B)</translation>
    </message>
    <message>
        <source>Or&amp;ders</source>
        <translation>订单(&amp;D)</translation>
    </message>
    <message>
        <source>Signed-in s&amp;essions…</source>
        <translation>登录会话(&amp;E)…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Writing the demo&apos;s 30-day history: %1 %</source>
        <translation>正在写入演示的 30 天历史数据：%1%</translation>
    </message>
    <message>
        <source>The first start of demo mode sends 30 days of simulated partner calls to the platform. The dashboards fill in as it goes and reload when it is done; everything else works meanwhile.</source>
        <translation>演示模式首次启动时会向平台发送 30 天的模拟合作渠道调用。仪表板随之逐步填充，完成后自动刷新；其他功能在此期间均可正常使用。</translation>
    </message>
</context>
<context>
    <name>Kepler::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>Kepler::MetricsDecode</name>
    <message>
        <source>The end of the time range must be later than its start.</source>
        <translation>时间范围的结束必须晚于开始。</translation>
    </message>
    <message>
        <source>%1 is not a step the service knows.</source>
        <translation>%1 不是服务支持的时间粒度。</translation>
    </message>
    <message>
        <source>The figures cannot be grouped by %1.</source>
        <translation>数据无法按 %1 分组。</translation>
    </message>
    <message>
        <source>Choose a partner.</source>
        <translation>请选择合作渠道。</translation>
    </message>
</context>
<context>
    <name>Kepler::MetricsOrdersJob</name>
    <message>
        <source>Orders are not counted per gateway service.</source>
        <translation>订单不按网关服务统计。</translation>
    </message>
</context>
<context>
    <name>Kepler::OrdersPage</name>
    <message>
        <source>The ranking could not be loaded: %1</source>
        <translation>排行加载失败：%1</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>其他合作渠道</translation>
    </message>
    <message>
        <source>No partner is over the threshold.</source>
        <translation>没有合作渠道超过阈值。</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) over the threshold (in red): review their orders.</source>
        <translation>
            <numerusform>%n 个合作渠道超过阈值（红色）：请复核其订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Valid and invalid orders</source>
        <translation>有效与无效订单</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>无效订单</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Partner (top %1)</source>
        <translation>合作渠道（前 %1）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>堆叠</translation>
    </message>
    <message>
        <source>Top partners by GMV (double-click to open)</source>
        <translation>GMV 排名靠前的合作渠道（双击打开）</translation>
    </message>
    <message>
        <source>Invalid-order share per partner</source>
        <translation>各合作渠道无效订单占比</translation>
    </message>
    <message>
        <source>Flag above:</source>
        <translation>标记阈值：</translation>
    </message>
    <message numerus="yes">
        <source>Partners with at least %n order(s) whose share of invalid orders is above this are flagged for review.</source>
        <translation>
            <numerusform>订单数不少于 %n 且无效订单占比高于此值的合作渠道会被标记待复核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a share of at least %1.</source>
        <extracomment>%1 is the limit, e.g. &quot;0.5 %&quot;</extracomment>
        <translation>占比至少为 %1。</translation>
    </message>
    <message>
        <source>Enter a share of at most %1.</source>
        <translation>占比最多为 %1。</translation>
    </message>
</context>
<context>
    <name>Kepler::OverviewPage</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>page</source>
        <translation>紧急告警</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>工单告警</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>无流量</translation>
    </message>
    <message>
        <source>target %1 · %2 requests in 30 days</source>
        <translation>目标 %1 · 30 天内 %2 次请求</translation>
    </message>
    <message>
        <source>burn rate 1 h %1×, 6 h %2×, 3 d %3×</source>
        <translation>燃烧率 1 小时 %1×，6 小时 %2×，3 天 %3×</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>紧急告警</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单告警</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No burn-rate alert is firing.</source>
        <translation>当前没有燃烧率告警。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>vs same time yesterday %1 (%2)&lt;br&gt;vs same time last week %3 (%4)</source>
        <translation>较昨日同期 %1（%2）&lt;br&gt;较上周同期 %3（%4）</translation>
    </message>
    <message>
        <source>same time yesterday %1&lt;br&gt;same time last week %2</source>
        <translation>昨日同期 %1&lt;br&gt;上周同期 %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Availability — the last 30 days</source>
        <translation>可用性 — 最近 30 天</translation>
    </message>
    <message>
        <source>Orders today (Beijing time)</source>
        <translation>今日订单（北京时间）</translation>
    </message>
    <message>
        <source>Top partners in the range (double-click to open)</source>
        <translation>时间范围内排名靠前的合作渠道（双击打开）</translation>
    </message>
    <message>
        <source>Overall success ratio</source>
        <translation>整体成功率</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>剩余错误预算</translation>
    </message>
    <message>
        <source>Burn-rate alerts now</source>
        <translation>当前燃烧率告警</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Valid-order share</source>
        <translation>有效订单占比</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Success 30 d</source>
        <translation>30 天成功率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>剩余预算</translation>
    </message>
    <message>
        <source>Burn 1 h</source>
        <translation>1 小时燃烧率</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Valid and invalid orders</source>
        <translation>有效与无效订单</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerActionJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>未选择合作渠道。</translation>
    </message>
    <message>
        <source>This step is not possible while the partner is %1.</source>
        <translation>合作渠道处于“%1”状态时无法执行此操作。</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>This reason does not fit this step.</source>
        <translation>此原因不适用于该操作。</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>请填写说明原因的备注。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>备注过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerCommands</name>
    <message>
        <source>&amp;Next partner</source>
        <translation>下一个合作渠道(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous partner</source>
        <translation>上一个合作渠道(&amp;P)</translation>
    </message>
    <message>
        <source>Save current &amp;filter…</source>
        <translation>保存当前筛选条件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Bulk action on selected…</source>
        <translation>批量操作所选合作渠道(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>从 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>将列表导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Show in &amp;audit log</source>
        <translation>在审计日志中查看(&amp;A)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerDirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>合作模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Commission</source>
        <translation>佣金比例(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 今日资讯</source>
        <translation>例如：今日资讯</translation>
    </message>
    <message>
        <source>e.g. Daily News</source>
        <translation>例如：Daily News</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. gold, 11.11</source>
        <translation>多个标签以逗号分隔，例如：gold, 11.11</translation>
    </message>
    <message>
        <source>Share of the order value paid to the partner</source>
        <translation>按订单金额支付给合作渠道的佣金比例</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation>保存更改（%1）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>放弃未保存的更改</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新建合作渠道</translation>
    </message>
    <message>
        <source>A new partner starts as an application and is reviewed before it goes live.</source>
        <translation>新建的合作渠道处于“已申请”状态，审核通过后方可上线。</translation>
    </message>
    <message>
        <source>ID %1 · version %2
Created by %3 on %4
Last changed by %5 on %6</source>
        <translation>ID %1 · 版本 %2
由 %3 创建于 %4
由 %5 最后修改于 %6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Please correct the marked fields:</source>
        <translation>请修正标记的字段：</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Save or revert your changes first</source>
        <translation>请先保存或撤销修改</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Your role offers no step from here.</source>
        <translation>您的角色在当前状态下没有可执行的操作。</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>可执行的操作：</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Rejected applications can be edited and submitted again.</source>
        <translation>被驳回的申请可修改后重新提交审核。</translation>
    </message>
    <message>
        <source>Commission cannot be below %1.</source>
        <extracomment>%1 is the limit with its unit, e.g. &quot;100.00 %&quot;</extracomment>
        <translation>佣金比例不能低于 %1。</translation>
    </message>
    <message>
        <source>Commission can be at most %1.</source>
        <translation>佣金比例最高为 %1。</translation>
    </message>
    <message>
        <source>Draft · not saved yet</source>
        <translation>草稿 · 尚未保存</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerFilterBar</name>
    <message>
        <source>Search name, contact or tag…</source>
        <translation>搜索名称、联系人或标签…</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>搜索合作渠道</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerKeySecretDialog</name>
    <message>
        <source>New app key</source>
        <translation>新应用密钥</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; It is shown only this once: Kepler keeps no copy it can show again. If it is lost, rotate the key to get a new secret.</source>
        <translation>&lt;b&gt;请立即复制 Secret。&lt;/b&gt;Secret 仅显示这一次，开普勒不会保留可再次显示的副本。如果遗失，请轮换应用密钥以获取新的 Secret。</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>App &amp;key</source>
        <translation>应用密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>复制 Secret</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>Secret(&amp;S)</translation>
    </message>
    <message>
        <source>Give both to the partner over a secure channel. Signing requests is described in the partner documentation (signing.md).</source>
        <translation>请通过安全渠道将两者一并提供给合作渠道。请求签名方法详见合作渠道文档（signing.md）。</translation>
    </message>
    <message>
        <source>I have copied the secret</source>
        <translation>我已复制 Secret</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>不复制 Secret 就关闭？</translation>
    </message>
    <message>
        <source>The secret was not copied. Kepler keeps no copy: after closing, it cannot be shown again and the key must be rotated to get a new secret.</source>
        <translation>Secret 尚未复制。开普勒不保留副本：关闭后它无法再次显示，只能轮换密钥来获取新的 Secret。</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>不复制，直接关闭</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>保持打开</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerKeysPanel</name>
    <message>
        <source>&amp;Issue key</source>
        <translation>签发密钥(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>轮换(&amp;R)…</translation>
    </message>
    <message>
        <source>Issue a new key; the selected key keeps working for a while</source>
        <translation>签发新密钥；所选密钥在一段时间内仍可使用</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>吊销(&amp;V)…</translation>
    </message>
    <message>
        <source>Stop the selected key at once</source>
        <translation>立即停用所选密钥</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2 吊销</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <source>Revoke %1? Requests signed with it are refused at once. This cannot be undone.</source>
        <translation>确定吊销 %1 吗？用它签名的请求将立即被拒绝。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>密钥 %1 已吊销。</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerListTools</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No partners match</source>
        <translation>没有匹配的合作渠道</translation>
    </message>
    <message>
        <source>%1 of %2 partners shown</source>
        <translation>显示 %1 个，共 %2 个合作渠道</translation>
    </message>
    <message>
        <source>Bulk action (%1)…</source>
        <translation>批量操作（%1）…</translation>
    </message>
    <message>
        <source>Bulk action…</source>
        <translation>批量操作…</translation>
    </message>
    <message>
        <source>Suspend, resume, tag or regroup the selected partners in one go (%1). Ctrl-click or Shift-click rows to select several.</source>
        <translation>对所选合作渠道一次性执行暂停、恢复、打标签或调整分组（%1）。按住 Ctrl 或 Shift 单击可选择多行。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the list from the server (%1)</source>
        <translation>从服务器重新加载列表（%1）</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新建合作渠道</translation>
    </message>
    <message>
        <source>Register a new partner channel (%1)</source>
        <translation>登记新的合作渠道（%1）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Create or update partners from a CSV file, checked before anything is written (%1)</source>
        <translation>从 CSV 文件新建或更新合作渠道，写入前会先预检（%1）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the partners this filter selects as CSV, for Excel (%1)</source>
        <translation>将当前筛选出的合作渠道保存为 CSV，可用 Excel 打开（%1）</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerQuotaPanel</name>
    <message>
        <source>No group (platform defaults)</source>
        <translation>不分组（使用平台默认值）</translation>
    </message>
    <message>
        <source>%1 (%2 req/s, %3 orders/day)</source>
        <translation>%1（%2 次/秒，%3 单/天）</translation>
    </message>
    <message>
        <source>set for this partner</source>
        <translation>单独设置</translation>
    </message>
    <message>
        <source>from group %1</source>
        <translation>继承自分组“%1”</translation>
    </message>
    <message>
        <source>from its group</source>
        <translation>继承自所属分组</translation>
    </message>
    <message>
        <source>platform default</source>
        <translation>平台默认值</translation>
    </message>
    <message>
        <source>%1 req/s — %2</source>
        <extracomment>e.g. &quot;500 req/s — from group 金牌&quot;</extracomment>
        <translation>%1 次/秒 — %2</translation>
    </message>
    <message>
        <source>%1 orders/day — %2</source>
        <extracomment>e.g. &quot;2,000 orders/day — platform default&quot;</extracomment>
        <translation>%1 单/天 — %2</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Rate limit</source>
        <translation>限流(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Daily order cap</source>
        <translation>每日订单上限(&amp;D)</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Use the group&apos;s rate limit, or the platform default without a group</source>
        <translation>使用所属分组的限流；未分组时使用平台默认值</translation>
    </message>
    <message>
        <source>Use the group&apos;s daily order cap, or the platform default without a group</source>
        <translation>使用所属分组的每日订单上限；未分组时使用平台默认值</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source> orders/day</source>
        <translation> 单/天</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>限流</translation>
    </message>
    <message>
        <source>Daily order cap</source>
        <translation>每日订单上限</translation>
    </message>
    <message numerus="yes">
        <source>At least %n request(s) per second.</source>
        <translation>
            <numerusform>每秒至少 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 requests per second.</source>
        <translation>每秒最多 %1 个请求。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n order(s) a day.</source>
        <translation>
            <numerusform>每天至少 %n 单。</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 orders a day.</source>
        <translation>每天最多 %1 单。</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerRankingModel</name>
    <message numerus="yes">
        <source>%1 of %2&apos;s orders were invalid (more than %3 with at least %n order(s)): review this partner.</source>
        <translation>
            <numerusform>%2 的订单中有 %1 无效（订单数不少于 %n 时超过 %3）：请复核该合作渠道。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Invalid share</source>
        <translation>无效占比</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerSaver</name>
    <message>
        <source>Created %1.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this partner at %2 while you were editing. Your edits are still here.</source>
        <translation>在您编辑期间，%1 于 %2 保存了此合作渠道的新版本。您的修改仍然保留。</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>加载对方的版本</translation>
    </message>
    <message>
        <source>Apply my edits to theirs</source>
        <translation>将我的修改应用到对方的版本</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1：%2 当前状态为“%3”。</translation>
    </message>
    <message>
        <source>Load the current version</source>
        <translation>加载最新版本</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerSloModel</name>
    <message>
        <source>Page</source>
        <translation>紧急告警</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单告警</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Burn rate: how fast the error budget is spent; 1× spends it exactly in 30 days.</source>
        <translation>燃烧率：错误预算的消耗速度；1× 表示恰好在 30 天内用完。</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Burn 5 min</source>
        <translation>5 分钟燃烧率</translation>
    </message>
    <message>
        <source>Burn 1 h</source>
        <translation>1 小时燃烧率</translation>
    </message>
    <message>
        <source>Burn 6 h</source>
        <translation>6 小时燃烧率</translation>
    </message>
    <message>
        <source>Burn 3 d</source>
        <translation>3 天燃烧率</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>剩余预算</translation>
    </message>
    <message>
        <source>Success 30 d</source>
        <translation>30 天成功率</translation>
    </message>
    <message>
        <source>Requests 30 d</source>
        <translation>30 天请求数</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerTimelineJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>未选择合作渠道。</translation>
    </message>
    <message>
        <source>A page must hold between 1 and %1 events.</source>
        <translation>每页事件数须在 1 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerTimelineView</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>编辑了%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>正在加载历史记录…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>暂无历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not shown.</source>
        <translation>
            <numerusform>另有 %n 条更早的记录未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>App key issued</source>
        <translation>已签发应用密钥</translation>
    </message>
    <message>
        <source>App key rotated</source>
        <translation>已轮换应用密钥</translation>
    </message>
    <message>
        <source>App key revoked</source>
        <translation>已吊销应用密钥</translation>
    </message>
    <message>
        <source>Created by CSV import</source>
        <translation>通过 CSV 导入创建</translation>
    </message>
    <message>
        <source>Edited by CSV import: %1</source>
        <translation>通过 CSV 导入编辑了%1</translation>
    </message>
    <message>
        <source>authorised by the partner</source>
        <translation>合作渠道已授权</translation>
    </message>
    <message>
        <source>authorisation revoked by the partner</source>
        <translation>合作渠道撤销了授权</translation>
    </message>
    <message>
        <source>draft created</source>
        <translation>已创建草稿</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>已提交审核</translation>
    </message>
    <message>
        <source>withdrawn by the partner</source>
        <translation>合作渠道已撤回</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>review delayed</source>
        <translation>审核暂缓</translation>
    </message>
    <message>
        <source>released to everyone</source>
        <translation>已全量发布</translation>
    </message>
    <message>
        <source>released to %1 % (gray)</source>
        <translation>已灰度发布至 %1% 的用户</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Mini-program %1: %2</source>
        <translation>小程序 %1：%2</translation>
    </message>
    <message>
        <source>Mini-program %1 %2: %3</source>
        <translation>小程序 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnersPage</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Discard and open %1</source>
        <translation>放弃更改并打开“%1”</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save or revert them first.</source>
        <translation>有未保存的更改，请先保存或撤销。</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>合作渠道详情</translation>
    </message>
    <message>
        <source>the new partner</source>
        <translation>新合作渠道</translation>
    </message>
    <message>
        <source>Discard and start a new partner</source>
        <translation>放弃更改并新建合作渠道</translation>
    </message>
</context>
<context>
    <name>Kepler::PendingDialog</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>Kepler::PoolEditor</name>
    <message>
        <source>Enter ids separated by commas.</source>
        <translation>请输入以逗号分隔的编号。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 99.90.</source>
        <translation>请输入以元为单位、最多两位小数的金额，例如 99.90。</translation>
    </message>
    <message>
        <source>A SKU cannot be both included and excluded.</source>
        <translation>同一 SKU 不能既加入又排除。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>经营方式</translation>
    </message>
    <message>
        <source>List price (¥)</source>
        <translation>标价（¥）</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Always include</source>
        <translation>手动加入</translation>
    </message>
    <message>
        <source>Always exclude</source>
        <translation>手动排除</translation>
    </message>
    <message>
        <source>Partner modes</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Self-operated (自营)</source>
        <translation>自营</translation>
    </message>
    <message>
        <source>Marketplace (第三方)</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>from, e.g. 99</source>
        <translation>最低，例如 99</translation>
    </message>
    <message>
        <source>to, e.g. 1999.90</source>
        <translation>最高，例如 1999.90</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>仅有货</translation>
    </message>
    <message>
        <source>On sale only</source>
        <translation>仅在售</translation>
    </message>
    <message>
        <source>part of the Chinese or English name</source>
        <translation>中文或英文名称的一部分</translation>
    </message>
    <message>
        <source>any (leave empty)</source>
        <translation>不限（留空）</translation>
    </message>
    <message>
        <source>Category ids at any level, e.g. 3 (appliances), 301 or 30101</source>
        <translation>任意层级的类目编号，例如 3（家用电器）、301 或 30101</translation>
    </message>
    <message>
        <source>SKU ids added by hand</source>
        <translation>手动加入的 SKU 编号</translation>
    </message>
    <message>
        <source>SKU ids taken out by hand (an exclude wins)</source>
        <translation>手动排除的 SKU 编号（排除优先）</translation>
    </message>
    <message>
        <source>partner ids</source>
        <translation>合作渠道编号</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Lowest list price (¥)</source>
        <translation>最低标价（¥）</translation>
    </message>
    <message>
        <source>Highest list price (¥)</source>
        <translation>最高标价（¥）</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
</context>
<context>
    <name>Kepler::PoolListModel</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n 个合作渠道</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>商品池</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
</context>
<context>
    <name>Kepler::PoolsPage</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save or revert them first.</source>
        <translation>您有未保存的修改。请先保存或撤销。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Change the criteria to see which SKUs it adds and removes before you save.</source>
        <translation>修改条件后，保存前即可看到将加入和移除哪些 SKU。</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the preview.</source>
        <translation>请先修正标出的字段，再查看预览。</translation>
    </message>
    <message>
        <source>+%1 added</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>−%1 removed</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1 → %2 SKUs</source>
        <translation>%1 → %2 个 SKU</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− 移除</translation>
    </message>
    <message>
        <source>Save the pool to see its members.</source>
        <translation>保存商品池后即可查看其中的商品。</translation>
    </message>
    <message>
        <source>%1 of %2 SKUs shown; scroll for more.</source>
        <translation>已显示 %1 / %2 个 SKU；向下滚动加载更多。</translation>
    </message>
    <message>
        <source>All %1 SKUs shown.</source>
        <translation>已显示全部 %1 个 SKU。</translation>
    </message>
    <message>
        <source>Saved %1: %2 SKUs.</source>
        <translation>已保存 %1：%2 个 SKU。</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <source>Only operators and admins change product pools.</source>
        <translation>只有运营和管理员可以修改商品池。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>新建商品池</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Criteria and assignment</source>
        <translation>条件与分配</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>商品（%1）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Preview before saving</source>
        <translation>保存前预览</translation>
    </message>
    <message>
        <source>%1 · %2 SKUs · saved by %3</source>
        <translation>%1 · %2 个 SKU · 由 %3 保存</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Product pools</source>
        <translation>商品池</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this pool while the answer was lost. Your edits are kept.</source>
        <translation>在应答丢失期间，%1 保存了此商品池的较新版本。您的修改已保留。</translation>
    </message>
</context>
<context>
    <name>Kepler::PreviewPoolJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::PriceExplainerPanel</name>
    <message>
        <source>Asking the platform…</source>
        <translation>正在查询平台…</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>合作渠道编号</translation>
    </message>
    <message>
        <source>Find partner…</source>
        <translation>查找合作渠道…</translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation>SKU 编号</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Explain price</source>
        <translation>解释价格</translation>
    </message>
    <message>
        <source>e.g. 17</source>
        <translation>例如 17</translation>
    </message>
    <message>
        <source>e.g. 100123</source>
        <translation>例如 100123</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>当时状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Price before</source>
        <translation>调整前价格</translation>
    </message>
    <message>
        <source>Price after</source>
        <translation>调整后价格</translation>
    </message>
    <message>
        <source>Pick a partner, a SKU and a moment to see the price the gateway charges and why.</source>
        <translation>选择合作渠道、SKU 和时间，查看网关收取的价格及其由来。</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Floor (cost + %1)</source>
        <translation>保底价（成本 + %1）</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>none (buy-out sets its own price)</source>
        <translation>无（买断模式自行定价）</translation>
    </message>
    <message>
        <source>After the rules</source>
        <translation>规则计算后</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>价格护栏</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>yes — one of the partner&apos;s pools holds this SKU</source>
        <translation>是 —— 该合作渠道的商品池包含此 SKU</translation>
    </message>
    <message>
        <source>no — none of the partner&apos;s pools holds this SKU; the gateway will not sell it</source>
        <translation>否 —— 该合作渠道的商品池均不包含此 SKU；网关不会售卖</translation>
    </message>
    <message>
        <source>No rule concerns this partner and SKU: list price.</source>
        <translation>没有规则涉及该合作渠道和 SKU：按标价。</translation>
    </message>
    <message>
        <source>Partner #%1 %2 (%3) · SKU %4 %5 · %6</source>
        <translation>合作渠道 #%1 %2（%3）· SKU %4 %5 · %6</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingImpactDialog</name>
    <message>
        <source>Activate #%1 %2?</source>
        <translation>启用 #%1 %2？</translation>
    </message>
    <message>
        <source>Deactivate #%1 %2?</source>
        <translation>停用 #%1 %2？</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation>正在评估影响…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>调整前 → 调整后</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>价格护栏</translation>
    </message>
    <message>
        <source>Waiting for the impact…</source>
        <translation>正在等待影响评估…</translation>
    </message>
    <message>
        <source>Partner × SKU pairs changed</source>
        <translation>变化的合作渠道 × SKU 组合</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>SKUs changed</source>
        <translation>变化的 SKU</translation>
    </message>
    <message>
        <source>Partners affected</source>
        <translation>受影响的合作渠道</translation>
    </message>
    <message>
        <source>Average margin</source>
        <translation>平均毛利率</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stopped by a guardrail</source>
        <translation>被价格护栏拦下</translation>
    </message>
    <message>
        <source>Counted over the first %1 partners and %2 SKUs the rule reaches.</source>
        <translation>按规则覆盖的前 %1 个合作渠道和 %2 个 SKU 统计。</translation>
    </message>
    <message>
        <source>Deactivating undoes these changes.</source>
        <translation>停用将撤销这些变化。</translation>
    </message>
    <message>
        <source>The impact could not be computed.</source>
        <translation>无法完成影响评估。</translation>
    </message>
    <message>
        <source>Sample prices before and after</source>
        <translation>调整前后的示例价格</translation>
    </message>
    <message>
        <source>Counted over a sample: the first %1 of the %2 partners the rule reaches, and the first %3 of their %4 SKUs.</source>
        <translation>按样本统计：规则覆盖的 %2 个合作渠道中的前 %1 个，及其 %4 个 SKU 中的前 %3 个。</translation>
    </message>
    <message>
        <source>Counted over a sample: the first %1 of the %2 partners the rule reaches.</source>
        <translation>按样本统计：规则覆盖的 %2 个合作渠道中的前 %1 个。</translation>
    </message>
    <message>
        <source>Counted over a sample: the first %1 of the %2 SKUs the rule reaches.</source>
        <translation>按样本统计：规则覆盖的 %2 个 SKU 中的前 %1 个。</translation>
    </message>
    <message>
        <source>%1 in a sample of the first %2 of %3 SKUs</source>
        <translation>%1（样本：共 %3 个 SKU 中的前 %2 个）</translation>
    </message>
    <message>
        <source>%1 in a sample of the first %2 of %3 partners</source>
        <translation>%1（样本：共 %3 个合作渠道中的前 %2 个）</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingImpactJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingPage</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Only operators and admins change pricing rules.</source>
        <translation>只有运营和管理员可以修改定价规则。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
    <message>
        <source>Save the rule first; it is created as a draft.</source>
        <translation>请先保存规则；新规则以草稿创建。</translation>
    </message>
    <message>
        <source>Save or revert your edits first: the step acts on the saved rule.</source>
        <translation>请先保存或撤销修改：此操作作用于已保存的规则。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是“%2”。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Price explainer</source>
        <translation>价格解释</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>New rule (saved as a draft)</source>
        <translation>新规则（保存为草稿）</translation>
    </message>
    <message>
        <source>Pricing rules</source>
        <translation>定价规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Discard and open %1</source>
        <translation>放弃并打开 %1</translation>
    </message>
    <message>
        <source>the new rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Discard and start a new rule</source>
        <translation>放弃并新建规则</translation>
    </message>
    <message>
        <source>Someone saved a newer version of this rule while the answer was lost. Your edits are kept.</source>
        <translation>在应答丢失期间，有人保存了此规则的较新版本。您的修改已保留。</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingRuleEditor</name>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A commission rule applies to guide partners: include Guide or leave modes open.</source>
        <translation>佣金规则适用于导购合作渠道：请勾选导购，或不限模式。</translation>
    </message>
    <message>
        <source>Enter ids separated by commas.</source>
        <translation>请输入以逗号分隔的编号。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调价方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Partner modes</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>商品池</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>e.g. 19.90</source>
        <translation>例如 19.90</translation>
    </message>
    <message>
        <source>e.g. 8.5</source>
        <translation>例如 8.5</translation>
    </message>
    <message>
        <source>Higher first; rules of one priority are walked by id.</source>
        <translation>数值高的先应用；同优先级按编号顺序。</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>独享</translation>
    </message>
    <message>
        <source>Exclusive: applied alone, only if no rule before it changed the price</source>
        <translation>独享：单独应用，且仅当之前没有规则改价时生效</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>any (leave empty)</source>
        <translation>不限（留空）</translation>
    </message>
    <message>
        <source>Category ids at any level, e.g. 3 (appliances), 301 or 30101</source>
        <translation>任意层级的类目编号，例如 3（家用电器）、301 或 30101</translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 19.90.</source>
        <translation>请输入以元为单位、最多两位小数的金额，例如 19.90。</translation>
    </message>
    <message>
        <source>Enter a percentage with at most two decimals, e.g. 8.5.</source>
        <translation>请输入最多两位小数的百分比，例如 8.5。</translation>
    </message>
    <message>
        <source>A discount can be at most 100 %.</source>
        <translation>折扣最多为 100 %。</translation>
    </message>
    <message>
        <source>A fixed price must be at least ¥0.01.</source>
        <translation>固定价格至少为 ¥0.01。</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>最多可输入 %1。</translation>
    </message>
    <message>
        <source>This amount is out of range.</source>
        <translation>该金额超出允许范围。</translation>
    </message>
    <message>
        <source>Priority cannot be below %1.</source>
        <translation>优先级不能低于 %1。</translation>
    </message>
    <message>
        <source>Priority can be at most %1.</source>
        <translation>优先级最高为 %1。</translation>
    </message>
    <message>
        <source>Enter 0 or more: the adjustment says whether the price goes up or down.</source>
        <translation>请输入 0 或更大的数：价格上调还是下调由调整方式决定。</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingRuleListModel</name>
    <message>
        <source>conflicts with #%1 on %2 SKUs, %3 partners</source>
        <translation>与 #%1 冲突：%2 个 SKU，%3 个合作渠道</translation>
    </message>
    <message>
        <source>Two active rules of one priority claim the same prices; give one a higher priority.</source>
        <translation>两条同优先级的生效规则作用于相同的价格；请提高其中一条的优先级。</translation>
    </message>
    <message>
        <source>Applied only when no rule before it changed the price, then nothing after it</source>
        <translation>仅当之前没有规则改价时应用，且之后不再应用其他规则</translation>
    </message>
    <message>
        <source>Applied together with the other rules in scope</source>
        <translation>与范围内的其他规则一起应用</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>独享</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>可叠加</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调价方式</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>with %1</source>
        <comment>the rules a rule conflicts with: with #2, #5</comment>
        <translation>与 %1 冲突</translation>
    </message>
</context>
<context>
    <name>Kepler::ReasonDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>不填写原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>What happened, for the partner&apos;s timeline (at most %n character(s))</source>
        <translation>
            <numerusform>发生了什么，将记入合作渠道时间线（最多 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>请填写说明原因的备注。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>备注过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::ReleaseDialog</name>
    <message>
        <source>Release %1 %2</source>
        <translation>发布 %1 %2</translation>
    </message>
    <message>
        <source>Version %1 now reaches %2 % of users. A gray release can only grow; 100 % releases it to everyone.</source>
        <translation>版本 %1 目前覆盖 %2% 的用户。灰度比例只能调高；100% 即全量发布。</translation>
    </message>
    <message>
        <source>Start with a small share of users (gray release) and raise it once nothing goes wrong, or release to everyone at 100 %.</source>
        <translation>可先向小部分用户灰度发布，确认无问题后再逐步调高；或直接以 100% 全量发布。</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>用户比例</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Choose more than the current %1 %.</source>
        <translation>请选择高于当前 %1% 的比例。</translation>
    </message>
    <message>
        <source>This version is already released to everyone.</source>
        <translation>该版本已全量发布。</translation>
    </message>
    <message>
        <source>This version cannot be released in its current state.</source>
        <translation>该版本当前状态下无法发布。</translation>
    </message>
    <message>
        <source>Release to everyone</source>
        <translation>全量发布</translation>
    </message>
    <message>
        <source>Release to %1 %</source>
        <translation>灰度发布至 %1%</translation>
    </message>
</context>
<context>
    <name>Kepler::ReleaseMiniProgramJob</name>
    <message>
        <source>No mini-program version is selected.</source>
        <translation>未选择小程序版本。</translation>
    </message>
    <message>
        <source>Only an approved or released version can be released (this one is %1).</source>
        <translation>只有审核通过或已发布的版本可以发布（该版本为“%1”）。</translation>
    </message>
    <message>
        <source>The percentage must be between 1 and 100.</source>
        <translation>比例必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>This version is already released to everyone.</source>
        <translation>该版本已全量发布。</translation>
    </message>
    <message>
        <source>A gray release can only grow: choose more than %1 %.</source>
        <translation>灰度比例只能调高：请选择高于 %1% 的比例。</translation>
    </message>
</context>
<context>
    <name>Kepler::ReleaseReviewClaimJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>未选择审核条目。</translation>
    </message>
</context>
<context>
    <name>Kepler::ResetPasswordJob</name>
    <message>
        <source>No account is selected.</source>
        <translation>未选择账号。</translation>
    </message>
    <message>
        <source>The password must have between %1 and %2 characters.</source>
        <translation>密码长度须为 %1 到 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewCompareModel</name>
    <message numerus="yes">
        <source>%n screenshot(s)</source>
        <translation>
            <numerusform>%n 张截图</numerusform>
        </translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Privacy declaration</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Partner&apos;s notes</source>
        <translation>合作渠道备注</translation>
    </message>
    <message>
        <source>Changed since the live release</source>
        <translation>与线上版本相比有变化</translation>
    </message>
    <message>
        <source>New: nothing is live yet</source>
        <translation>新增：尚无线上版本</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This submission (%1)</source>
        <translation>本次提审（%1）</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>本次提审</translation>
    </message>
    <message>
        <source>Live release (%1)</source>
        <translation>线上版本（%1）</translation>
    </message>
    <message>
        <source>Live release (none)</source>
        <translation>线上版本（无）</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewDecisionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>不填写原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>What the partner should know or change (at most %n character(s))</source>
        <translation>
            <numerusform>需要合作渠道知晓或修改的内容（最多 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>请填写说明原因的备注。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>备注过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewDetailPanel</name>
    <message>
        <source>Checklist not complete</source>
        <translation>检查清单未完成</translation>
    </message>
    <message>
        <source>A screenshot could not be loaded: %1</source>
        <translation>有截图无法加载：%1</translation>
    </message>
    <message>
        <source>Select an item in the queue to review it.</source>
        <translation>请在队列中选择要审核的条目。</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <source>Tell other reviewers you are reviewing this item (for 30 minutes)</source>
        <translation>告知其他审核员你正在审核该条目（30 分钟）</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>释放认领</translation>
    </message>
    <message>
        <source>Let another reviewer take this item</source>
        <translation>让其他审核员接手该条目</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>通过(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lay…</source>
        <translation>暂缓(&amp;L)…</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>回滚(&amp;B)…</translation>
    </message>
    <message>
        <source>This submission and the live release</source>
        <translation>本次提审与线上版本对比</translation>
    </message>
    <message>
        <source>Screenshots (click to enlarge)</source>
        <translation>截图（点击放大）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Privacy declaration matches the pages</source>
        <translation>隐私声明与页面相符</translation>
    </message>
    <message>
        <source>Screenshots match the description</source>
        <translation>截图与描述相符</translation>
    </message>
    <message>
        <source>The category fits</source>
        <translation>类目合适</translation>
    </message>
    <message>
        <source>Every page opens</source>
        <translation>所有页面均可打开</translation>
    </message>
    <message>
        <source>Partner&apos;s application</source>
        <translation>合作渠道入驻申请</translation>
    </message>
    <message>
        <source>The item could not be loaded: %1</source>
        <translation>条目无法加载：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>⚠ Waiting %1 — overdue by %2 (SLA 24 h)</source>
        <translation>⚠ 已等待 %1 — 已超时 %2（SLA 24 小时）</translation>
    </message>
    <message>
        <source>Waiting %1 — %2 left (SLA 24 h)</source>
        <translation>已等待 %1 — 剩余 %2（SLA 24 小时）</translation>
    </message>
    <message>
        <source>Partner application: %1</source>
        <translation>合作渠道入驻申请：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 to everyone</source>
        <translation>%1（全量）</translation>
    </message>
    <message>
        <source>%1 to %2 % of users</source>
        <translation>%1（灰度 %2%）</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>Claimed by you until %1</source>
        <translation>已由你认领，至 %1</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>已由 %1 认领，至 %2</translation>
    </message>
    <message>
        <source>Last decision by %1.</source>
        <translation>最近一次决定：%1。</translation>
    </message>
    <message>
        <source>Last decision by %1: %2.</source>
        <translation>最近一次决定：%1，%2。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Only reviewers and admins decide and release. You can look at everything here.</source>
        <translation>只有审核员和管理员可以审核和发布。你可以在此查看全部内容。</translation>
    </message>
    <message>
        <source>%1 is reviewing this item. Ask them to release it.</source>
        <translation>%1 正在审核该条目，请对方释放认领。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Reload the item</source>
        <translation>重新加载条目</translation>
    </message>
    <message>
        <source>Not every checklist item is ticked for %1. Approve it anyway?</source>
        <translation>%1 的检查清单尚未全部勾选。仍要审核通过吗？</translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation>已审核通过 %1。</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>已驳回 %1。</translation>
    </message>
    <message>
        <source>Delayed %1.</source>
        <translation>已暂缓 %1。</translation>
    </message>
    <message>
        <source>Released %1 to everyone.</source>
        <translation>已全量发布 %1。</translation>
    </message>
    <message>
        <source>Released %1 to %2 % of users.</source>
        <translation>已将 %1 灰度发布至 %2% 的用户。</translation>
    </message>
    <message>
        <source>Rolled back %1; %2 is live again.</source>
        <translation>已回滚 %1，%2 重新上线。</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>发布(&amp;E)…</translation>
    </message>
    <message>
        <source>Submitted %1 · decided %2 (took %3)</source>
        <translation>提交于 %1 · 决定于 %2（用时 %3）</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Overdue: waiting since %1, was due %2</source>
        <translation>已超时：自 %1 起等待，应于 %2 前处理</translation>
    </message>
    <message>
        <source>Waiting since %1; due %2</source>
        <translation>自 %1 起等待；应于 %2 前处理</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>已由 %1 认领，至 %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Partner / mini-program</source>
        <translation>合作渠道 / 小程序</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Submitted %1; decided %2</source>
        <translation>提交于 %1；决定于 %2</translation>
    </message>
    <message>
        <source>Submitted %1; decided</source>
        <translation>提交于 %1；已作出决定</translation>
    </message>
    <message>
        <source>decided in %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>How long the item has waited for a decision (the review SLA is 24 h); for a decided item, how long the decision took</source>
        <translation>条目等待决定的时长（审核时限为 24 小时）；已决定的条目显示作出决定所用的时长</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewQueuePage</name>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>审核队列无法加载：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>Approved – to release</source>
        <translation>已通过 – 待发布</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Decided…</source>
        <translation>已处理…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Reviewer workload</source>
        <translation>审核员工作量</translation>
    </message>
    <message>
        <source>Items claimed and decided today per reviewer, and the oldest waiting item</source>
        <translation>每位审核员认领和今日处理的条目数，以及等待最久的条目</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Partner applications (%1)</source>
        <translation>入驻申请（%1）</translation>
    </message>
    <message>
        <source>Partner applications</source>
        <translation>入驻申请</translation>
    </message>
    <message>
        <source>Mini-program submissions (%1)</source>
        <translation>小程序提审（%1）</translation>
    </message>
    <message>
        <source>Mini-program submissions</source>
        <translation>小程序提审</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n 个已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Review details</source>
        <translation>审核详情</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewWorkloadPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Claimed now</source>
        <translation>当前认领</translation>
    </message>
    <message>
        <source>Decided today</source>
        <translation>今日处理</translation>
    </message>
    <message>
        <source>Oldest claim</source>
        <translation>最早认领</translation>
    </message>
    <message>
        <source>Reviewer workload</source>
        <translation>审核员工作量</translation>
    </message>
    <message>
        <source>The workload could not be loaded: %1</source>
        <translation>工作量无法加载：%1</translation>
    </message>
    <message>
        <source>Loading the workload…</source>
        <translation>正在加载工作量…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n 个条目待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>oldest: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, waiting %3</source>
        <translation>等待最久：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;，已等待 %3</translation>
    </message>
</context>
<context>
    <name>Kepler::RevokePartnerKeyJob</name>
    <message>
        <source>No key is selected.</source>
        <translation>未选择密钥。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>备注过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::RevokeSessionJob</name>
    <message>
        <source>Choose a session.</source>
        <translation>请选择一个会话。</translation>
    </message>
</context>
<context>
    <name>Kepler::RevokeUserSessionsJob</name>
    <message>
        <source>Choose an account.</source>
        <translation>请选择一个账号。</translation>
    </message>
</context>
<context>
    <name>Kepler::RollbackDialog</name>
    <message>
        <source>Roll back %1 %2</source>
        <translation>回滚 %1 %2</translation>
    </message>
    <message>
        <source>Version %1 is taken offline and version %2 goes back live for every user. Version %1 cannot be released again; the partner has to submit anew.</source>
        <translation>版本 %1 将下线，版本 %2 将对所有用户重新上线。版本 %1 无法再次发布，合作渠道需要重新提审。</translation>
    </message>
    <message>
        <source>There is no earlier release of %1 to go back to: rolling back would leave it offline, so it is not possible.</source>
        <translation>%1 没有更早的已发布版本可回滚：回滚会导致其下线，因此无法回滚。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why, for the partner&apos;s timeline (optional)</source>
        <translation>回滚原因，将记入合作渠道的历史（可选）</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>回滚到 %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Nothing to roll back to.</source>
        <translation>没有可回滚到的版本。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>备注过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::RollbackMiniProgramJob</name>
    <message>
        <source>No mini-program version is selected.</source>
        <translation>未选择小程序版本。</translation>
    </message>
    <message>
        <source>Only a released version can be rolled back (this one is %1).</source>
        <translation>只有已发布的版本可以回滚（该版本为“%1”）。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>备注过长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::RotateKeyDialog</name>
    <message>
        <source>Rotate key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>A new key and secret are issued. For how many hours should %1 keep working, so the partner can switch over? (0 = stop it now)</source>
        <translation>将签发新的应用密钥和 Secret。为便于合作渠道切换，%1 还应继续有效多少小时？（0 = 立即停用）</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Enter 0 hours or more; 0 stops the old key now.</source>
        <translation>请输入 0 或更多小时；0 表示立即停用旧密钥。</translation>
    </message>
    <message>
        <source>The old key can keep working for at most %1 (a week).</source>
        <extracomment>%1 is the limit with its unit, e.g. &quot;168 hours&quot;</extracomment>
        <translation>旧密钥最多继续有效 %1（一周）。</translation>
    </message>
    <message>
        <source>&amp;Old key keeps working for</source>
        <translation>旧密钥继续有效(&amp;O)</translation>
    </message>
    <message>
        <source>Old key keeps working for</source>
        <translation>旧密钥继续有效</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
</context>
<context>
    <name>Kepler::RotatePartnerKeyJob</name>
    <message>
        <source>No key is selected.</source>
        <translation>未选择密钥。</translation>
    </message>
    <message>
        <source>The overlap must be between 0 and %1 hours.</source>
        <translation>过渡期须在 0 到 %1 小时之间。</translation>
    </message>
</context>
<context>
    <name>Kepler::SaveCheck</name>
    <message>
        <source>Not confirmed yet: %1 It may have been created. Try again once the platform answers: the same request goes again, so it is not created twice. Your edits are kept.</source>
        <translation>尚未确认：%1可能已经创建。请在平台恢复应答后重试：会再次发送同一请求，因此不会重复创建。您的修改已保留。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Not confirmed yet: %1 The save may have reached the platform; the console checks when the platform answers. Your edits are kept.</source>
        <translation>尚未确认：%1保存可能已到达平台，平台恢复应答后控制台会自动核对。您的修改已保留。</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即核对</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept.</source>
        <translation>未保存：%1您的修改已保留。</translation>
    </message>
    <message>
        <source>Not saved: the platform answers again and does not have the change. Your edits are kept.</source>
        <translation>未保存：平台已恢复应答，但没有收到这次修改。您的修改已保留。</translation>
    </message>
    <message>
        <source>Saved %1 (confirmed after the connection came back).</source>
        <translation>已保存 %1（连接恢复后已确认）。</translation>
    </message>
</context>
<context>
    <name>Kepler::SaveFilterDialog</name>
    <message>
        <source>Save filter</source>
        <translation>保存筛选条件</translation>
    </message>
    <message>
        <source>&amp;Name for this filter:</source>
        <translation>筛选名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Type a name to save the filter under; spaces alone are not a name.</source>
        <translation>请输入名称后再保存筛选条件；只有空格不能作为名称。</translation>
    </message>
    <message>
        <source>A saved filter has this name: saving replaces it.</source>
        <translation>已有同名的已保存筛选：保存后将替换它。</translation>
    </message>
    <message>
        <source>Saved filters are listed under “Saved filters” on this page.</source>
        <translation>保存后可在本页的“已保存的筛选”中选用。</translation>
    </message>
</context>
<context>
    <name>Kepler::SavedFiltersButton</name>
    <message>
        <source>No saved filters yet</source>
        <translation>暂无已保存的筛选条件</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>保存当前筛选条件…</translation>
    </message>
    <message>
        <source>Search or pick a filter first</source>
        <translation>请先输入搜索内容或选择筛选条件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <source>Apply, save or delete named filters</source>
        <translation>应用、保存或删除已命名的筛选条件</translation>
    </message>
</context>
<context>
    <name>Kepler::ScreenshotStrip</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Screenshot %1 of %2: click to open full size</source>
        <translation>第 %1 张截图，共 %2 张：点击查看原图</translation>
    </message>
</context>
<context>
    <name>Kepler::ScreenshotViewer</name>
    <message>
        <source>Screenshot %1 of %2</source>
        <translation>第 %1 张截图，共 %2 张</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  ·  ← → to step through</source>
        <translation>%1  ·  按 ← → 切换</translation>
    </message>
</context>
<context>
    <name>Kepler::SessionListModel</name>
    <message>
        <source>Kepler Console %1</source>
        <translation>开普勒控制台 %1</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>未知客户端</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1（本会话）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
</context>
<context>
    <name>Kepler::SessionsDialog</name>
    <message>
        <source>Signed-in sessions</source>
        <translation>登录会话</translation>
    </message>
    <message>
        <source>Where your account is signed in</source>
        <translation>您的账号在哪些地方登录</translation>
    </message>
    <message>
        <source>Where %1 is signed in</source>
        <translation>“%1”在哪些地方登录</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sign out selected session…</source>
        <translation>结束所选会话…</translation>
    </message>
    <message>
        <source>Ends the selected session at once (Delete); whoever uses it must sign in again</source>
        <translation>立即结束所选会话（Delete 键）；正在使用它的人须重新登录</translation>
    </message>
    <message>
        <source>Sign out all other sessions…</source>
        <translation>结束其他所有会话…</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>在所有地方退出登录…</translation>
    </message>
    <message>
        <source>Ends every session of your account except this one</source>
        <translation>结束您账号除本会话以外的所有会话</translation>
    </message>
    <message>
        <source>Ends every session of this account</source>
        <translation>结束该账号的所有会话</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This is the session you are using now; to end it, sign out from the Console menu.</source>
        <translation>这是您正在使用的会话；要结束它，请在“控制台”菜单中退出登录。</translation>
    </message>
    <message>
        <source>This is the only session of your account.</source>
        <translation>这是您账号唯一的会话。</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) besides this one.</source>
        <translation>
            <numerusform>除本会话外还有 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not signed in anywhere.</source>
        <translation>“%1”目前没有在任何地方登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, last active %2</source>
        <translation>%1，最近活动 %2</translation>
    </message>
    <message>
        <source>%1 from %2, last active %3</source>
        <translation>%1，来自 %2，最近活动 %3</translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Sign out this session?

%1

Whoever uses it is signed out at once and must sign in again.</source>
        <translation>结束这个会话？

%1

正在使用它的人会立即退出登录，须重新登录。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Signed out: %1.</source>
        <translation>已结束：%1。</translation>
    </message>
    <message>
        <source>Sign out other sessions</source>
        <translation>结束其他会话</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n other session(s) of your account? This session stays signed in.</source>
        <translation>
            <numerusform>结束您账号的其他 %n 个会话？本会话保持登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out others</source>
        <translation>结束其他会话</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>在所有地方退出登录</translation>
    </message>
    <message numerus="yes">
        <source>Sign %1 out of every session (%n)? They must sign in again to go on.</source>
        <translation>
            <numerusform>让“%1”的全部 %n 个会话退出登录？对方须重新登录才能继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1.</source>
        <translation>
            <numerusform>已结束“%1”的 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed out %n other session(s).</source>
        <translation>
            <numerusform>已结束其他 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>That session had already ended. The list is up to date again.</source>
        <translation>该会话此前已经结束。列表已更新。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>Kepler::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>Kepler::ShortcutCatalog</name>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
</context>
<context>
    <name>Kepler::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>What it does, or a key such as Ctrl+E</source>
        <translation>功能或按键，例如 Ctrl+E</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Everywhere: Tab and Shift+Tab move between controls, Space or Enter presses the focused button, Esc closes a dialog. Ctrl+K opens the command palette.</source>
        <translation>在任何地方：Tab 和 Shift+Tab 在控件之间移动，空格或 Enter 按下当前按钮，Esc 关闭对话框。Ctrl+K 打开命令面板。</translation>
    </message>
</context>
<context>
    <name>Kepler::SloJob</name>
    <message>
        <source>Choose a partner.</source>
        <translation>请选择合作渠道。</translation>
    </message>
</context>
<context>
    <name>Kepler::SpinBoxInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>最多保留 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>请输入不小于 %1 的值。</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>请输入不大于 %1 的值。</translation>
    </message>
</context>
<context>
    <name>Kepler::TimeRangeBar</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose the start and end</source>
        <translation>选择开始和结束时间</translation>
    </message>
    <message>
        <source>Auto refresh:</source>
        <translation>自动刷新：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the data again now</source>
        <translation>立即重新加载数据</translation>
    </message>
</context>
<context>
    <name>Kepler::TimeSeriesChart</name>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole time range again (or double-click the chart)</source>
        <translation>重新显示整个时间范围（或双击图表）</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>将数据另存为 CSV…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1：无数据</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>将数据另存为 CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Kepler::UnsavedEditsPrompt</name>
    <message>
        <source>Your changes to %1 are not saved. Save them, discard them, or go on editing.</source>
        <translation>对 %1 的修改尚未保存。请保存、放弃，或继续编辑。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePartnerGroupJob</name>
    <message>
        <source>No partner group is selected.</source>
        <translation>未选择渠道分组。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePartnerJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>未选择合作渠道。</translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation>缺少记录版本号，请重新加载后重试。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePoolJob</name>
    <message>
        <source>No pool is selected.</source>
        <translation>未选择商品池。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePricingRuleJob</name>
    <message>
        <source>No pricing rule is selected.</source>
        <translation>未选择定价规则。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdateUserJob</name>
    <message>
        <source>No account is selected.</source>
        <translation>未选择账号。</translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation>缺少记录版本号，请重新加载后重试。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段填写有误，请检查。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
</context>
<context>
    <name>Kepler::UserListModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>Kepler::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>账号状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Disabled (cannot sign in)</source>
        <translation>已停用（无法登录）</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Sets the password typed above and signs the user out everywhere</source>
        <translation>将密码设为上方输入的内容，并使该用户在所有设备上退出登录</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>新建员工账号</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>New password set for %1; their sessions were ended.</source>
        <translation>已为“%1”设置新密码，其所有登录会话均已结束。</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Sessions…</source>
        <translation>登录会话…</translation>
    </message>
    <message>
        <source>Where this account is signed in; end its sessions</source>
        <translation>查看该账号在哪些地方登录，并结束其会话</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another admin.</source>
        <translation>不能停用自己的账号，请让其他管理员操作。</translation>
    </message>
    <message>
        <source>You cannot remove your own admin role. Ask another admin.</source>
        <translation>不能移除自己的管理员角色，请让其他管理员操作。</translation>
    </message>
    <message>
        <source>the new account</source>
        <translation>新账号</translation>
    </message>
    <message>
        <source>Discard and start a new account</source>
        <translation>放弃并新建账号</translation>
    </message>
    <message>
        <source>Discard and open %1</source>
        <translation>放弃并打开 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed %1 while the answer was lost. Your changes are kept.</source>
        <translation>在应答丢失期间，有人修改了 %1。您的修改已保留。</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>加载对方的版本</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>MiniProgramAction</name>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Delay review</source>
        <translation>暂缓审核</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
</context>
<context>
    <name>MiniProgramAuthorisation</name>
    <message>
        <source>Authorised</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已取消授权</translation>
    </message>
</context>
<context>
    <name>MiniProgramCategory</name>
    <message>
        <source>Shopping</source>
        <translation>购物</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>出行</translation>
    </message>
    <message>
        <source>Lifestyle services</source>
        <translation>生活服务</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>娱乐</translation>
    </message>
    <message>
        <source>News and reading</source>
        <translation>资讯阅读</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
</context>
<context>
    <name>MiniProgramStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Review delayed</source>
        <translation>已暂缓审核</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
</context>
<context>
    <name>PartnerAction</name>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
</context>
<context>
    <name>PartnerColumns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>限流</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1 次/秒</translation>
    </message>
</context>
<context>
    <name>PartnerExport</name>
    <message>
        <source>Export partners</source>
        <translation>导出合作渠道</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Exporting partners…</source>
        <translation>正在导出合作渠道…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>PartnerKeyState</name>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>PartnerMode</name>
    <message>
        <source>Guide</source>
        <translation>导购</translation>
    </message>
    <message>
        <source>Settle-in</source>
        <translation>入驻</translation>
    </message>
    <message>
        <source>Buy-out</source>
        <translation>买断</translation>
    </message>
</context>
<context>
    <name>PartnerReason</name>
    <message>
        <source>Fake traffic</source>
        <translation>虚假流量</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>欺诈</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>At the partner&apos;s request</source>
        <translation>应合作渠道要求</translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation>合规审查</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>逾期未付款</translation>
    </message>
    <message>
        <source>Issue resolved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>Documents verified</source>
        <translation>资料已核实</translation>
    </message>
    <message>
        <source>Incomplete documents</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <source>Duplicate application</source>
        <translation>重复申请</translation>
    </message>
    <message>
        <source>Category not allowed</source>
        <translation>类目不允许</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PartnerStatus</name>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>PricingText</name>
    <message>
        <source>commission %1</source>
        <translation>佣金 %1</translation>
    </message>
    <message>
        <source>Markup (% of list price)</source>
        <translation>加价（按标价的百分比）</translation>
    </message>
    <message>
        <source>Discount (% of list price)</source>
        <translation>折扣（按标价的百分比）</translation>
    </message>
    <message>
        <source>Amount off (¥)</source>
        <translation>立减金额（¥）</translation>
    </message>
    <message>
        <source>Fixed price (¥)</source>
        <translation>一口价（¥）</translation>
    </message>
    <message>
        <source>Commission for guide partners (%)</source>
        <translation>导购合作渠道佣金（%）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Not in effect at that time</source>
        <translation>该时间点未生效</translation>
    </message>
    <message>
        <source>Skipped: an exclusive rule was applied before it</source>
        <translation>跳过：之前已应用独享规则</translation>
    </message>
    <message>
        <source>Skipped: exclusive, but other rules were applied first</source>
        <translation>跳过：独享规则，但之前已应用其他规则</translation>
    </message>
    <message>
        <source>Skipped: commission is paid to guide partners only</source>
        <translation>跳过：佣金仅付给导购合作渠道</translation>
    </message>
    <message>
        <source>Skipped: a higher-priority commission applies</source>
        <translation>跳过：已适用优先级更高的佣金</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Raised to the floor (cost + minimum margin)</source>
        <translation>抬高至保底价（成本 + 最低毛利）</translation>
    </message>
    <message>
        <source>Lowered to the ceiling (list price)</source>
        <translation>降至限价（标价）</translation>
    </message>
    <message>
        <source>Floor above ceiling: sold at list price</source>
        <translation>保底价高于限价：按标价销售</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>长期有效</translation>
    </message>
</context>
<context>
    <name>ReviewItemKind</name>
    <message>
        <source>Partner application</source>
        <translation>合作渠道入驻申请</translation>
    </message>
    <message>
        <source>Mini-program submission</source>
        <translation>小程序提审</translation>
    </message>
</context>
<context>
    <name>ReviewReason</name>
    <message>
        <source>Meets the guidelines</source>
        <translation>符合规范</translation>
    </message>
    <message>
        <source>Missing privacy policy</source>
        <translation>缺少隐私政策</translation>
    </message>
    <message>
        <source>Content does not match the description</source>
        <translation>内容与描述不符</translation>
    </message>
    <message>
        <source>Broken pages</source>
        <translation>页面无法正常打开</translation>
    </message>
    <message>
        <source>Category not allowed</source>
        <translation>类目不在允许范围内</translation>
    </message>
    <message>
        <source>Misleading screenshots</source>
        <translation>截图存在误导</translation>
    </message>
    <message>
        <source>Needs more time to review</source>
        <translation>需要更多审核时间</translation>
    </message>
    <message>
        <source>Waiting for the partner&apos;s answer</source>
        <translation>等待合作渠道答复</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operator</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>News app</source>
        <translation>新闻资讯</translation>
    </message>
    <message>
        <source>Video site</source>
        <translation>视频网站</translation>
    </message>
    <message>
        <source>Telecom points mall</source>
        <translation>电信积分商城</translation>
    </message>
    <message>
        <source>Bank points mall</source>
        <translation>银行积分商城</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>社交网络</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Content community</source>
        <translation>内容社区</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>短视频</translation>
    </message>
    <message>
        <source>Live streaming</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>旅游出行</translation>
    </message>
    <message>
        <source>Maps and local life</source>
        <translation>地图与本地生活</translation>
    </message>
    <message>
        <source>Airline miles mall</source>
        <translation>航空里程商城</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Smart device</source>
        <translation>智能设备</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Enterprise procurement</source>
        <translation>企业采购</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
</context>
<context>
    <name>TimeRangePreset</name>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 秒</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
</context>
</TS>
