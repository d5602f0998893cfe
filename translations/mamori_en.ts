<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>mamori::EnumNames</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>Information system</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>System document</source>
        <translation>System document</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <source>My Number use</source>
        <translation>My Number use</translation>
    </message>
    <message>
        <source>LGWAN-connected</source>
        <translation>LGWAN-connected</translation>
    </message>
    <message>
        <source>Internet-connected</source>
        <translation>Internet-connected</translation>
    </message>
    <message>
        <source>Outside the tiers</source>
        <translation>Outside the tiers</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Runs on</translation>
    </message>
    <message>
        <source>Processed by</source>
        <translation>Processed by</translation>
    </message>
    <message>
        <source>Connects via</source>
        <translation>Connects via</translation>
    </message>
    <message>
        <source>Located in</source>
        <translation>Located in</translation>
    </message>
    <message>
        <source>Powered by</source>
        <translation>Powered by</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partially implemented</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Not implemented</translation>
    </message>
    <message>
        <source>Reduces likelihood</source>
        <translation>Reduces likelihood</translation>
    </message>
    <message>
        <source>Reduces impact</source>
        <translation>Reduces impact</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigate</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Avoid</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation>Administrative body</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Related organization</source>
        <translation>Related organization</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Intentional threats</source>
        <translation>Intentional threats</translation>
    </message>
    <message>
        <source>Unintentional threats</source>
        <translation>Unintentional threats</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>Disasters</translation>
    </message>
    <message>
        <source>Outage of supplied services</source>
        <translation>Outage of supplied services</translation>
    </message>
    <message>
        <source>Loss of social trust</source>
        <translation>Loss of social trust</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Asset classification and management</source>
        <translation>Asset classification and management</translation>
    </message>
    <message>
        <source>Three-tier resilience</source>
        <translation>Three-tier resilience</translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation>Physical security</translation>
    </message>
    <message>
        <source>Human security</source>
        <translation>Human security</translation>
    </message>
    <message>
        <source>Technical security</source>
        <translation>Technical security</translation>
    </message>
    <message>
        <source>Operations and incident response</source>
        <translation>Operations and incident response</translation>
    </message>
    <message>
        <source>Outsourcing and cloud services</source>
        <translation>Outsourcing and cloud services</translation>
    </message>
    <message>
        <source>Evaluation and review</source>
        <translation>Evaluation and review</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>mamori::JsonReader</name>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a string, one of: %1</source>
        <translation>expected a string, one of: %1</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" is not one of: %2</translation>
    </message>
    <message>
        <source>is missing; expected one of: %1</source>
        <translation>is missing; expected one of: %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>needs "ja" or "en"</source>
        <translation>needs "ja" or "en"</translation>
    </message>
    <message>
        <source>expected a string or an object {"ja", "en"}</source>
        <translation>expected a string or an object {"ja", "en"}</translation>
    </message>
    <message>
        <source>expected an object with keys C, I, A</source>
        <translation>expected an object with keys C, I, A</translation>
    </message>
    <message>
        <source>"%1" is not a dimension; expected C, I or A</source>
        <translation>"%1" is not a dimension; expected C, I or A</translation>
    </message>
    <message>
        <source>expected a level name (a string or a whole number)</source>
        <translation>expected a level name (a string or a whole number)</translation>
    </message>
    <message>
        <source>"%1" is not a date YYYY-MM-DD</source>
        <translation>"%1" is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is missing; expected 1 to 5</source>
        <translation>is missing; expected 1 to 5</translation>
    </message>
    <message>
        <source>is missing; expected a non-empty list of C, I, A</source>
        <translation>is missing; expected a non-empty list of C, I, A</translation>
    </message>
    <message>
        <source>expected a threat id or an object {"threat" or "category", "reduction"}</source>
        <translation>expected a threat id or an object {"threat" or "category", "reduction"}</translation>
    </message>
    <message>
        <source>names exactly one of "threat" or "category"</source>
        <translation>names exactly one of "threat" or "category"</translation>
    </message>
    <message>
        <source>is missing; expected 1 to 9</source>
        <translation>is missing; expected 1 to 9</translation>
    </message>
    <message>
        <source>"%1" is not one of: set, add, remove</source>
        <translation>"%1" is not one of: set, add, remove</translation>
    </message>
    <message>
        <source>"%1" is not one of: asset, threat, control, setting, dependency, exposure, response</source>
        <translation>"%1" is not one of: asset, threat, control, setting, dependency, exposure, response</translation>
    </message>
    <message>
        <source>only an asset, a threat, a control or a setting can be set</source>
        <translation>only an asset, a threat, a control or a setting can be set</translation>
    </message>
    <message>
        <source>a setting is changed with "set", not added</source>
        <translation>a setting is changed with "set", not added</translation>
    </message>
    <message>
        <source>expected the whole entity as an object</source>
        <translation>expected the whole entity as an object</translation>
    </message>
    <message>
        <source>a setting cannot be removed</source>
        <translation>a setting cannot be removed</translation>
    </message>
    <message>
        <source>expected a pair [bound, label]</source>
        <translation>expected a pair [bound, label]</translation>
    </message>
    <message>
        <source>this is not a Mamori model (expected "format": "mamori-model")</source>
        <translation>this is not a Mamori model (expected "format": "mamori-model")</translation>
    </message>
    <message>
        <source>expected a whole number, the format version</source>
        <translation>expected a whole number, the format version</translation>
    </message>
    <message>
        <source>the model is format version %1, newer than this Mamori understands (%2); update Mamori to open it</source>
        <translation>the model is format version %1, newer than this Mamori understands (%2); update Mamori to open it</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>the text is not valid UTF-8</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>malformed JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
