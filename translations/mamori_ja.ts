<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>mamori::EnumNames</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGWAN-connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet-connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Located in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduces likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduces impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentional threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unintentional threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage of supplied services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of social trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset classification and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-tier resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations and incident response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outsourcing and cloud services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::JsonReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;ja&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or an object {&quot;ja&quot;, &quot;en&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with keys C, I, A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension; expected C, I or A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a level name (a string or a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected a non-empty list of C, I, A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a threat id or an object {&quot;threat&quot; or &quot;category&quot;, &quot;reduction&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names exactly one of &quot;threat&quot; or &quot;category&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: set, add, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: asset, threat, control, setting, dependency, exposure, response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an asset, a threat, a control or a setting can be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting is changed with &quot;set&quot;, not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the whole entity as an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a pair [bound, label]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Mamori model (expected &quot;format&quot;: &quot;mamori-model&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, the format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model is format version %1, newer than this Mamori understands (%2); update Mamori to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::MainWindow</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk response plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: type part of an ID, a name or any value (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mamori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets: %1   Dependencies: %2   Threats: %3   Controls: %4   Plan actions: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mamori project (*.mamori);;Mamori model JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mamori files (*.mamori *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mamori %1&lt;/h3&gt;&lt;p&gt;Cyber risk assessment and response planning for the information assets of a municipality, following its cybersecurity basic policy.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::ModelFile</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::ProjectFile</name>
    <message>
        <source>table %1, row %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: all, assets, filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan action &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Mamori project file (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged or truncated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an SQLite database but not a Mamori project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project was saved by a newer Mamori (file format %1; this version reads up to %2); update Mamori to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged: it has no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary copy to upgrade the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the project file from format %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep a copy of the older project file as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::Registers</name>
    <message>
        <source>All assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial cost (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual cost (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::Scenarios</name>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist in this scenario&apos;s base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field that can be set; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist in this scenario&apos;s base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario base chain loops: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::Validator</name>
    <message>
        <source>scenario &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after its changes, the model is not valid: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at item %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a name in Japanese or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a band needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band bounds must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last band must reach 25, the highest possible risk value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent chain loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level &quot;%1&quot; is not in the impact table for %2 (levels: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset &quot;%1&quot; cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate dependency %1 -&gt; %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one of C, I, A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second %1 for asset &quot;%2&quot; and threat &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control cannot require itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requires chain loops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date %1 is before the start %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: expected the name of the new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 exists; use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-model JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appetite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project from the built-in catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the bundled sample ward instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model into a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a project as model JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a model and list every error with its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a model contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mamori-cli COMMAND [OPTIONS] ARGUMENTS
Mamori %1: cyber risk assessment for municipalities. Every FILE that is read may be a .mamori project or a mamori-model .json.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run mamori-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 failure, 2 input error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>error: expected one model file (.mamori or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: -o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
