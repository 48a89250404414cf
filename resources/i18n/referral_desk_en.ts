<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>Verified in the last %n month(s)</source>
        <translation>
            <numerusform>Verified in the last month</numerusform>
            <numerusform>Verified in the last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreshnessView</name>
    <message numerus="yes">
        <source>within %n month(s)</source>
        <translation>
            <numerusform>within %n month</numerusform>
            <numerusform>within %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message numerus="yes">
        <source>%n referral(s). No names, references or caseworkers are counted.</source>
        <translation>
            <numerusform>%n referral. No names, references or caseworkers are counted.</numerusform>
            <numerusform>%n referrals. No names, references or caseworkers are counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>First %n results shown – type more to narrow the search</source>
        <translation>
            <numerusform>First result shown – type more to narrow the search</numerusform>
            <numerusform>First %n results shown – type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>Older than %n month(s) – check the details before you refer.</source>
        <translation>
            <numerusform>Older than %n month – check the details before you refer.</numerusform>
            <numerusform>Older than %n months – check the details before you refer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePlurals</name>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message numerus="yes">
        <source>%n record(s) due</source>
        <translation>
            <numerusform>%n record due</numerusform>
            <numerusform>%n records due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message numerus="yes">
        <source>published {date}, %n day(s) ago</source>
        <translation>
            <numerusform>published {date}, %n day ago</numerusform>
            <numerusform>published {date}, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>published {date}, %n month(s) ago</source>
        <translation>
            <numerusform>published {date}, %n month ago</numerusform>
            <numerusform>published {date}, %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No close match – %n similar spelling(s) shown</source>
        <translation>
            <numerusform>No close match – %n similar spelling shown</numerusform>
            <numerusform>No close match – %n similar spellings shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyActions</name>
    <message numerus="yes">
        <source>%n correction(s) saved for the coordinator.</source>
        <translation>
            <numerusform>%n correction saved for the coordinator.</numerusform>
            <numerusform>%n corrections saved for the coordinator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) added to the verification queue.</source>
        <translation>
            <numerusform>%n correction added to the verification queue.</numerusform>
            <numerusform>%n corrections added to the verification queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredRecords</name>
    <message numerus="yes">
        <source>%n retired record(s)</source>
        <translation>
            <numerusform>%n retired record</numerusform>
            <numerusform>%n retired records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) of other records put back.</source>
        <translation>
            <numerusform>%n link of other records put back.</numerusform>
            <numerusform>%n links of other records put back.</numerusform>
        </translation>
    </message>
</context>
</TS>