</context>
<context>
    <name>mamori::MainWindow</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation>Risk response plan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open the &amp;sample ward</source>
        <translation>Open the &amp;sample ward</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Filter the register</source>
        <translation>&amp;Filter the register</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation>&amp;About Mamori</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Filter: type part of an ID, a name or any value (Ctrl+F)</source>
        <translation>Filter: type part of an ID, a name or any value (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>Assets: %1   Dependencies: %2   Threats: %3   Controls: %4   Plan actions: %5</source>
        <translation>Assets: %1   Dependencies: %2   Threats: %3   Controls: %4   Plan actions: %5</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1” has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <source>Mamori project (*.mamori);;Mamori model JSON (*.json)</source>
        <translation>Mamori project (*.mamori);;Mamori model JSON (*.json)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Mamori files (*.mamori *.json);;All files (*)</source>
        <translation>Mamori files (*.mamori *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation>About Mamori</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Cyber risk assessment and response planning for the information assets of a municipality, following its cybersecurity basic policy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Cyber risk assessment and response planning for the information assets of a municipality, following its cybersecurity basic policy.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mamori::ModelFile</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation><numerusform>… and %n more errors</numerusform><numerusform>… and %n more errors</numerusform></translation>
    </message>
</context>
<context>
    <name>mamori::ProjectFile</name>
    <message>
        <source>table %1, row %2, column %3</source>
        <translation>table %1, row %2, column %3</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" is not one of: %2</translation>
    </message>
    <message>
        <source>"%1" is not a date YYYY-MM-DD</source>
        <translation>"%1" is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>is not a JSON value</translation>
    </message>
    <message>
        <source>"%1" is not one of: all, assets, filter</source>
        <translation>"%1" is not one of: all, assets, filter</translation>
    </message>
    <message>
        <source>control "%1" does not exist</source>
        <translation>control "%1" does not exist</translation>
    </message>
    <message>
        <source>plan action "%1" does not exist</source>
        <translation>plan action "%1" does not exist</translation>
    </message>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>scenario "%1" does not exist</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>this is not a Mamori project file (it is not an SQLite database)</source>
        <translation>this is not a Mamori project file (it is not an SQLite database)</translation>
    </message>
    <message>
        <source>the project file cannot be opened: %1</source>
        <translation>the project file cannot be opened: %1</translation>
    </message>
    <message>
        <source>the project file is damaged or truncated: %1</source>
        <translation>the project file is damaged or truncated: %1</translation>
    </message>
    <message>
        <source>this is an SQLite database but not a Mamori project file</source>
        <translation>this is an SQLite database but not a Mamori project file</translation>
    </message>
    <message>
        <source>the project was saved by a newer Mamori (file format %1; this version reads up to %2); update Mamori to open it</source>
        <translation>the project was saved by a newer Mamori (file format %1; this version reads up to %2); update Mamori to open it</translation>
    </message>
    <message>
        <source>the project file is damaged: it has no schema</source>
        <translation>the project file is damaged: it has no schema</translation>
    </message>
    <message>
        <source>cannot make a temporary copy to upgrade the project file</source>
        <translation>cannot make a temporary copy to upgrade the project file</translation>
    </message>
    <message>
        <source>cannot upgrade the project file from format %1: %2</source>
        <translation>cannot upgrade the project file from format %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>cannot write the project: %1</source>
        <translation>cannot write the project: %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of the older project file as %1</source>
        <translation>cannot keep a copy of the older project file as %1</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>cannot replace %1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::Registers</name>
    <message>
        <source>All assets</source>
        <translation>All assets</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Dependent asset</source>
        <translation>Dependent asset</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation>Initial cost (yen)</translation>
    </message>
    <message>
        <source>Annual cost (yen)</source>
        <translation>Annual cost (yen)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>mamori::Scenarios</name>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>dependency</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposure</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist in this scenario's base</source>
        <translation>%1 "%2" does not exist in this scenario's base</translation>
    </message>
    <message>
        <source>"%1" is not a field that can be set; expected one of: %2</source>
        <translation>"%1" is not a field that can be set; expected one of: %2</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in this scenario's base</source>
        <translation>%1 %2 does not exist in this scenario's base</translation>
    </message>
    <message>
        <source>"%1" is not a setting; expected one of: %2</source>
        <translation>"%1" is not a setting; expected one of: %2</translation>
    </message>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>scenario "%1" does not exist</translation>
    </message>
    <message>
        <source>the scenario base chain loops: %1</source>
        <translation>the scenario base chain loops: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Validator</name>
    <message>
        <source>scenario "%1" does not exist</source>
        <translation>scenario "%1" does not exist</translation>
    </message>
    <message>
        <source>after its changes, the model is not valid: %1: %2</source>
        <translation>after its changes, the model is not valid: %1: %2</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1 is out of range; expected %2 to %3</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist</source>
        <translation>%1 "%2" does not exist</translation>
    </message>
    <message>
        <source>duplicate id "%1" (first used at item %2)</source>
        <translation>duplicate id "%1" (first used at item %2)</translation>
    </message>
    <message>
        <source>needs a name in Japanese or English</source>
        <translation>needs a name in Japanese or English</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>org unit</source>
        <translation>org unit</translation>
    </message>
    <message>
        <source>needs at least one level</source>
        <translation>needs at least one level</translation>
    </message>
    <message>
        <source>needs at least one band</source>
        <translation>needs at least one band</translation>
    </message>
    <message>
        <source>a band needs a label</source>
        <translation>a band needs a label</translation>
    </message>
    <message>
        <source>band bounds must increase</source>
        <translation>band bounds must increase</translation>
    </message>
    <message>
        <source>the last band must reach 25, the highest possible risk value</source>
        <translation>the last band must reach 25, the highest possible risk value</translation>
    </message>
    <message>
        <source>the parent chain loops</source>
        <translation>the parent chain loops</translation>
    </message>
    <message>
        <source>level "%1" is not in the impact table for %2 (levels: %3)</source>
        <translation>level "%1" is not in the impact table for %2 (levels: %3)</translation>
    </message>
    <message>
        <source>asset "%1" cannot depend on itself</source>
        <translation>asset "%1" cannot depend on itself</translation>
    </message>
    <message>
        <source>duplicate dependency %1 -&gt; %2 (%3)</source>
        <translation>duplicate dependency %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>needs at least one of C, I, A</source>
        <translation>needs at least one of C, I, A</translation>
    </message>
    <message>
        <source>a second %1 for asset "%2" and threat "%3"</source>
        <translation>a second %1 for asset "%2" and threat "%3"</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposure</translation>
    </message>
    <message>
        <source>a control cannot require itself</source>
        <translation>a control cannot require itself</translation>
    </message>
    <message>
        <source>the requires chain loops: %1</source>
        <translation>the requires chain loops: %1</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>the due date %1 is before the start %2</source>
        <translation>the due date %1 is before the start %2</translation>
    </message>
</context>
<context>
    <name>mamori::cli</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Write to FILE.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Replace FILE if it exists.</translation>
    </message>
    <message>
        <source>error: expected the name of the new project file</source>
        <translation>error: expected the name of the new project file</translation>
    </message>
    <message>
        <source>error: %1 exists; use --force to replace it</source>
        <translation>error: %1 exists; use --force to replace it</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: valid</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>project (schema %1)</source>
        <translation>project (schema %1)</translation>
    </message>
    <message>
        <source>mamori-model JSON</source>
        <translation>mamori-model JSON</translation>
    </message>
    <message>
        <source>org units</source>
        <translation>org units</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>assets</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>dependencies</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>threats</translation>
    </message>
    <message>
        <source>exposures</source>
        <translation>exposures</translation>
    </message>
    <message>
        <source>controls</source>
        <translation>controls</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>responses</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>plan actions</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenarios</translation>
    </message>
    <message>
        <source>gateways</source>
        <translation>gateways</translation>
    </message>
    <message>
        <source>appetite</source>
        <translation>appetite</translation>
    </message>
    <message>
        <source>Create a project from the built-in catalogue.</source>
        <translation>Create a project from the built-in catalogue.</translation>
    </message>
    <message>
        <source>Start from the bundled sample ward instead.</source>
        <translation>Start from the bundled sample ward instead.</translation>
    </message>
    <message>
        <source>Import a model into a project file.</source>
        <translation>Import a model into a project file.</translation>
    </message>
    <message>
        <source>Export a project as model JSON.</source>
        <translation>Export a project as model JSON.</translation>
    </message>
    <message>
        <source>Check a model and list every error with its place.</source>
        <translation>Check a model and list every error with its place.</translation>
    </message>
    <message>
        <source>Show what a model contains.</source>
        <translation>Show what a model contains.</translation>
    </message>
    <message>
        <source>Usage: mamori-cli COMMAND [OPTIONS] ARGUMENTS
Mamori %1: cyber risk assessment for municipalities. Every FILE that is read may be a .mamori project or a mamori-model .json.

Commands:
</source>
        <translation>Usage: mamori-cli COMMAND [OPTIONS] ARGUMENTS
Mamori %1: cyber risk assessment for municipalities. Every FILE that is read may be a .mamori project or a mamori-model .json.

Commands:
</translation>
    </message>
    <message>
        <source>
Run mamori-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 failure, 2 input error.
</source>
        <translation>
Run mamori-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 failure, 2 input error.
</translation>
    </message>
    <message>
        <source>error: unknown command "%1"</source>
        <translation>error: unknown command "%1"</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1 %2
</source>
        <translation>Usage: mamori-cli %1 %2
</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation><numerusform>… and %n more errors</numerusform><numerusform>… and %n more errors</numerusform></translation>
    </message>
    <message>
        <source>error: expected one model file (.mamori or .json)</source>
        <translation>error: expected one model file (.mamori or .json)</translation>
    </message>
    <message>
        <source>error: -o FILE is required</source>
        <translation>error: -o FILE is required</translation>
    </message>
</context>
</TS>