<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. The server and console versions may not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not exist. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this function. It may be an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change conflicts with the current data. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the request. The server and console versions may not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded with these settings. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran into an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran into an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Is it running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check the address and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. Use an address such as http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request in a way the console does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network problem stopped the request to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::ApiJob</name>
    <message>
        <source>The console is not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. Use an address such as http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::ConsoleController</name>
    <message>
        <source>No system keychain: sign-in is kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepler Console — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to the demo platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer; your sign-in will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your unsaved edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepler Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::CreatePartnerJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::CreateSessionJob</name>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::CreateUserJob</name>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::CredentialStore</name>
    <message>
        <source>Your sign-in will not be remembered: no system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::DemoLauncher</name>
    <message>
        <source>Could not start the demo platform (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform program kepler-platform was not found next to the console or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo platform started but did not say where it listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo platform stopped (exit code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::FilterButton</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kepler::GetPartnerJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::ListPartnersJob</name>
    <message>
        <source>A page must hold between 1 and %1 partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search text is too long (at most %n character(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::ListUsersJob</name>
    <message>
        <source>A page must hold between 1 and %1 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::LoginDialog</name>
    <message>
        <source>Sign in — Kepler Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Kepler open platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the platform service, e.g. https://kepler.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your sign-in in the system keychain, never in a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, e.g. http://127.0.0.1:8470.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::MainWindow</name>
    <message>
        <source>About Kepler Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kepler Console&lt;/b&gt; %1&lt;br&gt;Operations console of the Kepler open platform (开普勒开放平台).&lt;br&gt;Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepler Console — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepler Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kepler Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: this console runs against a local demo platform with generated partners. Nothing here is real, and changes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::PartnerEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 今日资讯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Daily News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. gold, 11.11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the order value paid to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most requests per second the gateway accepts from this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new partner starts as an application and is reviewed before it goes live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · version %2
Created by %3 on %4
Last changed by %5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::PartnersPage</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, contact or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list from the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new partner channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 partners shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes to %1. Save or revert them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Save or revert them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version of this partner at %2 while you were editing. Your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply my edits to theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::ResetPasswordJob</name>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have between %1 and %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::UpdatePartnerJob</name>
    <message>
        <source>No partner is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::UpdateUserJob</name>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s version is missing. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::UserListModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kepler::UsersPage</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (cannot sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the password typed above and signs the user out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1; their sessions were ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerColumns</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerMode</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerStatus</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>News app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom points mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank points mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps and local life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airline miles mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
