<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. The server and console versions may not match.</source>
        <translation>The server sent an answer the console cannot read. The server and console versions may not match.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The request is incomplete.</source>
        <translation>The request is incomplete.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again later.</source>
        <translation>Too many failed sign-ins. Try again later.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation>Too many requests. Try again later.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Someone else saved this record first.</source>
        <translation>Someone else saved this record first.</translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation>The record&apos;s version is missing. Reload it and try again.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>This record does not exist. It may have been deleted.</source>
        <translation>This record does not exist. It may have been deleted.</translation>
    </message>
    <message>
        <source>The server does not offer this function. It may be an older version.</source>
        <translation>The server does not offer this function. It may be an older version.</translation>
    </message>
    <message>
        <source>An entry with this name already exists.</source>
        <translation>An entry with this name already exists.</translation>
    </message>
    <message>
        <source>This change conflicts with the current data. Reload and try again.</source>
        <translation>This change conflicts with the current data. Reload and try again.</translation>
    </message>
    <message>
        <source>The data is too large to send.</source>
        <translation>The data is too large to send.</translation>
    </message>
    <message>
        <source>The server could not read the request. The server and console versions may not match.</source>
        <translation>The server could not read the request. The server and console versions may not match.</translation>
    </message>
    <message>
        <source>The list could not be loaded with these settings. Reload the list.</source>
        <translation>The list could not be loaded with these settings. Reload the list.</translation>
    </message>
    <message>
        <source>The server ran into an internal error.</source>
        <translation>The server ran into an internal error.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a moment.</source>
        <translation>The server is temporarily unavailable. Try again in a moment.</translation>
    </message>
    <message>
        <source>The server ran into an error (HTTP %1).</source>
        <translation>The server ran into an error (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>the given address</source>
        <translation>the given address</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Is it running?</source>
        <translation>Cannot reach the server at %1. Is it running?</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>The server %1 was not found. Check the address.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Try again.</source>
        <translation>The server closed the connection unexpectedly. Try again.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check the address and the server&apos;s certificate.</source>
        <translation>A secure connection to %1 could not be established. Check the address and the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection.</source>
        <translation>The network is not available. Check your connection.</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check the proxy settings.</source>
        <translation>The proxy server could not be used. Check the proxy settings.</translation>
    </message>
    <message>
        <source>The server address is not valid. Use an address such as http://host:port.</source>
        <translation>The server address is not valid. Use an address such as http://host:port.</translation>
    </message>
    <message>
        <source>The server redirected the request in a way the console does not follow.</source>
        <translation>The server redirected the request in a way the console does not follow.</translation>
    </message>
    <message>
        <source>A network problem stopped the request to %1.</source>
        <translation>A network problem stopped the request to %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Network error: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Server said: %1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation>This value has the wrong type.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>This value is out of range.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>This is too short.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>There are too many entries.</source>
        <translation>There are too many entries.</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>This value is already in use.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation>This field cannot be changed.</translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation>The server does not know this field.</translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation>This value was not accepted.</translation>
    </message>
    <message>
        <source>You cannot decide on a partner you created yourself. Ask another reviewer.</source>
        <translation>You cannot decide on a partner you created yourself. Ask another reviewer.</translation>
    </message>
    <message>
        <source>The file is not a partner CSV that can be imported.</source>
        <translation>The file is not a partner CSV that can be imported.</translation>
    </message>
    <message>
        <source>This request was already sent with different content. Start the action again.</source>
        <translation>This request was already sent with different content. Start the action again.</translation>
    </message>
    <message>
        <source>The same request is still being processed. Try again in a moment.</source>
        <translation>The same request is still being processed. Try again in a moment.</translation>
    </message>
    <message>
        <source>This key was already revoked. Reload to see the current keys.</source>
        <translation>This key was already revoked. Reload to see the current keys.</translation>
    </message>
    <message>
        <source>Only a key that is still in use can be rotated. Issue a new key instead.</source>
        <translation>Only a key that is still in use can be rotated. Issue a new key instead.</translation>
    </message>
    <message>
        <source>This partner group does not exist. Reload the list of groups.</source>
        <translation>This partner group does not exist. Reload the list of groups.</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>This line is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This line has a different number of cells than the header.</source>
        <translation>This line has a different number of cells than the header.</translation>
    </message>
    <message>
        <source>A quoted cell on this line is not closed properly.</source>
        <translation>A quoted cell on this line is not closed properly.</translation>
    </message>
    <message>
        <source>No partner has this id.</source>
        <translation>No partner has this id.</translation>
    </message>
    <message>
        <source>Someone changed this partner after the file was exported. Export again.</source>
        <translation>Someone changed this partner after the file was exported. Export again.</translation>
    </message>
    <message>
        <source>This partner is terminated or rejected; it gets no new keys.</source>
        <translation>This partner is terminated or rejected; it gets no new keys.</translation>
    </message>
    <message>
        <source>Reviewer %1 decided this item while you were looking at it. Reload it to see their decision.</source>
        <translation>Reviewer %1 decided this item while you were looking at it. Reload it to see their decision.</translation>
    </message>
    <message>
        <source>%1 is reviewing this item right now (they claimed it). Pick another item, or ask them to release it.</source>
        <translation>%1 is reviewing this item right now (they claimed it). Pick another item, or ask them to release it.</translation>
    </message>
    <message>
        <source>Another reviewer is reviewing this item right now. Pick another item.</source>
        <translation>Another reviewer is reviewing this item right now. Pick another item.</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to: rolling back would leave the mini-program offline.</source>
        <translation>There is no earlier release to go back to: rolling back would leave the mini-program offline.</translation>
    </message>
    <message>
        <source>Another version of this mini-program is still in gray release. Release it to everyone or roll it back first.</source>
        <translation>Another version of this mini-program is still in gray release. Release it to everyone or roll it back first.</translation>
    </message>
    <message>
        <source>A gray release can only grow: choose a higher percentage than now.</source>
        <translation>A gray release can only grow: choose a higher percentage than now.</translation>
    </message>
    <message>
        <source>This version is already released to everyone.</source>
        <translation>This version is already released to everyone.</translation>
    </message>
    <message>
        <source>The percentage must be between 1 and 100.</source>
        <translation>The percentage must be between 1 and 100.</translation>
    </message>
    <message>
        <source>The partner has revoked Kepler&apos;s authorisation for this mini-program.</source>
        <translation>The partner has revoked Kepler&apos;s authorisation for this mini-program.</translation>
    </message>
    <message>
        <source>The partner has used up this month&apos;s submissions.</source>
        <translation>The partner has used up this month&apos;s submissions.</translation>
    </message>
    <message>
        <source>The partner has withdrawn too many submissions today or this month.</source>
        <translation>The partner has withdrawn too many submissions today or this month.</translation>
    </message>
    <message>
        <source>The file is not a PNG or JPEG image.</source>
        <translation>The file is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>This step is not possible in the current state. Reload to see what changed.</source>
        <translation>This step is not possible in the current state. Reload to see what changed.</translation>
    </message>
    <message>
        <source>%1 saved this record while you were editing it. Your edits are kept; load their version to compare.</source>
        <translation>%1 saved this record while you were editing it. Your edits are kept; load their version to compare.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, like name@example.com.</source>
        <translation>Enter an e-mail address, like name@example.com.</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces and + - ( ).</source>
        <translation>A phone number may hold only digits, spaces and + - ( ).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another admin to do it.</source>
        <translation>You cannot disable your own account. Ask another admin to do it.</translation>
    </message>
    <message>
        <source>You cannot remove your own admin role. Ask another admin to do it.</source>
        <translation>You cannot remove your own admin role. Ask another admin to do it.</translation>
    </message>
    <message>
        <source>The lowest price is above the highest.</source>
        <translation type="unfinished">The lowest price is above the highest.</translation>
    </message>
    <message>
        <source>Use 3 to 32 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Use 3 to 32 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Partner created</source>
        <translation>Partner created</translation>
    </message>
    <message>
        <source>Partner edited</source>
        <translation>Partner edited</translation>
    </message>
    <message>
        <source>Partner submitted for review</source>
        <translation>Partner submitted for review</translation>
    </message>
    <message>
        <source>Partner approved</source>
        <translation>Partner approved</translation>
    </message>
    <message>
        <source>Partner rejected</source>
        <translation>Partner rejected</translation>
    </message>
    <message>
        <source>Partner suspended</source>
        <translation>Partner suspended</translation>
    </message>
    <message>
        <source>Partner resumed</source>
        <translation>Partner resumed</translation>
    </message>
    <message>
        <source>Partner terminated</source>
        <translation>Partner terminated</translation>
    </message>
    <message>
        <source>App key issued</source>
        <translation>App key issued</translation>
    </message>
    <message>
        <source>App key rotated</source>
        <translation>App key rotated</translation>
    </message>
    <message>
        <source>App key revoked</source>
        <translation>App key revoked</translation>
    </message>
    <message>
        <source>Partner created by import</source>
        <translation>Partner created by import</translation>
    </message>
    <message>
        <source>Partner updated by import</source>
        <translation>Partner updated by import</translation>
    </message>
    <message>
        <source>Group defaults changed</source>
        <translation>Group defaults changed</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Partners: everything</source>
        <translation>Partners: everything</translation>
    </message>
    <message>
        <source>Partners: edits</source>
        <translation>Partners: edits</translation>
    </message>
    <message>
        <source>Partners: suspensions</source>
        <translation>Partners: suspensions</translation>
    </message>
    <message>
        <source>Partners: approvals</source>
        <translation>Partners: approvals</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>App keys</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Sign-ins and sign-outs</source>
        <translation>Sign-ins and sign-outs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Daily order cap</source>
        <translation>Daily order cap</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Revoked by</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <source>Mini-program authorised</source>
        <translation>Mini-program authorised</translation>
    </message>
    <message>
        <source>Mini-program authorisation revoked</source>
        <translation>Mini-program authorisation revoked</translation>
    </message>
    <message>
        <source>Mini-program draft created</source>
        <translation>Mini-program draft created</translation>
    </message>
    <message>
        <source>Mini-program submitted for review</source>
        <translation>Mini-program submitted for review</translation>
    </message>
    <message>
        <source>Mini-program submission withdrawn</source>
        <translation>Mini-program submission withdrawn</translation>
    </message>
    <message>
        <source>Mini-program approved</source>
        <translation>Mini-program approved</translation>
    </message>
    <message>
        <source>Mini-program rejected</source>
        <translation>Mini-program rejected</translation>
    </message>
    <message>
        <source>Mini-program review delayed</source>
        <translation>Mini-program review delayed</translation>
    </message>
    <message>
        <source>Mini-program released</source>
        <translation>Mini-program released</translation>
    </message>
    <message>
        <source>Mini-program rolled back</source>
        <translation>Mini-program rolled back</translation>
    </message>
    <message>
        <source>Mini-program AppID</source>
        <translation>Mini-program AppID</translation>
    </message>
    <message>
        <source>Code version</source>
        <translation>Code version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Privacy declaration</source>
        <translation>Privacy declaration</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Screenshots</translation>
    </message>
    <message>
        <source>Partner&apos;s notes</source>
        <translation>Partner&apos;s notes</translation>
    </message>
    <message>
        <source>Gray release %</source>
        <translation>Gray release %</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Partner ID</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client address</translation>
    </message>
    <message>
        <source>%1 % of users</source>
        <translation>%1 % of users</translation>
    </message>
    <message>
        <source>Mini-programs: everything</source>
        <translation>Mini-programs: everything</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Product pool</source>
        <translation>Product pool</translation>
    </message>
    <message>
        <source>Pricing rule</source>
        <translation>Pricing rule</translation>
    </message>
    <message>
        <source>Pricing policy</source>
        <translation>Pricing policy</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation type="unfinished">Mini-program</translation>
    </message>
    <message>
        <source>All sessions ended</source>
        <translation>All sessions ended</translation>
    </message>
    <message>
        <source>Annotation added</source>
        <translation>Annotation added</translation>
    </message>
    <message>
        <source>Annotation deleted</source>
        <translation>Annotation deleted</translation>
    </message>
    <message>
        <source>Product pool created</source>
        <translation>Product pool created</translation>
    </message>
    <message>
        <source>Product pool edited</source>
        <translation>Product pool edited</translation>
    </message>
    <message>
        <source>Pricing rule created</source>
        <translation>Pricing rule created</translation>
    </message>
    <message>
        <source>Pricing rule edited</source>
        <translation>Pricing rule edited</translation>
    </message>
    <message>
        <source>Pricing rule activated</source>
        <translation>Pricing rule activated</translation>
    </message>
    <message>
        <source>Pricing rule deactivated</source>
        <translation>Pricing rule deactivated</translation>
    </message>
    <message>
        <source>Pricing policy changed</source>
        <translation>Pricing policy changed</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <source>Rate limit in effect</source>
        <translation>Rate limit in effect</translation>
    </message>
    <message>
        <source>Rate limit comes from</source>
        <translation>Rate limit comes from</translation>
    </message>
    <message>
        <source>Daily order cap in effect</source>
        <translation>Daily order cap in effect</translation>
    </message>
    <message>
        <source>Daily order cap comes from</source>
        <translation>Daily order cap comes from</translation>
    </message>
    <message>
        <source>Set for this partner</source>
        <translation>Set for this partner</translation>
    </message>
    <message>
        <source>The partner&apos;s group</source>
        <translation>The partner&apos;s group</translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation>Platform default</translation>
    </message>
</context>
<context>
    <name>Kepler::ApiJob</name>
    <message>
        <source>The console is not connected to a server.</source>
        <translation>The console is not connected to a server.</translation>
    </message>
    <message>
        <source>The server address is not valid. Use an address such as http://host:port.</source>
        <translation>The server address is not valid. Use an address such as http://host:port.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
</context>
<context>
    <name>Kepler::AuditDiffModel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>Kepler::AuditListModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Kepler::AuditLogPage</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Who (username)</source>
        <translation>Who (username)</translation>
    </message>
    <message>
        <source>Filter by who</source>
        <translation>Filter by who</translation>
    </message>
    <message>
        <source>About, e.g. partner:12</source>
        <translation>About, e.g. partner:12</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Filter by entity</translation>
    </message>
    <message>
        <source>An entity type (partner, user, session) or one entity as type:id</source>
        <translation>An entity type (partner, user, session) or one entity as type:id</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Between dates…</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>Filter by time</translation>
    </message>
    <message>
        <source>From this day (inclusive)</source>
        <translation>From this day (inclusive)</translation>
    </message>
    <message>
        <source>To this day (inclusive)</source>
        <translation>To this day (inclusive)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Only changed fields</source>
        <translation>Only changed fields</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see what changed.</source>
        <translation>Select a line to see what changed.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>By %1 on %2</source>
        <translation>By %1 on %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
</context>
<context>
    <name>Kepler::AvailabilityPage</name>
    <message>
        <source>SLO per partner — could not be loaded: %1</source>
        <translation>SLO per partner — could not be loaded: %1</translation>
    </message>
    <message>
        <source>SLO per partner, worst burn first — target %1 (double-click to open)</source>
        <translation>SLO per partner, worst burn first — target %1 (double-click to open)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Burn-rate alert fired</source>
        <translation>Burn-rate alert fired</translation>
    </message>
    <message>
        <source>No burn-rate alert fired in this range.</source>
        <translation>No burn-rate alert fired in this range.</translation>
    </message>
    <message>
        <source>Mark a moment</source>
        <translation>Mark a moment</translation>
    </message>
    <message>
        <source>Note for now (%1), shown to everyone:</source>
        <translation>Note for now (%1), shown to everyone:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Mark a moment…</source>
        <translation>Mark a moment…</translation>
    </message>
    <message>
        <source>Add a note at the current time (a release, an incident); everyone sees it on these charts.</source>
        <translation>Add a note at the current time (a release, an incident); everyone sees it on these charts.</translation>
    </message>
    <message>
        <source>Success ratio</source>
        <translation>Success ratio</translation>
    </message>
    <message>
        <source>Latency p50 / p95 / p99</source>
        <translation>Latency p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Requests per minute</translation>
    </message>
    <message>
        <source>Error budget left (30 days)</source>
        <translation>Error budget left (30 days)</translation>
    </message>
    <message>
        <source>SLO per partner, worst burn first (double-click to open)</source>
        <translation>SLO per partner, worst burn first (double-click to open)</translation>
    </message>
    <message numerus="yes">
        <source>Burn-rate alerts fired %n time(s) in this range (dashed markers on the success ratio).</source>
        <translation>
            <numerusform>Burn-rate alerts fired %n time in this range (dashed marker on the success ratio).</numerusform>
            <numerusform>Burn-rate alerts fired %n times in this range (dashed markers on the success ratio).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::BulkActionWizard</name>
    <message numerus="yes">
        <source>Bulk action on %n partner(s)</source>
        <translation>
            <numerusform>Bulk action on %n partner</numerusform>
            <numerusform>Bulk action on %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose what to do with the %n selected partner(s).</source>
        <translation>
            <numerusform>Choose what to do with the %n selected partner.</numerusform>
            <numerusform>Choose what to do with the %n selected partners.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Remove a tag</translation>
    </message>
    <message>
        <source>Move to a group</source>
        <translation>Move to a group</translation>
    </message>
    <message>
        <source>What happened, for each partner&apos;s timeline</source>
        <translation>What happened, for each partner&apos;s timeline</translation>
    </message>
    <message>
        <source>e.g. 11.11</source>
        <translation>e.g. 11.11</translation>
    </message>
    <message>
        <source>No group (platform defaults)</source>
        <translation>No group (platform defaults)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Retry &amp;failed</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Save results…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will be suspended.</source>
        <translation>
            <numerusform>%n partner will be suspended.</numerusform>
            <numerusform>%n partners will be suspended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will be resumed.</source>
        <translation>
            <numerusform>%n partner will be resumed.</numerusform>
            <numerusform>%n partners will be resumed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will get the tag &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n partner will get the tag &quot;%1&quot;.</numerusform>
            <numerusform>%n partners will get the tag &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will lose the tag &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n partner will lose the tag &quot;%1&quot;.</numerusform>
            <numerusform>%n partners will lose the tag &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will move to: %1.</source>
        <translation>
            <numerusform>%n partner will move to: %1.</numerusform>
            <numerusform>%n partners will move to: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: the partner is %1.</source>
        <translation>Skipped: the partner is %1.</translation>
    </message>
    <message>
        <source>Skipped: it already has this tag.</source>
        <translation>Skipped: it already has this tag.</translation>
    </message>
    <message>
        <source>Skipped: it does not have this tag.</source>
        <translation>Skipped: it does not have this tag.</translation>
    </message>
    <message>
        <source>Skipped: it is already in this group.</source>
        <translation>Skipped: it is already in this group.</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Will change</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm: change %n partner(s)</source>
        <translation>
            <numerusform>&amp;Confirm: change %n partner</numerusform>
            <numerusform>&amp;Confirm: change %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>This partner no longer exists.</translation>
    </message>
    <message>
        <source>Not changed: the partner is now %1.</source>
        <translation>Not changed: the partner is now %1.</translation>
    </message>
    <message>
        <source>Not changed: the partner has the most tags allowed.</source>
        <translation>Not changed: the partner has the most tags allowed.</translation>
    </message>
    <message>
        <source>Not changed (%1).</source>
        <translation>Not changed (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n partner(s) done.</source>
        <translation>
            <numerusform>Sending… %1 of %n partner done.</numerusform>
            <numerusform>Sending… %1 of %n partners done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n partner(s) could not be changed.</source>
        <translation>
            <numerusform>Finished: %n partner could not be changed.</numerusform>
            <numerusform>Finished: %n partners could not be changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: every change was saved.</source>
        <translation>Finished: every change was saved.</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Save results</translation>
    </message>
    <message>
        <source>bulk-results.csv</source>
        <translation>bulk-results.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>&amp;Check the effect…</source>
        <translation>&amp;Check the effect…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n partner will be skipped (see below).</numerusform>
            <numerusform>%n partners will be skipped (see below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::BulkPartnersJob</name>
    <message>
        <source>No partners are selected.</source>
        <translation>No partners are selected.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n partner(s) can be changed in one request.</source>
        <translation>
            <numerusform>At most %n partner can be changed in one request.</numerusform>
            <numerusform>At most %n partners can be changed in one request.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::BulkResultsTable</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>Kepler::CatalogPage</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>A price must be an amount in yuan, e.g. 99 or 199.90.</source>
        <translation>A price must be an amount in yuan, e.g. 99 or 199.90.</translation>
    </message>
    <message>
        <source>The lowest price is above the highest.</source>
        <translation>The lowest price is above the highest.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1+ SKUs</source>
        <translation>%1+ SKUs</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
    <message>
        <source>No SKU selected</source>
        <translation>No SKU selected</translation>
    </message>
    <message>
        <source>Select a SKU to see its prices, margin and stock.</source>
        <translation>Select a SKU to see its prices, margin and stock.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Other name</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No (delisted)</source>
        <translation>No (delisted)</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>The catalog could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Search name or SKU keyword…</source>
        <translation>Search name or SKU keyword…</translation>
    </message>
    <message>
        <source>All sellers</source>
        <translation>All sellers</translation>
    </message>
    <message>
        <source>Self-operated</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>SKU number</source>
        <translation>SKU number</translation>
    </message>
    <message>
        <source>Price, low to high</source>
        <translation>Price, low to high</translation>
    </message>
    <message>
        <source>Price, high to low</source>
        <translation>Price, high to low</translation>
    </message>
    <message>
        <source>Stock, most first</source>
        <translation>Stock, most first</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>Kepler::CatalogSkuModel</name>
    <message>
        <source>Self-operated</source>
        <translation>Self-operated</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>Kepler::CategoryNamesLabel</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>Kepler::CategoryPickerDialog</name>
    <message>
        <source>Choose categories</source>
        <translation>Choose categories</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>A ticked category holds every category below it.</source>
        <translation>A ticked category holds every category below it.</translation>
    </message>
    <message>
        <source>Categories to include</source>
        <translation>Categories to include</translation>
    </message>
</context>
<context>
    <name>Kepler::ChangePricingRuleStatusJob</name>
    <message>
        <source>No pricing rule is selected.</source>
        <translation>No pricing rule is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::ChartStateOverlay</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation>Could not load the data: %1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>No data in this range</translation>
    </message>
</context>
<context>
    <name>Kepler::ClaimReviewJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>No review item is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Go to a page, run a command or open a partner…</source>
        <translation>Go to a page, run a command or open a partner…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Matching commands</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ to choose · Enter to run · Esc to close</translation>
    </message>
</context>
<context>
    <name>Kepler::CommandPaletteModel</name>
    <message>
        <source>Partner #%1</source>
        <translation>Partner #%1</translation>
    </message>
    <message>
        <source>%1 · partner #%2</source>
        <translation>%1 · partner #%2</translation>
    </message>
</context>
<context>
    <name>Kepler::ConnectionBar</name>
    <message>
        <source>The platform at %1 does not answer. The console keeps trying and carries on when it is back; what you typed stays here.</source>
        <translation>The platform at %1 does not answer. The console keeps trying and carries on when it is back; what you typed stays here.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Connected to %1 again.</translation>
    </message>
</context>
<context>
    <name>Kepler::ConsoleController</name>
    <message>
        <source>No system keychain: sign-in is kept for this session only</source>
        <translation>No system keychain: sign-in is kept for this session only</translation>
    </message>
    <message>
        <source>Starting the demo platform…</source>
        <translation>Starting the demo platform…</translation>
    </message>
    <message>
        <source>Could not sign in to the demo platform: %1</source>
        <translation>Could not sign in to the demo platform: %1</translation>
    </message>
    <message>
        <source>Your saved sign-in has ended. Please sign in again.</source>
        <translation>Your saved sign-in has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>The system keychain did not answer; your sign-in will be kept for this session only.</source>
        <translation>The system keychain did not answer; your sign-in will be kept for this session only.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>You have signed out.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your unsaved edits are kept.</source>
        <translation>Your session has ended. Sign in again to carry on; your unsaved edits are kept.</translation>
    </message>
    <message>
        <source>Kepler Console</source>
        <translation>Kepler Console</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>Kepler::CreateAnnotationJob</name>
    <message>
        <source>Write a note.</source>
        <translation>Write a note.</translation>
    </message>
    <message numerus="yes">
        <source>A note has at most %n character(s).</source>
        <translation>
            <numerusform>A note has at most %n character.</numerusform>
            <numerusform>A note has at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a time.</source>
        <translation>Choose a time.</translation>
    </message>
</context>
<context>
    <name>Kepler::CreatePartnerJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::CreatePoolJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::CreatePricingRuleJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::CreateSessionJob</name>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>Kepler::CreateUserJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::CredentialStore</name>
    <message>
        <source>Your sign-in will not be remembered: no system keychain is available.</source>
        <translation>Your sign-in will not be remembered: no system keychain is available.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the system keychain.</source>
        <translation>The sign-in could not be removed from the system keychain.</translation>
    </message>
</context>
<context>
    <name>Kepler::CustomRangePopup</name>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>The start must be before the end.</translation>
    </message>
</context>
<context>
    <name>Kepler::DashboardPage</name>
    <message>
        <source>Unidentified callers</source>
        <translation>Unidentified callers</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>per minute</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>per 5 minutes</translation>
    </message>
    <message>
        <source>per 15 minutes</source>
        <translation>per 15 minutes</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>per 6 hours</source>
        <translation>per 6 hours</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chart&apos;s title and what each of its points counts, e.g. &quot;Orders (per hour)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kepler::DashboardSeries</name>
    <message>
        <source>Valid orders</source>
        <translation>Valid orders</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>Invalid orders</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Error budget left</translation>
    </message>
</context>
<context>
    <name>Kepler::DecideReviewJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>No review item is selected.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The note is too long (at most %n character).</numerusform>
            <numerusform>The note is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>This decision is not possible while the submission is %1.</source>
        <translation>This decision is not possible while the submission is %1.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <source>This reason does not fit this decision.</source>
        <translation>This reason does not fit this decision.</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>Add a note that explains the reason.</translation>
    </message>
    <message>
        <source>A partner application cannot be delayed; approve or reject it.</source>
        <translation>A partner application cannot be delayed; approve or reject it.</translation>
    </message>
    <message>
        <source>This decision is not possible while the partner is %1.</source>
        <translation>This decision is not possible while the partner is %1.</translation>
    </message>
</context>
<context>
    <name>Kepler::DeleteAnnotationJob</name>
    <message>
        <source>Choose an annotation.</source>
        <translation>Choose an annotation.</translation>
    </message>
</context>
<context>
    <name>Kepler::DemoLauncher</name>
    <message>
        <source>Could not start the demo platform (%1).</source>
        <translation>Could not start the demo platform (%1).</translation>
    </message>
    <message>
        <source>The platform program kepler-platform was not found next to the console or on PATH.</source>
        <translation>The platform program kepler-platform was not found next to the console or on PATH.</translation>
    </message>
    <message>
        <source>The demo platform started but did not say where it listens.</source>
        <translation>The demo platform started but did not say where it listens.</translation>
    </message>
    <message>
        <source>The demo platform stopped (exit code %1). %2</source>
        <translation>The demo platform stopped (exit code %1). %2</translation>
    </message>
</context>
<context>
    <name>Kepler::ExplainPriceJob</name>
    <message>
        <source>Choose a partner.</source>
        <translation>Choose a partner.</translation>
    </message>
    <message>
        <source>Enter a SKU id.</source>
        <translation>Enter a SKU id.</translation>
    </message>
</context>
<context>
    <name>Kepler::FilterButton</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::GetCatalogSkuJob</name>
    <message>
        <source>No SKU is selected.</source>
        <translation>No SKU is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::GetPartnerJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>No partner is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::GetPoolJob</name>
    <message>
        <source>No pool is selected.</source>
        <translation>No pool is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::GetPricingRuleJob</name>
    <message>
        <source>No pricing rule is selected.</source>
        <translation>No pricing rule is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::GetReviewJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>No review item is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::GetScreenshotJob</name>
    <message>
        <source>No screenshot is selected.</source>
        <translation>No screenshot is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::GetUserJob</name>
    <message>
        <source>No account is selected.</source>
        <translation>No account is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::GoToPartnerDialog</name>
    <message>
        <source>Go to partner</source>
        <translation>Go to partner</translation>
    </message>
    <message>
        <source>Name, English name, contact, tag or ID</source>
        <translation>Name, English name, contact, tag or ID</translation>
    </message>
    <message>
        <source>Loading all partners…</source>
        <translation>Loading all partners…</translation>
    </message>
    <message>
        <source>No partner matches.</source>
        <translation>No partner matches.</translation>
    </message>
    <message>
        <source>%1 of %2 partners · ↑↓ to choose, Enter to open</source>
        <translation>%1 of %2 partners · ↑↓ to choose, Enter to open</translation>
    </message>
    <message>
        <source>Matching partners</source>
        <translation>Matching partners</translation>
    </message>
</context>
<context>
    <name>Kepler::ImportPartnersJob</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
</context>
<context>
    <name>Kepler::ImportPreviewModel</name>
    <message>
        <source>The file lacks the columns %1. Export partners to see the expected columns.</source>
        <translation>The file lacks the columns %1. Export partners to see the expected columns.</translation>
    </message>
    <message>
        <source>The import does not know the columns %1. Export partners to see the expected columns.</source>
        <translation>The import does not know the columns %1. Export partners to see the expected columns.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The quoted cell starting on line %1 never ends.</source>
        <translation>The quoted cell starting on line %1 never ends.</translation>
    </message>
    <message>
        <source>The file holds no partners.</source>
        <translation>The file holds no partners.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Kepler::ImportWizard</name>
    <message>
        <source>Import partners</source>
        <translation>Import partners</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a CSV file in UTF-8, for example one exported from this list and edited in a spreadsheet. Rows with an id update that partner; rows without one add a new partner. The file is checked first: nothing is written until you confirm.</source>
        <translation>Choose a CSV file in UTF-8, for example one exported from this list and edited in a spreadsheet. Rows with an id update that partner; rows without one add a new partner. The file is checked first: nothing is written until you confirm.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>Only rows with &amp;problems</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>The file is larger than 16 MiB. Split it into smaller files.</source>
        <translation>The file is larger than 16 MiB. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Checking the file… Nothing is written yet.</source>
        <translation>Checking the file… Nothing is written yet.</translation>
    </message>
    <message>
        <source>Importing… All rows are written together, or none.</source>
        <translation>Importing… All rows are written together, or none.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Fix the rows in red in the file and choose it again; the import writes all rows or none.</source>
        <translation>Nothing has been written yet. Fix the rows in red in the file and choose it again; the import writes all rows or none.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes these changes.</source>
        <translation>Nothing has been written yet. Import writes these changes.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. The file matches the partners as they are.</source>
        <translation>Nothing has been written yet. The file matches the partners as they are.</translation>
    </message>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>%n new partner</numerusform>
            <numerusform>%n new partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>Imported: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) created</source>
        <translation>
            <numerusform>%n partner created</numerusform>
            <numerusform>%n partners created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: partners changed on the server since the check. Fix the rows in red and choose the file again.</source>
        <translation>Nothing was written: partners changed on the server since the check. Fix the rows in red and choose the file again.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
</context>
<context>
    <name>Kepler::IssuePartnerKeyJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>No partner is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::KeyboardCommands</name>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Command palette…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>Kepler::LanguageManager</name>
    <message>
        <source>Kepler Console</source>
        <translation>Kepler Console</translation>
    </message>
</context>
<context>
    <name>Kepler::ListAnnotationsJob</name>
    <message>
        <source>The end of the time range must be later than its start.</source>
        <translation>The end of the time range must be later than its start.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListAuditJob</name>
    <message>
        <source>A page must hold between 1 and %1 events.</source>
        <translation>A page must hold between 1 and %1 events.</translation>
    </message>
    <message numerus="yes">
        <source>A filter is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>A filter is too long (at most %n character).</numerusform>
            <numerusform>A filter is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the time window must be later than its start.</source>
        <translation>The end of the time window must be later than its start.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListCatalogSkusJob</name>
    <message>
        <source>A page must hold between 1 and %1 items.</source>
        <translation>A page must hold between 1 and %1 items.</translation>
    </message>
    <message>
        <source>The keyword is too long (at most %1 characters).</source>
        <translation>The keyword is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The lowest price is above the highest.</source>
        <translation>The lowest price is above the highest.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListPartnerKeysJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>No partner is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListPartnersJob</name>
    <message>
        <source>A page must hold between 1 and %1 partners.</source>
        <translation>A page must hold between 1 and %1 partners.</translation>
    </message>
    <message numerus="yes">
        <source>The search text is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The search text is too long (at most %n character).</numerusform>
            <numerusform>The search text is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>The list cannot be sorted by this column.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListPoolSkusJob</name>
    <message>
        <source>No pool is selected.</source>
        <translation>No pool is selected.</translation>
    </message>
    <message>
        <source>A page must hold between 1 and %1 items.</source>
        <translation>A page must hold between 1 and %1 items.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListReviewsJob</name>
    <message>
        <source>A page must hold between 1 and %1 items.</source>
        <translation>A page must hold between 1 and %1 items.</translation>
    </message>
    <message>
        <source>This kind of review item does not exist.</source>
        <translation>This kind of review item does not exist.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListSessionsJob</name>
    <message>
        <source>Choose an account.</source>
        <translation>Choose an account.</translation>
    </message>
</context>
<context>
    <name>Kepler::ListUsersJob</name>
    <message>
        <source>A page must hold between 1 and %1 accounts.</source>
        <translation>A page must hold between 1 and %1 accounts.</translation>
    </message>
</context>
<context>
    <name>Kepler::LoginDialog</name>
    <message>
        <source>Sign in — Kepler Console</source>
        <translation>Sign in — Kepler Console</translation>
    </message>
    <message>
        <source>Sign in to the Kepler open platform</source>
        <translation>Sign in to the Kepler open platform</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Address of the platform service, e.g. https://kepler.example.com</source>
        <translation>Address of the platform service, e.g. https://kepler.example.com</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Keeps your sign-in in the system keychain, never in a plain file</source>
        <translation>Keeps your sign-in in the system keychain, never in a plain file</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. http://127.0.0.1:8470.</source>
        <translation>Enter the server address, e.g. http://127.0.0.1:8470.</translation>
    </message>
</context>
<context>
    <name>Kepler::MainWindow</name>
    <message>
        <source>About Kepler Console</source>
        <translation>About Kepler Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kepler Console&lt;/b&gt; %1&lt;br&gt;Operations console of the Kepler open platform (开普勒开放平台).&lt;br&gt;Built with Qt %2.</source>
        <translation>&lt;b&gt;Kepler Console&lt;/b&gt; %1&lt;br&gt;Operations console of the Kepler open platform (开普勒开放平台).&lt;br&gt;Built with Qt %2.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>&amp;Staff accounts</translation>
    </message>
    <message>
        <source>&amp;Find partner…</source>
        <translation>&amp;Find partner…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kepler Console</source>
        <translation>&amp;About Kepler Console</translation>
    </message>
    <message>
        <source>Demo data: this console runs against a local demo platform with generated partners. Nothing here is real, and changes stay on this computer.</source>
        <translation>Demo data: this console runs against a local demo platform with generated partners. Nothing here is real, and changes stay on this computer.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation>Your changes to %1 are not saved. Discard them?</translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved edits are still here; sign in to save them.</source>
        <translation>You are signed out. Your unsaved edits are still here; sign in to save them.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>&amp;Go to partner…</source>
        <translation>&amp;Go to partner…</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>P&amp;artners</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Reviews</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>Reviews (%1)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for a decision</source>
        <translation>
            <numerusform>%n item waiting for a decision</numerusform>
            <numerusform>%n items waiting for a decision</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Product p&amp;ools</source>
        <translation>Product p&amp;ools</translation>
    </message>
    <message>
        <source>Pr&amp;icing</source>
        <translation>Pr&amp;icing</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>Availa&amp;bility</source>
        <translation>Availa&amp;bility</translation>
    </message>
    <message>
        <source>Or&amp;ders</source>
        <translation>Or&amp;ders</translation>
    </message>
    <message>
        <source>Signed-in s&amp;essions…</source>
        <translation>Signed-in s&amp;essions…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Writing the demo&apos;s 30-day history: %1 %</source>
        <translation>Writing the demo&apos;s 30-day history: %1 %</translation>
    </message>
    <message>
        <source>The first start of demo mode sends 30 days of simulated partner calls to the platform. The dashboards fill in as it goes and reload when it is done; everything else works meanwhile.</source>
        <translation>The first start of demo mode sends 30 days of simulated partner calls to the platform. The dashboards fill in as it goes and reload when it is done; everything else works meanwhile.</translation>
    </message>
</context>
<context>
    <name>Kepler::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Kepler::MetricsDecode</name>
    <message>
        <source>The end of the time range must be later than its start.</source>
        <translation>The end of the time range must be later than its start.</translation>
    </message>
    <message>
        <source>%1 is not a step the service knows.</source>
        <translation>%1 is not a step the service knows.</translation>
    </message>
    <message>
        <source>The figures cannot be grouped by %1.</source>
        <translation>The figures cannot be grouped by %1.</translation>
    </message>
    <message>
        <source>Choose a partner.</source>
        <translation>Choose a partner.</translation>
    </message>
</context>
<context>
    <name>Kepler::MetricsOrdersJob</name>
    <message>
        <source>Orders are not counted per gateway service.</source>
        <translation>Orders are not counted per gateway service.</translation>
    </message>
</context>
<context>
    <name>Kepler::OrdersPage</name>
    <message>
        <source>The ranking could not be loaded: %1</source>
        <translation>The ranking could not be loaded: %1</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Other partners</translation>
    </message>
    <message>
        <source>No partner is over the threshold.</source>
        <translation>No partner is over the threshold.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) over the threshold (in red): review their orders.</source>
        <translation>
            <numerusform>%n partner over the threshold (in red): review their orders.</numerusform>
            <numerusform>%n partners over the threshold (in red): review their orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <source>Valid and invalid orders</source>
        <translation>Valid and invalid orders</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>Invalid orders</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Partner (top %1)</source>
        <translation>Partner (top %1)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Stacked</translation>
    </message>
    <message>
        <source>Top partners by GMV (double-click to open)</source>
        <translation>Top partners by GMV (double-click to open)</translation>
    </message>
    <message>
        <source>Invalid-order share per partner</source>
        <translation>Invalid-order share per partner</translation>
    </message>
    <message>
        <source>Flag above:</source>
        <translation>Flag above:</translation>
    </message>
    <message numerus="yes">
        <source>Partners with at least %n order(s) whose share of invalid orders is above this are flagged for review.</source>
        <translation>
            <numerusform>Partners with at least %n order whose share of invalid orders is above this are flagged for review.</numerusform>
            <numerusform>Partners with at least %n orders whose share of invalid orders is above this are flagged for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a share of at least %1.</source>
        <extracomment>%1 is the limit, e.g. &quot;0.5 %&quot;</extracomment>
        <translation>Enter a share of at least %1.</translation>
    </message>
    <message>
        <source>Enter a share of at most %1.</source>
        <translation>Enter a share of at most %1.</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>overall</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>no traffic</translation>
    </message>
    <message>
        <source>target %1 · %2 requests in 30 days</source>
        <translation>target %1 · %2 requests in 30 days</translation>
    </message>
    <message>
        <source>burn rate 1 h %1×, 6 h %2×, 3 d %3×</source>
        <translation>burn rate 1 h %1×, 6 h %2×, 3 d %3×</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No burn-rate alert is firing.</source>
        <translation>No burn-rate alert is firing.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>vs same time yesterday %1 (%2)&lt;br&gt;vs same time last week %3 (%4)</source>
        <translation>vs same time yesterday %1 (%2)&lt;br&gt;vs same time last week %3 (%4)</translation>
    </message>
    <message>
        <source>same time yesterday %1&lt;br&gt;same time last week %2</source>
        <translation>same time yesterday %1&lt;br&gt;same time last week %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Availability — the last 30 days</source>
        <translation>Availability — the last 30 days</translation>
    </message>
    <message>
        <source>Orders today (Beijing time)</source>
        <translation>Orders today (Beijing time)</translation>
    </message>
    <message>
        <source>Top partners in the range (double-click to open)</source>
        <translation>Top partners in the range (double-click to open)</translation>
    </message>
    <message>
        <source>Overall success ratio</source>
        <translation>Overall success ratio</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Error budget left</translation>
    </message>
    <message>
        <source>Burn-rate alerts now</source>
        <translation>Burn-rate alerts now</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Valid-order share</source>
        <translation>Valid-order share</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Success 30 d</source>
        <translation>Success 30 d</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget left</translation>
    </message>
    <message>
        <source>Burn 1 h</source>
        <translation>Burn 1 h</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Valid and invalid orders</source>
        <translation>Valid and invalid orders</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerActionJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>No partner is selected.</translation>
    </message>
    <message>
        <source>This step is not possible while the partner is %1.</source>
        <translation>This step is not possible while the partner is %1.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <source>This reason does not fit this step.</source>
        <translation>This reason does not fit this step.</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>Add a note that explains the reason.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The note is too long (at most %n character).</numerusform>
            <numerusform>The note is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerCommands</name>
    <message>
        <source>&amp;Next partner</source>
        <translation>&amp;Next partner</translation>
    </message>
    <message>
        <source>&amp;Previous partner</source>
        <translation>&amp;Previous partner</translation>
    </message>
    <message>
        <source>Save current &amp;filter…</source>
        <translation>Save current &amp;filter…</translation>
    </message>
    <message>
        <source>&amp;Bulk action on selected…</source>
        <translation>&amp;Bulk action on selected…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Export list as CSV…</translation>
    </message>
    <message>
        <source>Show in &amp;audit log</source>
        <translation>Show in &amp;audit log</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>&amp;Commission</source>
        <translation>&amp;Commission</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>e.g. 今日资讯</source>
        <translation>e.g. 今日资讯</translation>
    </message>
    <message>
        <source>e.g. Daily News</source>
        <translation>e.g. Daily News</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. gold, 11.11</source>
        <translation>Comma-separated, e.g. gold, 11.11</translation>
    </message>
    <message>
        <source>Share of the order value paid to the partner</source>
        <translation>Share of the order value paid to the partner</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation>Save changes (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>A new partner starts as an application and is reviewed before it goes live.</source>
        <translation>A new partner starts as an application and is reviewed before it goes live.</translation>
    </message>
    <message>
        <source>ID %1 · version %2
Created by %3 on %4
Last changed by %5 on %6</source>
        <translation>ID %1 · version %2
Created by %3 on %4
Last changed by %5 on %6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Please correct the marked fields:</source>
        <translation>Please correct the marked fields:</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Save or revert your changes first</source>
        <translation>Save or revert your changes first</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Your role offers no step from here.</source>
        <translation>Your role offers no step from here.</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Rejected applications can be edited and submitted again.</source>
        <translation>Rejected applications can be edited and submitted again.</translation>
    </message>
    <message>
        <source>Commission cannot be below %1.</source>
        <extracomment>%1 is the limit with its unit, e.g. &quot;100.00 %&quot;</extracomment>
        <translation>Commission cannot be below %1.</translation>
    </message>
    <message>
        <source>Commission can be at most %1.</source>
        <translation>Commission can be at most %1.</translation>
    </message>
    <message>
        <source>Draft · not saved yet</source>
        <translation>Draft · not saved yet</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerFilterBar</name>
    <message>
        <source>Search name, contact or tag…</source>
        <translation>Search name, contact or tag…</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Search partners</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerKeySecretDialog</name>
    <message>
        <source>New app key</source>
        <translation>New app key</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; It is shown only this once: Kepler keeps no copy it can show again. If it is lost, rotate the key to get a new secret.</source>
        <translation>&lt;b&gt;Copy the secret now.&lt;/b&gt; It is shown only this once: Kepler keeps no copy it can show again. If it is lost, rotate the key to get a new secret.</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <source>App &amp;key</source>
        <translation>App &amp;key</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Copy the secret</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>Give both to the partner over a secure channel. Signing requests is described in the partner documentation (signing.md).</source>
        <translation>Give both to the partner over a secure channel. Signing requests is described in the partner documentation (signing.md).</translation>
    </message>
    <message>
        <source>I have copied the secret</source>
        <translation>I have copied the secret</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Close without copying?</translation>
    </message>
    <message>
        <source>The secret was not copied. Kepler keeps no copy: after closing, it cannot be shown again and the key must be rotated to get a new secret.</source>
        <translation>The secret was not copied. Kepler keeps no copy: after closing, it cannot be shown again and the key must be rotated to get a new secret.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Close without copying</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerKeysPanel</name>
    <message>
        <source>&amp;Issue key</source>
        <translation>&amp;Issue key</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotate…</translation>
    </message>
    <message>
        <source>Issue a new key; the selected key keeps working for a while</source>
        <translation>Issue a new key; the selected key keeps working for a while</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Stop the selected key at once</source>
        <translation>Stop the selected key at once</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Revoke %1? Requests signed with it are refused at once. This cannot be undone.</source>
        <translation>Revoke %1? Requests signed with it are refused at once. This cannot be undone.</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Key %1 was revoked.</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerListTools</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No partners match</source>
        <translation>No partners match</translation>
    </message>
    <message>
        <source>%1 of %2 partners shown</source>
        <translation>%1 of %2 partners shown</translation>
    </message>
    <message>
        <source>Bulk action (%1)…</source>
        <translation>Bulk action (%1)…</translation>
    </message>
    <message>
        <source>Bulk action…</source>
        <translation>Bulk action…</translation>
    </message>
    <message>
        <source>Suspend, resume, tag or regroup the selected partners in one go (%1). Ctrl-click or Shift-click rows to select several.</source>
        <translation>Suspend, resume, tag or regroup the selected partners in one go (%1). Ctrl-click or Shift-click rows to select several.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reload the list from the server (%1)</source>
        <translation>Reload the list from the server (%1)</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Register a new partner channel (%1)</source>
        <translation>Register a new partner channel (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Create or update partners from a CSV file, checked before anything is written (%1)</source>
        <translation>Create or update partners from a CSV file, checked before anything is written (%1)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the partners this filter selects as CSV, for Excel (%1)</source>
        <translation>Save the partners this filter selects as CSV, for Excel (%1)</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerQuotaPanel</name>
    <message>
        <source>No group (platform defaults)</source>
        <translation>No group (platform defaults)</translation>
    </message>
    <message>
        <source>%1 (%2 req/s, %3 orders/day)</source>
        <translation>%1 (%2 req/s, %3 orders/day)</translation>
    </message>
    <message>
        <source>set for this partner</source>
        <translation>set for this partner</translation>
    </message>
    <message>
        <source>from group %1</source>
        <translation>from group %1</translation>
    </message>
    <message>
        <source>from its group</source>
        <translation>from its group</translation>
    </message>
    <message>
        <source>platform default</source>
        <translation>platform default</translation>
    </message>
    <message>
        <source>%1 req/s — %2</source>
        <extracomment>e.g. &quot;500 req/s — from group 金牌&quot;</extracomment>
        <translation>%1 req/s — %2</translation>
    </message>
    <message>
        <source>%1 orders/day — %2</source>
        <extracomment>e.g. &quot;2,000 orders/day — platform default&quot;</extracomment>
        <translation>%1 orders/day — %2</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Rate limit</source>
        <translation>&amp;Rate limit</translation>
    </message>
    <message>
        <source>&amp;Daily order cap</source>
        <translation>&amp;Daily order cap</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Inherit</translation>
    </message>
    <message>
        <source>Use the group&apos;s rate limit, or the platform default without a group</source>
        <translation>Use the group&apos;s rate limit, or the platform default without a group</translation>
    </message>
    <message>
        <source>Use the group&apos;s daily order cap, or the platform default without a group</source>
        <translation>Use the group&apos;s daily order cap, or the platform default without a group</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source> orders/day</source>
        <translation> orders/day</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <source>Daily order cap</source>
        <translation>Daily order cap</translation>
    </message>
    <message numerus="yes">
        <source>At least %n request(s) per second.</source>
        <translation>
            <numerusform>At least %n request per second.</numerusform>
            <numerusform>At least %n requests per second.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 requests per second.</source>
        <translation>At most %1 requests per second.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n order(s) a day.</source>
        <translation>
            <numerusform>At least %n order a day.</numerusform>
            <numerusform>At least %n orders a day.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 orders a day.</source>
        <translation>At most %1 orders a day.</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerRankingModel</name>
    <message numerus="yes">
        <source>%1 of %2&apos;s orders were invalid (more than %3 with at least %n order(s)): review this partner.</source>
        <translation>
            <numerusform>%1 of %2&apos;s orders were invalid (more than %3 with at least %n order): review this partner.</numerusform>
            <numerusform>%1 of %2&apos;s orders were invalid (more than %3 with at least %n orders): review this partner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Invalid share</source>
        <translation>Invalid share</translation>
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
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this partner at %2 while you were editing. Your edits are still here.</source>
        <translation>%1 saved a newer version of this partner at %2 while you were editing. Your edits are still here.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Apply my edits to theirs</source>
        <translation>Apply my edits to theirs</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1: %2 is now %3.</translation>
    </message>
    <message>
        <source>Load the current version</source>
        <translation>Load the current version</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerSloModel</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Burn rate: how fast the error budget is spent; 1× spends it exactly in 30 days.</source>
        <translation>Burn rate: how fast the error budget is spent; 1× spends it exactly in 30 days.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Burn 5 min</source>
        <translation>Burn 5 min</translation>
    </message>
    <message>
        <source>Burn 1 h</source>
        <translation>Burn 1 h</translation>
    </message>
    <message>
        <source>Burn 6 h</source>
        <translation>Burn 6 h</translation>
    </message>
    <message>
        <source>Burn 3 d</source>
        <translation>Burn 3 d</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget left</translation>
    </message>
    <message>
        <source>Success 30 d</source>
        <translation>Success 30 d</translation>
    </message>
    <message>
        <source>Requests 30 d</source>
        <translation>Requests 30 d</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerTimelineJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>No partner is selected.</translation>
    </message>
    <message>
        <source>A page must hold between 1 and %1 events.</source>
        <translation>A page must hold between 1 and %1 events.</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerTimelineView</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Edited %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Loading history…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>No history yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) not shown.</source>
        <translation>
            <numerusform>%n older event not shown.</numerusform>
            <numerusform>%n older events not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>App key issued</source>
        <translation>App key issued</translation>
    </message>
    <message>
        <source>App key rotated</source>
        <translation>App key rotated</translation>
    </message>
    <message>
        <source>App key revoked</source>
        <translation>App key revoked</translation>
    </message>
    <message>
        <source>Created by CSV import</source>
        <translation>Created by CSV import</translation>
    </message>
    <message>
        <source>Edited by CSV import: %1</source>
        <translation>Edited by CSV import: %1</translation>
    </message>
    <message>
        <source>authorised by the partner</source>
        <translation>authorised by the partner</translation>
    </message>
    <message>
        <source>authorisation revoked by the partner</source>
        <translation>authorisation revoked by the partner</translation>
    </message>
    <message>
        <source>draft created</source>
        <translation>draft created</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>submitted for review</translation>
    </message>
    <message>
        <source>withdrawn by the partner</source>
        <translation>withdrawn by the partner</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>review delayed</source>
        <translation>review delayed</translation>
    </message>
    <message>
        <source>released to everyone</source>
        <translation>released to everyone</translation>
    </message>
    <message>
        <source>released to %1 % (gray)</source>
        <translation>released to %1 % (gray)</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>rolled back</translation>
    </message>
    <message>
        <source>Mini-program %1: %2</source>
        <translation>Mini-program %1: %2</translation>
    </message>
    <message>
        <source>Mini-program %1 %2: %3</source>
        <translation>Mini-program %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Kepler::PartnersPage</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Discard and open %1</source>
        <translation>Discard and open %1</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save or revert them first.</source>
        <translation>You have unsaved changes. Save or revert them first.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Partner details</translation>
    </message>
    <message>
        <source>the new partner</source>
        <translation>the new partner</translation>
    </message>
    <message>
        <source>Discard and start a new partner</source>
        <translation>Discard and start a new partner</translation>
    </message>
</context>
<context>
    <name>Kepler::PendingDialog</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>Kepler::PoolEditor</name>
    <message>
        <source>Enter ids separated by commas.</source>
        <translation>Enter ids separated by commas.</translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 99.90.</source>
        <translation>Enter an amount in yuan with at most two decimals, e.g. 99.90.</translation>
    </message>
    <message>
        <source>A SKU cannot be both included and excluded.</source>
        <translation>A SKU cannot be both included and excluded.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>List price (¥)</source>
        <translation>List price (¥)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>Always include</source>
        <translation>Always include</translation>
    </message>
    <message>
        <source>Always exclude</source>
        <translation>Always exclude</translation>
    </message>
    <message>
        <source>Partner modes</source>
        <translation>Partner modes</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Self-operated (自营)</source>
        <translation>Self-operated (自营)</translation>
    </message>
    <message>
        <source>Marketplace (第三方)</source>
        <translation>Marketplace (第三方)</translation>
    </message>
    <message>
        <source>from, e.g. 99</source>
        <translation>from, e.g. 99</translation>
    </message>
    <message>
        <source>to, e.g. 1999.90</source>
        <translation>to, e.g. 1999.90</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>In stock only</translation>
    </message>
    <message>
        <source>On sale only</source>
        <translation>On sale only</translation>
    </message>
    <message>
        <source>part of the Chinese or English name</source>
        <translation>part of the Chinese or English name</translation>
    </message>
    <message>
        <source>any (leave empty)</source>
        <translation>any (leave empty)</translation>
    </message>
    <message>
        <source>Category ids at any level, e.g. 3 (appliances), 301 or 30101</source>
        <translation>Category ids at any level, e.g. 3 (appliances), 301 or 30101</translation>
    </message>
    <message>
        <source>SKU ids added by hand</source>
        <translation>SKU ids added by hand</translation>
    </message>
    <message>
        <source>SKU ids taken out by hand (an exclude wins)</source>
        <translation>SKU ids taken out by hand (an exclude wins)</translation>
    </message>
    <message>
        <source>partner ids</source>
        <translation>partner ids</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Lowest list price (¥)</source>
        <translation>Lowest list price (¥)</translation>
    </message>
    <message>
        <source>Highest list price (¥)</source>
        <translation>Highest list price (¥)</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
</context>
<context>
    <name>Kepler::PoolListModel</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKUs</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
</context>
<context>
    <name>Kepler::PoolsPage</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save or revert them first.</source>
        <translation>You have unsaved changes. Save or revert them first.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Change the criteria to see which SKUs it adds and removes before you save.</source>
        <translation>Change the criteria to see which SKUs it adds and removes before you save.</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the preview.</source>
        <translation>Fix the marked fields to see the preview.</translation>
    </message>
    <message>
        <source>+%1 added</source>
        <translation>+%1 added</translation>
    </message>
    <message>
        <source>−%1 removed</source>
        <translation>−%1 removed</translation>
    </message>
    <message>
        <source>%1 → %2 SKUs</source>
        <translation>%1 → %2 SKUs</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ added</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− removed</translation>
    </message>
    <message>
        <source>Save the pool to see its members.</source>
        <translation>Save the pool to see its members.</translation>
    </message>
    <message>
        <source>%1 of %2 SKUs shown; scroll for more.</source>
        <translation>%1 of %2 SKUs shown; scroll for more.</translation>
    </message>
    <message>
        <source>All %1 SKUs shown.</source>
        <translation>All %1 SKUs shown.</translation>
    </message>
    <message>
        <source>Saved %1: %2 SKUs.</source>
        <translation>Saved %1: %2 SKUs.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Only operators and admins change product pools.</source>
        <translation>Only operators and admins change product pools.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>New pool</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Criteria and assignment</source>
        <translation>Criteria and assignment</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Preview before saving</source>
        <translation>Preview before saving</translation>
    </message>
    <message>
        <source>%1 · %2 SKUs · saved by %3</source>
        <translation>%1 · %2 SKUs · saved by %3</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Product pools</source>
        <translation>Product pools</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this pool while the answer was lost. Your edits are kept.</source>
        <translation>%1 saved a newer version of this pool while the answer was lost. Your edits are kept.</translation>
    </message>
</context>
<context>
    <name>Kepler::PreviewPoolJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::PriceExplainerPanel</name>
    <message>
        <source>Asking the platform…</source>
        <translation>Asking the platform…</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Partner id</translation>
    </message>
    <message>
        <source>Find partner…</source>
        <translation>Find partner…</translation>
    </message>
    <message>
        <source>SKU id</source>
        <translation>SKU id</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Explain price</source>
        <translation>Explain price</translation>
    </message>
    <message>
        <source>e.g. 17</source>
        <translation>e.g. 17</translation>
    </message>
    <message>
        <source>e.g. 100123</source>
        <translation>e.g. 100123</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>Status then</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Price before</source>
        <translation>Price before</translation>
    </message>
    <message>
        <source>Price after</source>
        <translation>Price after</translation>
    </message>
    <message>
        <source>Pick a partner, a SKU and a moment to see the price the gateway charges and why.</source>
        <translation>Pick a partner, a SKU and a moment to see the price the gateway charges and why.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Floor (cost + %1)</source>
        <translation>Floor (cost + %1)</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>none (buy-out sets its own price)</source>
        <translation>none (buy-out sets its own price)</translation>
    </message>
    <message>
        <source>After the rules</source>
        <translation>After the rules</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Guardrail</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Sellable</translation>
    </message>
    <message>
        <source>yes — one of the partner&apos;s pools holds this SKU</source>
        <translation>yes — one of the partner&apos;s pools holds this SKU</translation>
    </message>
    <message>
        <source>no — none of the partner&apos;s pools holds this SKU; the gateway will not sell it</source>
        <translation>no — none of the partner&apos;s pools holds this SKU; the gateway will not sell it</translation>
    </message>
    <message>
        <source>No rule concerns this partner and SKU: list price.</source>
        <translation>No rule concerns this partner and SKU: list price.</translation>
    </message>
    <message>
        <source>Partner #%1 %2 (%3) · SKU %4 %5 · %6</source>
        <translation>Partner #%1 %2 (%3) · SKU %4 %5 · %6</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingImpactDialog</name>
    <message>
        <source>Activate #%1 %2?</source>
        <translation>Activate #%1 %2?</translation>
    </message>
    <message>
        <source>Deactivate #%1 %2?</source>
        <translation>Deactivate #%1 %2?</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation>Computing the impact…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Guardrail</translation>
    </message>
    <message>
        <source>Waiting for the impact…</source>
        <translation>Waiting for the impact…</translation>
    </message>
    <message>
        <source>Partner × SKU pairs changed</source>
        <translation>Partner × SKU pairs changed</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>SKUs changed</source>
        <translation>SKUs changed</translation>
    </message>
    <message>
        <source>Partners affected</source>
        <translation>Partners affected</translation>
    </message>
    <message>
        <source>Average margin</source>
        <translation>Average margin</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stopped by a guardrail</source>
        <translation>Stopped by a guardrail</translation>
    </message>
    <message>
        <source>Counted over the first %1 partners and %2 SKUs the rule reaches.</source>
        <translation>Counted over the first %1 partners and %2 SKUs the rule reaches.</translation>
    </message>
    <message>
        <source>Deactivating undoes these changes.</source>
        <translation>Deactivating undoes these changes.</translation>
    </message>
    <message>
        <source>The impact could not be computed.</source>
        <translation>The impact could not be computed.</translation>
    </message>
    <message>
        <source>Sample prices before and after</source>
        <translation>Sample prices before and after</translation>
    </message>
    <message>
        <source>Counted over a sample: the first %1 of the %2 partners the rule reaches, and the first %3 of their %4 SKUs.</source>
        <translation>Counted over a sample: the first %1 of the %2 partners the rule reaches, and the first %3 of their %4 SKUs.</translation>
    </message>
    <message>
        <source>Counted over a sample: the first %1 of the %2 partners the rule reaches.</source>
        <translation>Counted over a sample: the first %1 of the %2 partners the rule reaches.</translation>
    </message>
    <message>
        <source>Counted over a sample: the first %1 of the %2 SKUs the rule reaches.</source>
        <translation>Counted over a sample: the first %1 of the %2 SKUs the rule reaches.</translation>
    </message>
    <message>
        <source>%1 in a sample of the first %2 of %3 SKUs</source>
        <translation>%1 in a sample of the first %2 of %3 SKUs</translation>
    </message>
    <message>
        <source>%1 in a sample of the first %2 of %3 partners</source>
        <translation>%1 in a sample of the first %2 of %3 partners</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingImpactJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingPage</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>Only operators and admins change pricing rules.</source>
        <translation>Only operators and admins change pricing rules.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>Save the rule first; it is created as a draft.</source>
        <translation>Save the rule first; it is created as a draft.</translation>
    </message>
    <message>
        <source>Save or revert your edits first: the step acts on the saved rule.</source>
        <translation>Save or revert your edits first: the step acts on the saved rule.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Price explainer</source>
        <translation>Price explainer</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activate…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>New rule (saved as a draft)</source>
        <translation>New rule (saved as a draft)</translation>
    </message>
    <message>
        <source>Pricing rules</source>
        <translation>Pricing rules</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Discard and open %1</source>
        <translation type="unfinished">Discard and open %1</translation>
    </message>
    <message>
        <source>the new rule</source>
        <translation>the new rule</translation>
    </message>
    <message>
        <source>Discard and start a new rule</source>
        <translation>Discard and start a new rule</translation>
    </message>
    <message>
        <source>Someone saved a newer version of this rule while the answer was lost. Your edits are kept.</source>
        <translation>Someone saved a newer version of this rule while the answer was lost. Your edits are kept.</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingRuleEditor</name>
    <message>
        <source>The end must come after the start.</source>
        <translation>The end must come after the start.</translation>
    </message>
    <message>
        <source>A commission rule applies to guide partners: include Guide or leave modes open.</source>
        <translation>A commission rule applies to guide partners: include Guide or leave modes open.</translation>
    </message>
    <message>
        <source>Enter ids separated by commas.</source>
        <translation>Enter ids separated by commas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>Stacking</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Partner modes</source>
        <translation>Partner modes</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKUs</translation>
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
        <translation>e.g. 19.90</translation>
    </message>
    <message>
        <source>e.g. 8.5</source>
        <translation>e.g. 8.5</translation>
    </message>
    <message>
        <source>Higher first; rules of one priority are walked by id.</source>
        <translation>Higher first; rules of one priority are walked by id.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusive</translation>
    </message>
    <message>
        <source>Exclusive: applied alone, only if no rule before it changed the price</source>
        <translation>Exclusive: applied alone, only if no rule before it changed the price</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>any (leave empty)</source>
        <translation>any (leave empty)</translation>
    </message>
    <message>
        <source>Category ids at any level, e.g. 3 (appliances), 301 or 30101</source>
        <translation>Category ids at any level, e.g. 3 (appliances), 301 or 30101</translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 19.90.</source>
        <translation type="unfinished">Enter an amount in yuan with at most two decimals, e.g. 99.90. {19.90.?}</translation>
    </message>
    <message>
        <source>Enter a percentage with at most two decimals, e.g. 8.5.</source>
        <translation>Enter a percentage with at most two decimals, e.g. 8.5.</translation>
    </message>
    <message>
        <source>A discount can be at most 100 %.</source>
        <translation>A discount can be at most 100 %.</translation>
    </message>
    <message>
        <source>A fixed price must be at least ¥0.01.</source>
        <translation>A fixed price must be at least ¥0.01.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Enter at most %1.</translation>
    </message>
    <message>
        <source>This amount is out of range.</source>
        <translation>This amount is out of range.</translation>
    </message>
    <message>
        <source>Priority cannot be below %1.</source>
        <translation>Priority cannot be below %1.</translation>
    </message>
    <message>
        <source>Priority can be at most %1.</source>
        <translation>Priority can be at most %1.</translation>
    </message>
    <message>
        <source>Enter 0 or more: the adjustment says whether the price goes up or down.</source>
        <translation>Enter 0 or more: the adjustment says whether the price goes up or down.</translation>
    </message>
</context>
<context>
    <name>Kepler::PricingRuleListModel</name>
    <message>
        <source>conflicts with #%1 on %2 SKUs, %3 partners</source>
        <translation>conflicts with #%1 on %2 SKUs, %3 partners</translation>
    </message>
    <message>
        <source>Two active rules of one priority claim the same prices; give one a higher priority.</source>
        <translation>Two active rules of one priority claim the same prices; give one a higher priority.</translation>
    </message>
    <message>
        <source>Applied only when no rule before it changed the price, then nothing after it</source>
        <translation>Applied only when no rule before it changed the price, then nothing after it</translation>
    </message>
    <message>
        <source>Applied together with the other rules in scope</source>
        <translation>Applied together with the other rules in scope</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusive</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Stackable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>Stacking</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>with %1</source>
        <comment>the rules a rule conflicts with: with #2, #5</comment>
        <translation>with %1</translation>
    </message>
</context>
<context>
    <name>Kepler::ReasonDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>What happened, for the partner&apos;s timeline (at most %n character(s))</source>
        <translation>
            <numerusform>What happened, for the partner&apos;s timeline (at most %n character)</numerusform>
            <numerusform>What happened, for the partner&apos;s timeline (at most %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>Add a note that explains the reason.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The note is too long (at most %n character).</numerusform>
            <numerusform>The note is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::ReleaseDialog</name>
    <message>
        <source>Release %1 %2</source>
        <translation>Release %1 %2</translation>
    </message>
    <message>
        <source>Version %1 now reaches %2 % of users. A gray release can only grow; 100 % releases it to everyone.</source>
        <translation>Version %1 now reaches %2 % of users. A gray release can only grow; 100 % releases it to everyone.</translation>
    </message>
    <message>
        <source>Start with a small share of users (gray release) and raise it once nothing goes wrong, or release to everyone at 100 %.</source>
        <translation>Start with a small share of users (gray release) and raise it once nothing goes wrong, or release to everyone at 100 %.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Share of users</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Presets:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Choose more than the current %1 %.</source>
        <translation>Choose more than the current %1 %.</translation>
    </message>
    <message>
        <source>This version is already released to everyone.</source>
        <translation>This version is already released to everyone.</translation>
    </message>
    <message>
        <source>This version cannot be released in its current state.</source>
        <translation>This version cannot be released in its current state.</translation>
    </message>
    <message>
        <source>Release to everyone</source>
        <translation>Release to everyone</translation>
    </message>
    <message>
        <source>Release to %1 %</source>
        <translation>Release to %1 %</translation>
    </message>
</context>
<context>
    <name>Kepler::ReleaseMiniProgramJob</name>
    <message>
        <source>No mini-program version is selected.</source>
        <translation>No mini-program version is selected.</translation>
    </message>
    <message>
        <source>Only an approved or released version can be released (this one is %1).</source>
        <translation>Only an approved or released version can be released (this one is %1).</translation>
    </message>
    <message>
        <source>The percentage must be between 1 and 100.</source>
        <translation>The percentage must be between 1 and 100.</translation>
    </message>
    <message>
        <source>This version is already released to everyone.</source>
        <translation>This version is already released to everyone.</translation>
    </message>
    <message>
        <source>A gray release can only grow: choose more than %1 %.</source>
        <translation>A gray release can only grow: choose more than %1 %.</translation>
    </message>
</context>
<context>
    <name>Kepler::ReleaseReviewClaimJob</name>
    <message>
        <source>No review item is selected.</source>
        <translation>No review item is selected.</translation>
    </message>
</context>
<context>
    <name>Kepler::ResetPasswordJob</name>
    <message>
        <source>No account is selected.</source>
        <translation>No account is selected.</translation>
    </message>
    <message>
        <source>The password must have between %1 and %2 characters.</source>
        <translation>The password must have between %1 and %2 characters.</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewCompareModel</name>
    <message numerus="yes">
        <source>%n screenshot(s)</source>
        <translation>
            <numerusform>%n screenshot</numerusform>
            <numerusform>%n screenshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Privacy declaration</source>
        <translation>Privacy declaration</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Screenshots</translation>
    </message>
    <message>
        <source>Partner&apos;s notes</source>
        <translation>Partner&apos;s notes</translation>
    </message>
    <message>
        <source>Changed since the live release</source>
        <translation>Changed since the live release</translation>
    </message>
    <message>
        <source>New: nothing is live yet</source>
        <translation>New: nothing is live yet</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This submission (%1)</source>
        <translation>This submission (%1)</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>This submission</translation>
    </message>
    <message>
        <source>Live release (%1)</source>
        <translation>Live release (%1)</translation>
    </message>
    <message>
        <source>Live release (none)</source>
        <translation>Live release (none)</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewDecisionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>What the partner should know or change (at most %n character(s))</source>
        <translation>
            <numerusform>What the partner should know or change (at most %n character)</numerusform>
            <numerusform>What the partner should know or change (at most %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Add a note that explains the reason.</source>
        <translation>Add a note that explains the reason.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The note is too long (at most %n character).</numerusform>
            <numerusform>The note is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewDetailPanel</name>
    <message>
        <source>Checklist not complete</source>
        <translation>Checklist not complete</translation>
    </message>
    <message>
        <source>A screenshot could not be loaded: %1</source>
        <translation>A screenshot could not be loaded: %1</translation>
    </message>
    <message>
        <source>Select an item in the queue to review it.</source>
        <translation>Select an item in the queue to review it.</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>Tell other reviewers you are reviewing this item (for 30 minutes)</source>
        <translation>Tell other reviewers you are reviewing this item (for 30 minutes)</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Release claim</translation>
    </message>
    <message>
        <source>Let another reviewer take this item</source>
        <translation>Let another reviewer take this item</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>De&amp;lay…</source>
        <translation>De&amp;lay…</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>Roll &amp;back…</translation>
    </message>
    <message>
        <source>This submission and the live release</source>
        <translation>This submission and the live release</translation>
    </message>
    <message>
        <source>Screenshots (click to enlarge)</source>
        <translation>Screenshots (click to enlarge)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Privacy declaration matches the pages</source>
        <translation>Privacy declaration matches the pages</translation>
    </message>
    <message>
        <source>Screenshots match the description</source>
        <translation>Screenshots match the description</translation>
    </message>
    <message>
        <source>The category fits</source>
        <translation>The category fits</translation>
    </message>
    <message>
        <source>Every page opens</source>
        <translation>Every page opens</translation>
    </message>
    <message>
        <source>Partner&apos;s application</source>
        <translation>Partner&apos;s application</translation>
    </message>
    <message>
        <source>The item could not be loaded: %1</source>
        <translation>The item could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <source>⚠ Waiting %1 — overdue by %2 (SLA 24 h)</source>
        <translation>⚠ Waiting %1 — overdue by %2 (SLA 24 h)</translation>
    </message>
    <message>
        <source>Waiting %1 — %2 left (SLA 24 h)</source>
        <translation>Waiting %1 — %2 left (SLA 24 h)</translation>
    </message>
    <message>
        <source>Partner application: %1</source>
        <translation>Partner application: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 to everyone</source>
        <translation>%1 to everyone</translation>
    </message>
    <message>
        <source>%1 to %2 % of users</source>
        <translation>%1 to %2 % of users</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>Not claimed</translation>
    </message>
    <message>
        <source>Claimed by you until %1</source>
        <translation>Claimed by you until %1</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>Claimed by %1 until %2</translation>
    </message>
    <message>
        <source>Last decision by %1.</source>
        <translation>Last decision by %1.</translation>
    </message>
    <message>
        <source>Last decision by %1: %2.</source>
        <translation>Last decision by %1: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Only reviewers and admins decide and release. You can look at everything here.</source>
        <translation>Only reviewers and admins decide and release. You can look at everything here.</translation>
    </message>
    <message>
        <source>%1 is reviewing this item. Ask them to release it.</source>
        <translation>%1 is reviewing this item. Ask them to release it.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Reload the item</source>
        <translation>Reload the item</translation>
    </message>
    <message>
        <source>Not every checklist item is ticked for %1. Approve it anyway?</source>
        <translation>Not every checklist item is ticked for %1. Approve it anyway?</translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation>Approved %1.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>Rejected %1.</translation>
    </message>
    <message>
        <source>Delayed %1.</source>
        <translation>Delayed %1.</translation>
    </message>
    <message>
        <source>Released %1 to everyone.</source>
        <translation>Released %1 to everyone.</translation>
    </message>
    <message>
        <source>Released %1 to %2 % of users.</source>
        <translation>Released %1 to %2 % of users.</translation>
    </message>
    <message>
        <source>Rolled back %1; %2 is live again.</source>
        <translation>Rolled back %1; %2 is live again.</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>R&amp;elease…</translation>
    </message>
    <message>
        <source>Submitted %1 · decided %2 (took %3)</source>
        <translation>Submitted %1 · decided %2 (took %3)</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>Overdue: waiting since %1, was due %2</source>
        <translation>Overdue: waiting since %1, was due %2</translation>
    </message>
    <message>
        <source>Waiting since %1; due %2</source>
        <translation>Waiting since %1; due %2</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>Claimed by %1 until %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>Mini-program</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Partner / mini-program</source>
        <translation>Partner / mini-program</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <source>Submitted %1; decided %2</source>
        <translation>Submitted %1; decided %2</translation>
    </message>
    <message>
        <source>Submitted %1; decided</source>
        <translation>Submitted %1; decided</translation>
    </message>
    <message>
        <source>decided in %1</source>
        <translation>decided in %1</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>How long the item has waited for a decision (the review SLA is 24 h); for a decided item, how long the decision took</source>
        <translation>How long the item has waited for a decision (the review SLA is 24 h); for a decided item, how long the decision took</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewQueuePage</name>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>The queue could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Approved – to release</source>
        <translation>Approved – to release</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Decided…</source>
        <translation>Decided…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>Claimed by me</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Reviewer workload</source>
        <translation>Reviewer workload</translation>
    </message>
    <message>
        <source>Items claimed and decided today per reviewer, and the oldest waiting item</source>
        <translation>Items claimed and decided today per reviewer, and the oldest waiting item</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Partner applications (%1)</source>
        <translation>Partner applications (%1)</translation>
    </message>
    <message>
        <source>Partner applications</source>
        <translation>Partner applications</translation>
    </message>
    <message>
        <source>Mini-program submissions (%1)</source>
        <translation>Mini-program submissions (%1)</translation>
    </message>
    <message>
        <source>Mini-program submissions</source>
        <translation>Mini-program submissions</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n overdue</numerusform>
            <numerusform>⚠ %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Review details</source>
        <translation>Review details</translation>
    </message>
</context>
<context>
    <name>Kepler::ReviewWorkloadPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Claimed now</source>
        <translation>Claimed now</translation>
    </message>
    <message>
        <source>Decided today</source>
        <translation>Decided today</translation>
    </message>
    <message>
        <source>Oldest claim</source>
        <translation>Oldest claim</translation>
    </message>
    <message>
        <source>Reviewer workload</source>
        <translation>Reviewer workload</translation>
    </message>
    <message>
        <source>The workload could not be loaded: %1</source>
        <translation>The workload could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading the workload…</source>
        <translation>Loading the workload…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n item waiting</numerusform>
            <numerusform>%n items waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>oldest: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, waiting %3</source>
        <translation>oldest: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, waiting %3</translation>
    </message>
</context>
<context>
    <name>Kepler::RevokePartnerKeyJob</name>
    <message>
        <source>No key is selected.</source>
        <translation>No key is selected.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The note is too long (at most %n character).</numerusform>
            <numerusform>The note is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::RevokeSessionJob</name>
    <message>
        <source>Choose a session.</source>
        <translation>Choose a session.</translation>
    </message>
</context>
<context>
    <name>Kepler::RevokeUserSessionsJob</name>
    <message>
        <source>Choose an account.</source>
        <translation>Choose an account.</translation>
    </message>
</context>
<context>
    <name>Kepler::RollbackDialog</name>
    <message>
        <source>Roll back %1 %2</source>
        <translation>Roll back %1 %2</translation>
    </message>
    <message>
        <source>Version %1 is taken offline and version %2 goes back live for every user. Version %1 cannot be released again; the partner has to submit anew.</source>
        <translation>Version %1 is taken offline and version %2 goes back live for every user. Version %1 cannot be released again; the partner has to submit anew.</translation>
    </message>
    <message>
        <source>There is no earlier release of %1 to go back to: rolling back would leave it offline, so it is not possible.</source>
        <translation>There is no earlier release of %1 to go back to: rolling back would leave it offline, so it is not possible.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why, for the partner&apos;s timeline (optional)</source>
        <translation>Why, for the partner&apos;s timeline (optional)</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>Roll back to %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>Nothing to roll back to.</source>
        <translation>Nothing to roll back to.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The note is too long (at most %n character).</numerusform>
            <numerusform>The note is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::RollbackMiniProgramJob</name>
    <message>
        <source>No mini-program version is selected.</source>
        <translation>No mini-program version is selected.</translation>
    </message>
    <message>
        <source>Only a released version can be rolled back (this one is %1).</source>
        <translation>Only a released version can be rolled back (this one is %1).</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The note is too long (at most %n character).</numerusform>
            <numerusform>The note is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::RotateKeyDialog</name>
    <message>
        <source>Rotate key</source>
        <translation>Rotate key</translation>
    </message>
    <message>
        <source>A new key and secret are issued. For how many hours should %1 keep working, so the partner can switch over? (0 = stop it now)</source>
        <translation>A new key and secret are issued. For how many hours should %1 keep working, so the partner can switch over? (0 = stop it now)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Enter 0 hours or more; 0 stops the old key now.</source>
        <translation>Enter 0 hours or more; 0 stops the old key now.</translation>
    </message>
    <message>
        <source>The old key can keep working for at most %1 (a week).</source>
        <extracomment>%1 is the limit with its unit, e.g. &quot;168 hours&quot;</extracomment>
        <translation>The old key can keep working for at most %1 (a week).</translation>
    </message>
    <message>
        <source>&amp;Old key keeps working for</source>
        <translation>&amp;Old key keeps working for</translation>
    </message>
    <message>
        <source>Old key keeps working for</source>
        <translation>Old key keeps working for</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
</context>
<context>
    <name>Kepler::RotatePartnerKeyJob</name>
    <message>
        <source>No key is selected.</source>
        <translation>No key is selected.</translation>
    </message>
    <message>
        <source>The overlap must be between 0 and %1 hours.</source>
        <translation>The overlap must be between 0 and %1 hours.</translation>
    </message>
</context>
<context>
    <name>Kepler::SaveCheck</name>
    <message>
        <source>Not confirmed yet: %1 It may have been created. Try again once the platform answers: the same request goes again, so it is not created twice. Your edits are kept.</source>
        <translation>Not confirmed yet: %1 It may have been created. Try again once the platform answers: the same request goes again, so it is not created twice. Your edits are kept.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Not confirmed yet: %1 The save may have reached the platform; the console checks when the platform answers. Your edits are kept.</source>
        <translation>Not confirmed yet: %1 The save may have reached the platform; the console checks when the platform answers. Your edits are kept.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept.</source>
        <translation>Not saved: %1 Your edits are kept.</translation>
    </message>
    <message>
        <source>Not saved: the platform answers again and does not have the change. Your edits are kept.</source>
        <translation>Not saved: the platform answers again and does not have the change. Your edits are kept.</translation>
    </message>
    <message>
        <source>Saved %1 (confirmed after the connection came back).</source>
        <translation>Saved %1 (confirmed after the connection came back).</translation>
    </message>
</context>
<context>
    <name>Kepler::SaveFilterDialog</name>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>&amp;Name for this filter:</source>
        <translation>&amp;Name for this filter:</translation>
    </message>
    <message>
        <source>Type a name to save the filter under; spaces alone are not a name.</source>
        <translation>Type a name to save the filter under; spaces alone are not a name.</translation>
    </message>
    <message>
        <source>A saved filter has this name: saving replaces it.</source>
        <translation>A saved filter has this name: saving replaces it.</translation>
    </message>
    <message>
        <source>Saved filters are listed under “Saved filters” on this page.</source>
        <translation>Saved filters are listed under “Saved filters” on this page.</translation>
    </message>
</context>
<context>
    <name>Kepler::SavedFiltersButton</name>
    <message>
        <source>No saved filters yet</source>
        <translation>No saved filters yet</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>Save current filter…</translation>
    </message>
    <message>
        <source>Search or pick a filter first</source>
        <translation>Search or pick a filter first</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>Apply, save or delete named filters</source>
        <translation>Apply, save or delete named filters</translation>
    </message>
</context>
<context>
    <name>Kepler::ScreenshotStrip</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Screenshot %1 of %2: click to open full size</source>
        <translation>Screenshot %1 of %2: click to open full size</translation>
    </message>
</context>
<context>
    <name>Kepler::ScreenshotViewer</name>
    <message>
        <source>Screenshot %1 of %2</source>
        <translation>Screenshot %1 of %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  ·  ← → to step through</source>
        <translation>%1  ·  ← → to step through</translation>
    </message>
</context>
<context>
    <name>Kepler::SessionListModel</name>
    <message>
        <source>Kepler Console %1</source>
        <translation>Kepler Console %1</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Unknown client</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (this session)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
</context>
<context>
    <name>Kepler::SessionsDialog</name>
    <message>
        <source>Signed-in sessions</source>
        <translation>Signed-in sessions</translation>
    </message>
    <message>
        <source>Where your account is signed in</source>
        <translation>Where your account is signed in</translation>
    </message>
    <message>
        <source>Where %1 is signed in</source>
        <translation>Where %1 is signed in</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sign out selected session…</source>
        <translation>Sign out selected session…</translation>
    </message>
    <message>
        <source>Ends the selected session at once (Delete); whoever uses it must sign in again</source>
        <translation>Ends the selected session at once (Delete); whoever uses it must sign in again</translation>
    </message>
    <message>
        <source>Sign out all other sessions…</source>
        <translation>Sign out all other sessions…</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Sign out everywhere…</translation>
    </message>
    <message>
        <source>Ends every session of your account except this one</source>
        <translation>Ends every session of your account except this one</translation>
    </message>
    <message>
        <source>Ends every session of this account</source>
        <translation>Ends every session of this account</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This is the session you are using now; to end it, sign out from the Console menu.</source>
        <translation>This is the session you are using now; to end it, sign out from the Console menu.</translation>
    </message>
    <message>
        <source>This is the only session of your account.</source>
        <translation>This is the only session of your account.</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) besides this one.</source>
        <translation>
            <numerusform>%n other session besides this one.</numerusform>
            <numerusform>%n other sessions besides this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not signed in anywhere.</source>
        <translation>%1 is not signed in anywhere.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n session.</numerusform>
            <numerusform>%n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, last active %2</source>
        <translation>%1, last active %2</translation>
    </message>
    <message>
        <source>%1 from %2, last active %3</source>
        <translation>%1 from %2, last active %3</translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation>Sign out session</translation>
    </message>
    <message>
        <source>Sign out this session?

%1

Whoever uses it is signed out at once and must sign in again.</source>
        <translation>Sign out this session?

%1

Whoever uses it is signed out at once and must sign in again.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signed out: %1.</source>
        <translation>Signed out: %1.</translation>
    </message>
    <message>
        <source>Sign out other sessions</source>
        <translation>Sign out other sessions</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n other session(s) of your account? This session stays signed in.</source>
        <translation>
            <numerusform>Sign out the other session of your account? This session stays signed in.</numerusform>
            <numerusform>Sign out %n other sessions of your account? This session stays signed in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out others</source>
        <translation>Sign out others</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Sign out everywhere</translation>
    </message>
    <message numerus="yes">
        <source>Sign %1 out of every session (%n)? They must sign in again to go on.</source>
        <translation>
            <numerusform>Sign %1 out of their session? They must sign in again to go on.</numerusform>
            <numerusform>Sign %1 out of all %n sessions? They must sign in again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1.</source>
        <translation>
            <numerusform>Ended %n session of %1.</numerusform>
            <numerusform>Ended %n sessions of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed out %n other session(s).</source>
        <translation>
            <numerusform>Signed out %n other session.</numerusform>
            <numerusform>Signed out %n other sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>That session had already ended. The list is up to date again.</source>
        <translation>That session had already ended. The list is up to date again.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>Kepler::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>Kepler::ShortcutCatalog</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>Kepler::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>What it does, or a key such as Ctrl+E</source>
        <translation>What it does, or a key such as Ctrl+E</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Everywhere: Tab and Shift+Tab move between controls, Space or Enter presses the focused button, Esc closes a dialog. Ctrl+K opens the command palette.</source>
        <translation>Everywhere: Tab and Shift+Tab move between controls, Space or Enter presses the focused button, Esc closes a dialog. Ctrl+K opens the command palette.</translation>
    </message>
</context>
<context>
    <name>Kepler::SloJob</name>
    <message>
        <source>Choose a partner.</source>
        <translation>Choose a partner.</translation>
    </message>
</context>
<context>
    <name>Kepler::SpinBoxInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Enter at most %n decimal.</numerusform>
            <numerusform>Enter at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Enter at least %1.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Enter at most %1.</translation>
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
        <translation>Choose the start and end</translation>
    </message>
    <message>
        <source>Auto refresh:</source>
        <translation>Auto refresh:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the data again now</source>
        <translation>Load the data again now</translation>
    </message>
</context>
<context>
    <name>Kepler::TimeSeriesChart</name>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Show the whole time range again (or double-click the chart)</source>
        <translation>Show the whole time range again (or double-click the chart)</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Save data as CSV…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1: no value</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>Save data as CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>Kepler::UnsavedEditsPrompt</name>
    <message>
        <source>Your changes to %1 are not saved. Save them, discard them, or go on editing.</source>
        <translation>Your changes to %1 are not saved. Save them, discard them, or go on editing.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePartnerGroupJob</name>
    <message>
        <source>No partner group is selected.</source>
        <translation>No partner group is selected.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePartnerJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation>No partner is selected.</translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation>The record&apos;s version is missing. Reload it and try again.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePoolJob</name>
    <message>
        <source>No pool is selected.</source>
        <translation>No pool is selected.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePricingRuleJob</name>
    <message>
        <source>No pricing rule is selected.</source>
        <translation>No pricing rule is selected.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>Kepler::UpdateUserJob</name>
    <message>
        <source>No account is selected.</source>
        <translation>No account is selected.</translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation>The record&apos;s version is missing. Reload it and try again.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
</context>
<context>
    <name>Kepler::UserListModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>Kepler::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Disabled (cannot sign in)</source>
        <translation>Disabled (cannot sign in)</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>Sets the password typed above and signs the user out everywhere</source>
        <translation>Sets the password typed above and signs the user out everywhere</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>New password set for %1; their sessions were ended.</source>
        <translation>New password set for %1; their sessions were ended.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Sessions…</source>
        <translation>Sessions…</translation>
    </message>
    <message>
        <source>Where this account is signed in; end its sessions</source>
        <translation>Where this account is signed in; end its sessions</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another admin.</source>
        <translation>You cannot disable your own account. Ask another admin.</translation>
    </message>
    <message>
        <source>You cannot remove your own admin role. Ask another admin.</source>
        <translation>You cannot remove your own admin role. Ask another admin.</translation>
    </message>
    <message>
        <source>the new account</source>
        <translation>the new account</translation>
    </message>
    <message>
        <source>Discard and start a new account</source>
        <translation>Discard and start a new account</translation>
    </message>
    <message>
        <source>Discard and open %1</source>
        <translation type="unfinished">Discard and open %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed %1 while the answer was lost. Your changes are kept.</source>
        <translation>Someone changed %1 while the answer was lost. Your changes are kept.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>MiniProgramAction</name>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Delay review</source>
        <translation>Delay review</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
</context>
<context>
    <name>MiniProgramAuthorisation</name>
    <message>
        <source>Authorised</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>MiniProgramCategory</name>
    <message>
        <source>Shopping</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Food and drink</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Lifestyle services</source>
        <translation>Lifestyle services</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entertainment</translation>
    </message>
    <message>
        <source>News and reading</source>
        <translation>News and reading</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>MiniProgramStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Review delayed</source>
        <translation>Review delayed</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
</context>
<context>
    <name>PartnerAction</name>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminate</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>PartnerExport</name>
    <message>
        <source>Export partners</source>
        <translation>Export partners</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Exporting partners…</source>
        <translation>Exporting partners…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>PartnerKeyState</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>PartnerMode</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Settle-in</source>
        <translation>Settle-in</translation>
    </message>
    <message>
        <source>Buy-out</source>
        <translation>Buy-out</translation>
    </message>
</context>
<context>
    <name>PartnerReason</name>
    <message>
        <source>Fake traffic</source>
        <translation>Fake traffic</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Contract ended</translation>
    </message>
    <message>
        <source>At the partner&apos;s request</source>
        <translation>At the partner&apos;s request</translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation>Compliance review</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>Payment overdue</translation>
    </message>
    <message>
        <source>Issue resolved</source>
        <translation>Issue resolved</translation>
    </message>
    <message>
        <source>Documents verified</source>
        <translation>Documents verified</translation>
    </message>
    <message>
        <source>Incomplete documents</source>
        <translation>Incomplete documents</translation>
    </message>
    <message>
        <source>Duplicate application</source>
        <translation>Duplicate application</translation>
    </message>
    <message>
        <source>Category not allowed</source>
        <translation>Category not allowed</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PartnerStatus</name>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>PricingText</name>
    <message>
        <source>commission %1</source>
        <translation>commission %1</translation>
    </message>
    <message>
        <source>Markup (% of list price)</source>
        <translation>Markup (% of list price)</translation>
    </message>
    <message>
        <source>Discount (% of list price)</source>
        <translation>Discount (% of list price)</translation>
    </message>
    <message>
        <source>Amount off (¥)</source>
        <translation>Amount off (¥)</translation>
    </message>
    <message>
        <source>Fixed price (¥)</source>
        <translation>Fixed price (¥)</translation>
    </message>
    <message>
        <source>Commission for guide partners (%)</source>
        <translation>Commission for guide partners (%)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not in effect at that time</source>
        <translation>Not in effect at that time</translation>
    </message>
    <message>
        <source>Skipped: an exclusive rule was applied before it</source>
        <translation>Skipped: an exclusive rule was applied before it</translation>
    </message>
    <message>
        <source>Skipped: exclusive, but other rules were applied first</source>
        <translation>Skipped: exclusive, but other rules were applied first</translation>
    </message>
    <message>
        <source>Skipped: commission is paid to guide partners only</source>
        <translation>Skipped: commission is paid to guide partners only</translation>
    </message>
    <message>
        <source>Skipped: a higher-priority commission applies</source>
        <translation>Skipped: a higher-priority commission applies</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Raised to the floor (cost + minimum margin)</source>
        <translation>Raised to the floor (cost + minimum margin)</translation>
    </message>
    <message>
        <source>Lowered to the ceiling (list price)</source>
        <translation>Lowered to the ceiling (list price)</translation>
    </message>
    <message>
        <source>Floor above ceiling: sold at list price</source>
        <translation>Floor above ceiling: sold at list price</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
</context>
<context>
    <name>ReviewItemKind</name>
    <message>
        <source>Partner application</source>
        <translation>Partner application</translation>
    </message>
    <message>
        <source>Mini-program submission</source>
        <translation>Mini-program submission</translation>
    </message>
</context>
<context>
    <name>ReviewReason</name>
    <message>
        <source>Meets the guidelines</source>
        <translation>Meets the guidelines</translation>
    </message>
    <message>
        <source>Missing privacy policy</source>
        <translation>Missing privacy policy</translation>
    </message>
    <message>
        <source>Content does not match the description</source>
        <translation>Content does not match the description</translation>
    </message>
    <message>
        <source>Broken pages</source>
        <translation>Broken pages</translation>
    </message>
    <message>
        <source>Category not allowed</source>
        <translation>Category not allowed</translation>
    </message>
    <message>
        <source>Misleading screenshots</source>
        <translation>Misleading screenshots</translation>
    </message>
    <message>
        <source>Needs more time to review</source>
        <translation>Needs more time to review</translation>
    </message>
    <message>
        <source>Waiting for the partner&apos;s answer</source>
        <translation>Waiting for the partner&apos;s answer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>News app</source>
        <translation>News app</translation>
    </message>
    <message>
        <source>Video site</source>
        <translation>Video site</translation>
    </message>
    <message>
        <source>Telecom points mall</source>
        <translation>Telecom points mall</translation>
    </message>
    <message>
        <source>Bank points mall</source>
        <translation>Bank points mall</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Social network</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>Mini-program</translation>
    </message>
    <message>
        <source>Content community</source>
        <translation>Content community</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>Short video</translation>
    </message>
    <message>
        <source>Live streaming</source>
        <translation>Live streaming</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Music</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Maps and local life</source>
        <translation>Maps and local life</translation>
    </message>
    <message>
        <source>Airline miles mall</source>
        <translation>Airline miles mall</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Smart device</source>
        <translation>Smart device</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Gaming</translation>
    </message>
    <message>
        <source>Enterprise procurement</source>
        <translation>Enterprise procurement</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
</context>
<context>
    <name>TimeRangePreset</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
</context>
</TS>
