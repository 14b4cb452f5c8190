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
        <source>This step is not possible in the partner&apos;s current state. Reload to see what changed.</source>
        <translation>This step is not possible in the partner&apos;s current state. Reload to see what changed.</translation>
    </message>
    <message>
        <source>You cannot decide on a partner you created yourself. Ask another reviewer.</source>
        <translation>You cannot decide on a partner you created yourself. Ask another reviewer.</translation>
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
        <source>Kepler Console — demo</source>
        <translation>Kepler Console — demo</translation>
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
</context>
<context>
    <name>Kepler::CreatePartnerJob</name>
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
    <name>Kepler::GetPartnerJob</name>
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
        <source>Kepler Console — demo</source>
        <translation>Kepler Console — demo</translation>
    </message>
    <message>
        <source>Kepler Console</source>
        <translation>Kepler Console</translation>
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
</context>
<context>
    <name>Kepler::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
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
        <source>&amp;Rate limit</source>
        <translation>&amp;Rate limit</translation>
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
        <source> req/s</source>
        <translation> req/s</translation>
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
        <source>Most requests per second the gateway accepts from this partner</source>
        <translation>Most requests per second the gateway accepts from this partner</translation>
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
</context>
<context>
    <name>Kepler::PartnersPage</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
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
        <source>Clear filters</source>
        <translation>Clear filters</translation>
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
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
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
        <source>You have unsaved changes to %1. Save or revert them first.</source>
        <translation>You have unsaved changes to %1. Save or revert them first.</translation>
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
        <source>Not saved: %1 Your edits are kept.</source>
        <translation>Not saved: %1 Your edits are kept.</translation>
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
</TS>
