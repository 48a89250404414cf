<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Directory: {name}, version {version}, published {date} by {publisher}</source>
            <translation>Verzeichnis: {name}, Version {version}, veröffentlicht am {date} von {publisher}</translation>
        </message>
        <message>
            <source>An offline directory for referring possible victims of trafficking.</source>
            <translation>Ein Offline-Verzeichnis für die Vermittlung möglicher Betroffener von Menschenhandel.</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>BEISPIELDATEN – nicht für den Echtbetrieb</translation>
        </message>
        <message>
            <source>About Referral Desk</source>
            <translation>Über Referral Desk</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Referral Desk cannot start</source>
            <translation>Referral Desk kann nicht starten</translation>
        </message>
    </context>
    <context>
        <name>BackupRestore</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>A central database is backed up by its server, not by this program.</source>
            <translation>Eine zentrale Datenbank wird von ihrem Server gesichert, nicht von diesem Programm.</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Es gibt noch keine Sicherung.</translation>
        </message>
    </context>
    <context>
        <name>Booklet</name>
        <message>
            <source>Paper directory</source>
            <translation>Verzeichnis auf Papier</translation>
        </message>
        <message>
            <source>Contact card</source>
            <translation>Kontaktkarte</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>The whole directory</source>
            <translation>Das ganze Verzeichnis</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Favoriten</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <source>Bodies listed</source>
            <translation>Aufgeführte Stellen</translation>
        </message>
        <message>
            <source>Addresses of shelters and other confidential places are left out. Check a number in the app or with the national coordinator before you rely on it: this paper ages.</source>
            <translation>Adressen von Schutzunterkünften und anderen vertraulichen Orten sind weggelassen. Prüfen Sie eine Nummer in der App oder bei der nationalen Koordinierungsstelle, bevor Sie sich darauf verlassen: Papier veraltet.</translation>
        </message>
        <message>
            <source>Emergency and 24-hour numbers</source>
            <translation>Notruf- und 24-Stunden-Nummern</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Every body is listed under its Latin and its Cyrillic name, with the page it is on.</source>
            <translation>Jede Stelle ist mit ihrem lateinischen und ihrem kyrillischen Namen und der zugehörigen Seite aufgeführt.</translation>
        </message>
        <message>
            <source>Liaison and other contacts</source>
            <translation>Verbindungsstellen und weitere Kontakte</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Also</source>
            <translation>Auch</translation>
        </message>
        <message>
            <source>Who for</source>
            <translation>Für wen</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>So vermitteln Sie</translation>
        </message>
        <message>
            <source>No body matches this selection.</source>
            <translation>Keine Stelle entspricht dieser Auswahl.</translation>
        </message>
    </context>
    <context>
        <name>BookletOptionsDialog</name>
        <message>
            <source>Print the paper directory</source>
            <translation>Verzeichnis auf Papier drucken</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Alle Länder</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Alle Regionen</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Only my &amp;favourites</source>
            <translation>Nur meine &amp;Favoriten</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Region</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <source>Second &amp;language</source>
            <translation>&amp;Zweite Sprache</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Record a check</source>
            <translation>Prüfung festhalten</translation>
        </message>
        <message>
            <source>e.g. spoke to the duty officer; what changed</source>
            <translation>z. B. mit dem Journaldienst gesprochen; was sich geändert hat</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Wie:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Ergebnis:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Geprüft &amp;von:</translation>
        </message>
        <message>
            <source>Say who checked it.</source>
            <translation>Bitte angeben, wer geprüft hat.</translation>
        </message>
        <message>
            <source>Say in the note what changed.</source>
            <translation>Bitte in der Notiz angeben, was sich geändert hat.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this record</source>
            <translation>Jemand anderes hat diesen Eintrag geändert</translation>
        </message>
        <message>
            <source>This record was saved by someone else since you opened it (version {now}; you started from version {yours}). Nothing has been lost: choose which version to keep.</source>
            <translation>Dieser Eintrag wurde von jemand anderem gespeichert, seit Sie ihn geöffnet haben (Version {now}; Sie haben mit Version {yours} begonnen). Nichts ging verloren: Wählen Sie, welche Fassung bleibt.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Saved meanwhile</source>
            <translation>Inzwischen gespeichert</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ihre</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Andere übernehmen</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>An adult must give informed consent before any referral.</source>
            <translation>Eine erwachsene Person muss vor jeder Vermittlung informiert einwilligen.</translation>
        </message>
        <message>
            <source>Informed consent</source>
            <translation>Informierte Einwilligung</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Report a correction</source>
            <translation>Korrektur melden</translation>
        </message>
        <message>
            <source>Write only about the record: a wrong number, a new address, other hours. Never write anything about the person you are helping – no name, no story, nothing that could identify them. The correction is sent to the coordinator.</source>
            <translation>Nur über den Eintrag schreiben: eine falsche Nummer, eine neue Adresse, andere Zeiten. Nie etwas über die Person schreiben, der Sie helfen – keinen Namen, keine Geschichte, nichts, woran man sie erkennen könnte. Die Korrektur geht an die Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>e.g. the duty number does not answer at night</source>
            <translation>z. B. die Journalnummer meldet sich nachts nicht</translation>
        </message>
        <message>
            <source>e.g. the police gave us another number</source>
            <translation>z. B. die Polizei hat uns eine andere Nummer gegeben</translation>
        </message>
        <message>
            <source>What is &amp;wrong:</source>
            <translation>Was ist &amp;falsch:</translation>
        </message>
        <message>
            <source>What you &amp;found:</source>
            <translation>Was Sie &amp;herausgefunden haben:</translation>
        </message>
        <message>
            <source>Your &amp;post:</source>
            <translation>Ihre &amp;Dienststelle:</translation>
        </message>
        <message>
            <source>Say what is wrong and which post reports it.</source>
            <translation>Bitte angeben, was falsch ist und welche Dienststelle es meldet.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>{time} post time</source>
            <translation>{time} Zeit der Dienststelle</translation>
        </message>
        <message>
            <source>{time} UTC</source>
            <translation>{time} UTC</translation>
        </message>
        <message>
            <source>Show address</source>
            <translation>Adresse anzeigen</translation>
        </message>
        <message>
            <source>How to reach</source>
            <translation>Erreichbarkeit</translation>
        </message>
        <message>
            <source>No phone, e-mail or address recorded.</source>
            <translation>Weder Telefon noch E-Mail noch Adresse erfasst.</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <source>Copy confidential address</source>
            <translation>Vertrauliche Adresse kopieren</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Local time ({zone})</source>
            <translation>Ortszeit ({zone})</translation>
        </message>
        <message>
            <source>Post time ({zone})</source>
            <translation>Zeit der Dienststelle ({zone})</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>gleich</translation>
        </message>
        <message>
            <source>Serves</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Voraussetzungen</translation>
        </message>
        <message>
            <source>Nationals of</source>
            <translation>Staatsangehörige von</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Area served</source>
            <translation>Zuständigkeitsgebiet</translation>
        </message>
        <message>
            <source>Who it serves</source>
            <translation>Für wen</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>Vermittlung</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Vorgehen</translation>
        </message>
        <message>
            <source>Liaison with</source>
            <translation>Verbindungsstelle zu</translation>
        </message>
        <message>
            <source>Counterpart across the border</source>
            <translation>Gegenstelle jenseits der Grenze</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>So vermitteln Sie</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Teil von</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Sub-organizations</source>
            <translation>Untergeordnete Stellen</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Related records</source>
            <translation>Verknüpfte Einträge</translation>
        </message>
        <message>
            <source>Never verified – check before use.</source>
            <translation>Nie überprüft – vor Verwendung prüfen.</translation>
        </message>
        <message>
            <source>Last verified {date}</source>
            <translation>Zuletzt überprüft am {date}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>von {who}</translation>
        </message>
        <message>
            <source>This address is kept secret to protect the people staying there. Copy it only to pass it to someone who must have it, and never store it with the case. Copy it, marked CONFIDENTIAL?</source>
            <translation>Diese Adresse wird geheim gehalten, um die Menschen zu schützen, die dort untergebracht sind. Kopieren Sie sie nur, um sie an jemanden weiterzugeben, der sie haben muss, und speichern Sie sie nie beim Fall. Als VERTRAULICH gekennzeichnet kopieren?</translation>
        </message>
        <message>
            <source>Select a result to see its details.</source>
            <translation>Wählen Sie ein Ergebnis, um die Details zu sehen.</translation>
        </message>
        <message>
            <source>Details of the selected record</source>
            <translation>Details des ausgewählten Eintrags</translation>
        </message>
        <message>
            <source>Copy confidential address…</source>
            <translation>Vertrauliche Adresse kopieren…</translation>
        </message>
        <message>
            <source>Copy the confidential address, marked as such, after a warning</source>
            <translation>Kopiert die vertrauliche Adresse, als solche gekennzeichnet, nach einer Warnung</translation>
        </message>
    </context>
    <context>
        <name>DirectoryCheck</name>
        <message>
            <source>{minimum} is above the {maximum_age} {maximum}</source>
            <translation>{minimum} liegt über „{maximum_age}“ ({maximum})</translation>
        </message>
        <message>
            <source>{name} is not an IANA time zone</source>
            <translation>{name} ist keine IANA-Zeitzone</translation>
        </message>
        <message>
            <source>opens and closes at the same minute ({time}); for a body open day and night set {around_the_clock} instead</source>
            <translation>öffnet und schließt in derselben Minute ({time}); für eine Stelle, die Tag und Nacht geöffnet ist, stattdessen „{around_the_clock}“ wählen</translation>
        </message>
        <message>
            <source>{valid_from} {start} is after {valid_to} {end}</source>
            <translation>„{valid_from}“ {start} liegt nach „{valid_to}“ {end}</translation>
        </message>
        <message>
            <source>an organization cannot be its own parent</source>
            <translation>eine Organisation kann nicht ihre eigene übergeordnete Organisation sein</translation>
        </message>
        <message>
            <source>the parent organizations form a loop: {chain}</source>
            <translation>die übergeordneten Organisationen bilden einen Kreis: {chain}</translation>
        </message>
        <message>
            <source>{number} can be dialled; a placeholder must be a number that cannot (libphonenumber finds it valid)</source>
            <translation>{number} ist wählbar; ein Platzhalter muss eine Nummer sein, die man nicht wählen kann (libphonenumber hält sie für gültig)</translation>
        </message>
        <message>
            <source>{number} does not look like a placeholder: write one with five zeros in a row</source>
            <translation>{number} sieht nicht wie ein Platzhalter aus: schreiben Sie einen mit fünf Nullen hintereinander</translation>
        </message>
        <message>
            <source>{number} is not a valid phone number</source>
            <translation>{number} ist keine gültige Telefonnummer</translation>
        </message>
        <message>
            <source>{email} is not a valid e-mail address ({reason})</source>
            <translation>{email} ist keine gültige E-Mail-Adresse ({reason})</translation>
        </message>
        <message>
            <source>holds {character}, a bidi control that can show text in another order than it is stored</source>
            <translation>enthält {character}, ein Bidi-Steuerzeichen, das Text in anderer Reihenfolge zeigen kann, als er gespeichert ist</translation>
        </message>
        <message>
            <source>holds {character}, an invisible character</source>
            <translation>enthält {character}, ein unsichtbares Zeichen</translation>
        </message>
        <message>
            <source>holds {character}, a control character</source>
            <translation>enthält {character}, ein Steuerzeichen</translation>
        </message>
        <message>
            <source>holds {character}, a line break; this field holds one line</source>
            <translation>enthält {character}, einen Zeilenumbruch; dieses Feld hat nur eine Zeile</translation>
        </message>
        <message>
            <source>{name} is a required property</source>
            <translation>{name} fehlt, ist aber Pflicht</translation>
        </message>
        <message>
            <source>{value} is not a web address (starting with http:// or https://)</source>
            <translation>{value} ist keine Webadresse (beginnt mit http:// oder https://)</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address</source>
            <translation>{value} ist keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>{value} is not a phone number in international form (+43 …) or a short code</source>
            <translation>{value} ist keine Telefonnummer in internationaler Form (+43 …) und keine Kurznummer</translation>
        </message>
        <message>
            <source>{value} is not a time zone (such as Europe/Vienna)</source>
            <translation>{value} ist keine Zeitzone (wie Europe/Vienna)</translation>
        </message>
        <message>
            <source>{value} is not a time (HH:MM)</source>
            <translation>{value} ist keine Uhrzeit (HH:MM)</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <translation>{value} ist kein Datum (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>{number} is not a phone number ({reason})</source>
            <translation>{number} ist keine Telefonnummer ({reason})</translation>
        </message>
        <message>
            <source>{number} is not a possible phone number (wrong length)</source>
            <translation>{number} kann keine Telefonnummer sein (falsche Länge)</translation>
        </message>
        <message>
            <source>{digits} is a real short code, not a placeholder</source>
            <translation>{digits} ist eine echte Kurznummer, kein Platzhalter</translation>
        </message>
        <message>
            <source>{value} is not a real date</source>
            <translation>{value} ist kein gültiges Datum</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>{number} is not one of the short codes {codes}</source>
            <translation>{number} ist keine der Kurznummern {codes}</translation>
        </message>
        <message>
            <source>{digits} is a short code only in {countries}</source>
            <translation>{digits} ist nur in {countries} eine Kurznummer</translation>
        </message>
        <message>
            <source>{number} looks like a real number; sample data may only hold 112, 116 000, 116 111, 147 and numbers that cannot be dialled, marked "placeholder": true</source>
            <translation>{number} sieht wie eine echte Nummer aus; Beispieldaten dürfen nur 112, 116 000, 116 111, 147 und nicht wählbare Nummern enthalten, die als „Platzhalter“ markiert sind</translation>
        </message>
        <message>
            <source>{number} is not marked as a placeholder; sample data may only hold 112, 116 000, 116 111, 147 and numbers that cannot be dialled, marked "placeholder": true</source>
            <translation>{number} ist nicht als Platzhalter markiert; Beispieldaten dürfen nur 112, 116 000, 116 111, 147 und nicht wählbare Nummern enthalten, die als „Platzhalter“ markiert sind</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <source>Edit &amp;record…</source>
            <translation>Eintrag &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>New or&amp;ganization…</source>
            <translation>Neue Or&amp;ganisation…</translation>
        </message>
        <message>
            <source>&amp;New in this organization</source>
            <translation>&amp;Neu in dieser Organisation</translation>
        </message>
        <message>
            <source>&amp;Location…</source>
            <translation>&amp;Standort…</translation>
        </message>
        <message>
            <source>&amp;Service…</source>
            <translation>&amp;Dienst…</translation>
        </message>
        <message>
            <source>&amp;Contact…</source>
            <translation>&amp;Kontakt…</translation>
        </message>
        <message>
            <source>Re&amp;tire record…</source>
            <translation>Eintrag &amp;zurückziehen…</translation>
        </message>
        <message>
            <source>Take the record out of the directory, with a reason; its history stays</source>
            <translation>Nimmt den Eintrag mit Begründung aus dem Verzeichnis; seine Geschichte bleibt</translation>
        </message>
        <message>
            <source>Record hi&amp;story</source>
            <translation>Verlau&amp;f des Eintrags</translation>
        </message>
        <message>
            <source>Who changed this record, when and why</source>
            <translation>Wer diesen Eintrag wann und warum geändert hat</translation>
        </message>
        <message>
            <source>Change histor&amp;y…</source>
            <translation>&amp;Änderungsverlauf…</translation>
        </message>
        <message>
            <source>&amp;Publish update…</source>
            <translation>Aktualisierung &amp;veröffentlichen…</translation>
        </message>
        <message>
            <source>Sign this directory's records of your countries into an update file</source>
            <translation>Signiert die Einträge Ihrer Länder aus diesem Verzeichnis in eine Aktualisierungsdatei</translation>
        </message>
        <message>
            <source>Edit the directory</source>
            <translation>Verzeichnis bearbeiten</translation>
        </message>
        <message>
            <source>Edit of {name}</source>
            <translation>Bearbeitung von {name}</translation>
        </message>
        <message>
            <source>Country of the new organization (ISO code):</source>
            <translation>Land der neuen Organisation (ISO-Code):</translation>
        </message>
        <message>
            <source>New {name}</source>
            <translation>Neu: {name}</translation>
        </message>
        <message>
            <source>Retire {name}</source>
            <translation>{name} zurückziehen</translation>
        </message>
        <message>
            <source>Why is this record retired? It leaves search and pathways; its history stays.</source>
            <translation>Warum wird dieser Eintrag zurückgezogen? Er verschwindet aus Suche und Wegen; sein Verlauf bleibt.</translation>
        </message>
        <message>
            <source>Retirement of {name}</source>
            <translation>Rückzug von {name}</translation>
        </message>
        <message>
            <source>Why does this record come back?</source>
            <translation>Warum kommt dieser Eintrag zurück?</translation>
        </message>
        <message>
            <source>The update was written to {path}.</source>
            <translation>Die Aktualisierung wurde in {path} geschrieben.</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>The coordinator's office: edit, retire, verify, the queue, freshness, publish</source>
            <translation>Die Arbeit der Koordinierungsstelle: bearbeiten, stilllegen, prüfen, Warteschlange, Aktualität, veröffentlichen</translation>
        </message>
        <message>
            <source>Turn on Directory → Edit first.</source>
            <translation>Schalten Sie zuerst Verzeichnis → Bearbeiten ein.</translation>
        </message>
        <message>
            <source>Retired recor&amp;ds…</source>
            <translation>Zurückgezogene Ein&amp;träge…</translation>
        </message>
        <message>
            <source>The records taken out of the directory: when, by whom, why</source>
            <translation>Die aus dem Verzeichnis genommenen Einträge: wann, von wem, warum</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) restored.</source>
            <translation>
                <numerusform>%n Eintrag wiederhergestellt.</numerusform>
                <numerusform>%n Einträge wiederhergestellt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) of other records put back.</source>
            <translation>
                <numerusform>%n Verknüpfung anderer Einträge wiederhergestellt.</numerusform>
                <numerusform>%n Verknüpfungen anderer Einträge wiederhergestellt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not put back:</source>
            <translation>Nicht wiederhergestellt:</translation>
        </message>
        <message>
            <source>The record is back, but not every link to it:</source>
            <translation>Der Eintrag ist zurück, aber nicht jede Verknüpfung zu ihm:</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>An unexpected error ({kind}) stopped what you were doing. Save your work; the details are in {log}, which you can send to your support contact.</source>
            <translation>Ein unerwarteter Fehler ({kind}) hat Ihren Arbeitsschritt abgebrochen. Sichern Sie Ihre Arbeit; die Einzelheiten stehen in {log} – diese Datei können Sie Ihrer Ansprechstelle für Unterstützung senden.</translation>
        </message>
        <message>
            <source>An unexpected error ({kind}) stopped what you were doing. Save your work; the details could not be written to the error log.</source>
            <translation>Ein unerwarteter Fehler ({kind}) hat Ihren Arbeitsschritt abgebrochen. Sichern Sie Ihre Arbeit; die Einzelheiten konnten nicht in das Fehlerprotokoll geschrieben werden.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
    </context>
    <context>
        <name>FavouritesList</name>
        <message>
            <source>Pinned records</source>
            <translation>Angeheftete Einträge</translation>
        </message>
        <message>
            <source>Nothing pinned yet. Open a record and press Ctrl+D to pin it.</source>
            <translation>Noch nichts angeheftet. Öffnen Sie einen Eintrag und drücken Sie Strg+D, um ihn anzuheften.</translation>
        </message>
        <message>
            <source>Enter opens a record, Delete unpins it</source>
            <translation>Eingabe öffnet einen Eintrag, Entf löst ihn</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>The file does not say in which country its organizations are. Choose the country: the import replaces that country's records, and the preview shows what changes before anything is written.</source>
            <translation>Die Datei sagt nicht, in welchem Land ihre Organisationen sind. Wählen Sie das Land: Der Import ersetzt die Einträge dieses Landes, und die Vorschau zeigt, was sich ändert, bevor etwas geschrieben wird.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Read an HSDS file or a workbook, see what it changes, then apply it</source>
            <translation>Eine HSDS-Datei oder Arbeitsmappe lesen, sehen, was sie ändert, dann übernehmen</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Write the directory as a workbook (XLSX, ODS, CSV) or as HSDS 3.0</source>
            <translation>Das Verzeichnis als Arbeitsmappe (XLSX, ODS, CSV) oder als HSDS 3.0 schreiben</translation>
        </message>
        <message>
            <source>Referral Desk</source>
            <translation>Referral Desk</translation>
        </message>
        <message>
            <source>Export the directory</source>
            <translation>Verzeichnis exportieren</translation>
        </message>
        <message>
            <source>Export the directory into a folder</source>
            <translation>Verzeichnis in einen Ordner exportieren</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben…</translation>
        </message>
        <message>
            <source>Writing {file}: {rows} rows</source>
            <translation>{file} wird geschrieben: {rows} Zeilen</translation>
        </message>
        <message>
            <source>The directory was not exported</source>
            <translation>Das Verzeichnis wurde nicht exportiert</translation>
        </message>
        <message>
            <source>Exported to {path}: {organizations} organizations, {locations} locations, {services} services, {contacts} contacts.</source>
            <translation>Exportiert nach {path}: {organizations} Organisationen, {locations} Standorte, {services} Angebote, {contacts} Kontakte.</translation>
        </message>
        <message>
            <source>The file holds the addresses of confidential places and is marked CONFIDENTIAL. Keep it safe.</source>
            <translation>Die Datei enthält die Adressen vertraulicher Orte und ist als VERTRAULICH gekennzeichnet. Bewahren Sie sie sicher auf.</translation>
        </message>
        <message>
            <source>The addresses of confidential places were left out.</source>
            <translation>Die Adressen vertraulicher Orte wurden weggelassen.</translation>
        </message>
        <message>
            <source>Directory exported</source>
            <translation>Verzeichnis exportiert</translation>
        </message>
        <message>
            <source>Import into the directory</source>
            <translation>In das Verzeichnis importieren</translation>
        </message>
        <message>
            <source>Workbooks and HSDS files (*.xlsx *.ods *.json *.csv);;One CSV file of a folder of CSV files (*.csv)</source>
            <translation>Arbeitsmappen und HSDS-Dateien (*.xlsx *.ods *.json *.csv);;Eine CSV-Datei eines Ordners mit CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>The file was not imported</source>
            <translation>Die Datei wurde nicht importiert</translation>
        </message>
        <message>
            <source>Nothing was changed. The file has these problems:</source>
            <translation>Nichts wurde geändert. Die Datei hat diese Probleme:</translation>
        </message>
        <message>
            <source>Imported {file}: {added} added, {retired} retired, {changed} changed.</source>
            <translation>{file} importiert: {added} hinzugefügt, {retired} entfernt, {changed} geändert.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the directory</source>
            <translation>Verzeichnis exportieren</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx) – to fill in by hand</source>
            <translation>Excel-Arbeitsmappe (.xlsx) – zum Ausfüllen von Hand</translation>
        </message>
        <message>
            <source>OpenDocument workbook (.ods) – to fill in by hand</source>
            <translation>OpenDocument-Arbeitsmappe (.ods) – zum Ausfüllen von Hand</translation>
        </message>
        <message>
            <source>CSV files, one per sheet (a folder)</source>
            <translation>CSV-Dateien, eine je Blatt (ein Ordner)</translation>
        </message>
        <message>
            <source>Open Referral HSDS 3.0, JSON (.json)</source>
            <translation>Open Referral HSDS 3.0, JSON (.json)</translation>
        </message>
        <message>
            <source>Open Referral HSDS 3.0, tabular data package (a folder)</source>
            <translation>Open Referral HSDS 3.0, tabellarisches Datenpaket (ein Ordner)</translation>
        </message>
        <message>
            <source>Include the addresses of confidential places</source>
            <translation>Adressen vertraulicher Orte einschließen</translation>
        </message>
        <message>
            <source>Shelters and crisis centres. The file is then marked CONFIDENTIAL.</source>
            <translation>Schutzunterkünfte und Krisenzentren. Die Datei wird dann als VERTRAULICH gekennzeichnet.</translation>
        </message>
        <message>
            <source>The file will hold the addresses of shelters. Keep it safe; do not publish it or pass it on.</source>
            <translation>Die Datei wird die Adressen von Schutzunterkünften enthalten. Bewahren Sie sie sicher auf; veröffentlichen Sie sie nicht und geben Sie sie nicht weiter.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any country</source>
            <translation>Alle Länder</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle Zielgruppen</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Alle Sprachen</translation>
        </message>
        <message numerus="yes">
            <source>Verified in the last %n month(s)</source>
            <translation>
                <numerusform>Im letzten %n Monat überprüft</numerusform>
                <numerusform>In den letzten %n Monaten überprüft</numerusform>
            </translation>
        </message>
        <message>
            <source>Verified any time</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>Ka&amp;tegorie:</translation>
        </message>
        <message>
            <source>Po&amp;pulation:</source>
            <translation>&amp;Zielgruppe:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>&amp;Verified:</source>
            <translation>&amp;Geprüft:</translation>
        </message>
        <message>
            <source>Open &amp;now</source>
            <translation>Jetzt &amp;offen</translation>
        </message>
        <message>
            <source>&amp;Around the clock</source>
            <translation>&amp;Rund um die Uhr</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Country filter</source>
            <translation>Filter nach Land</translation>
        </message>
        <message>
            <source>Kind of record filter</source>
            <translation>Filter nach Art des Eintrags</translation>
        </message>
        <message>
            <source>Category filter</source>
            <translation>Filter nach Kategorie</translation>
        </message>
        <message>
            <source>Population served filter</source>
            <translation>Filter nach Zielgruppe</translation>
        </message>
        <message>
            <source>Language spoken filter</source>
            <translation>Filter nach gesprochener Sprache</translation>
        </message>
        <message>
            <source>Last verified filter</source>
            <translation>Filter nach letzter Überprüfung</translation>
        </message>
        <message>
            <source>Only bodies reachable now</source>
            <translation>Nur jetzt erreichbare Stellen</translation>
        </message>
        <message>
            <source>Only bodies reachable around the clock</source>
            <translation>Nur rund um die Uhr erreichbare Stellen</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Alle Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Alle Regionen</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Regio&amp;n:</translation>
        </message>
        <message>
            <source>Region filter</source>
            <translation>Filter nach Region</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Set up Referral Desk</source>
            <translation>Referral Desk einrichten</translation>
        </message>
        <message>
            <source>Before the first case: tell the program who your post is and where it is. Sheets print the post's name, and times on screen, on sheets and in the referral log are the post's local time. You can change all of this later under Settings.</source>
            <translation>Vor dem ersten Fall: Geben Sie an, welche Dienststelle Sie sind und wo sie liegt. Die Bögen tragen den Namen der Dienststelle, und Uhrzeiten am Bildschirm, auf den Bögen und im Vermittlungsprotokoll sind die Ortszeit der Dienststelle. Alles lässt sich später unter „Einstellungen“ ändern.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>S&amp;tarten</translation>
        </message>
        <message>
            <source>&amp;Ask me later</source>
            <translation>Später &amp;fragen</translation>
        </message>
    </context>
    <context>
        <name>FreshnessView</name>
        <message>
            <source>Freshness of the directory</source>
            <translation>Aktualität des Verzeichnisses</translation>
        </message>
        <message>
            <source>&amp;Per:</source>
            <translation>&amp;Nach:</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Share of records verified within 3, 6 and 12 months</source>
            <translation>Anteil der Einträge, die in den letzten 3, 6 und 12 Monaten geprüft wurden</translation>
        </message>
        <message numerus="yes">
            <source>within %n month(s)</source>
            <translation>
                <numerusform>innerhalb von %n Monat</numerusform>
                <numerusform>innerhalb von %n Monaten</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} records; verified within 3 · 6 · 12 months: {shares}</source>
            <translation>{records} Einträge; geprüft in den letzten 3 · 6 · 12 Monaten: {shares}</translation>
        </message>
        <message>
            <source>Export freshness as CSV</source>
            <translation>Aktualität als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Cannot write the file: {error}</source>
            <translation>Die Datei kann nicht geschrieben werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>HappenedPage</name>
        <message>
            <source>What happened</source>
            <translation>Was geschehen ist</translation>
        </message>
        <message>
            <source>Tick what you know. Press ? beside a term for its meaning.</source>
            <translation>Kreuzen Sie an, was Sie wissen. Drücken Sie ? neben einem Begriff für seine Bedeutung.</translation>
        </message>
        <message>
            <source>What was done to the person (the act)</source>
            <translation>Was mit der Person getan wurde (die Handlung)</translation>
        </message>
        <message>
            <source>How the person was controlled (the means)</source>
            <translation>Wie die Person kontrolliert wurde (die Mittel)</translation>
        </message>
        <message>
            <source>What for (the purpose)</source>
            <translation>Wozu (der Zweck)</translation>
        </message>
        <message>
            <source>For a child, the act and the purpose are enough: no means are needed.</source>
            <translation>Bei einem Kind genügen Handlung und Zweck: Mittel sind nicht nötig.</translation>
        </message>
        <message>
            <source>Crossing a border</source>
            <translation>Grenzübertritt</translation>
        </message>
        <message>
            <source>Was moved across a &amp;border</source>
            <translation>Wurde über eine &amp;Grenze gebracht</translation>
        </message>
        <message>
            <source>Was moved across a border</source>
            <translation>Wurde über eine Grenze gebracht</translation>
        </message>
        <message>
            <source>Agreed to be moved across the border</source>
            <translation>Hat zugestimmt, über die Grenze gebracht zu werden</translation>
        </message>
        <message>
            <source>Free to leave</source>
            <translation>Frei zu gehen</translation>
        </message>
        <message>
            <source>Smuggling</source>
            <translation>Schleusung</translation>
        </message>
        <message>
            <source>Agreed to the &amp;journey:</source>
            <translation>Hat der &amp;Reise zugestimmt:</translation>
        </message>
        <message>
            <source>&amp;Free to leave:</source>
            <translation>&amp;Frei zu gehen:</translation>
        </message>
        <message>
            <source>Signs of control</source>
            <translation>Anzeichen von Kontrolle</translation>
        </message>
        <message>
            <source>Identity documents taken away, or none at all</source>
            <translation>Ausweisdokumente abgenommen, oder gar keine</translation>
        </message>
        <message>
            <source>Wages withheld</source>
            <translation>Lohn zurückgehalten</translation>
        </message>
        <message>
            <source>A debt used to control the person</source>
            <translation>Eine Schuld, mit der die Person kontrolliert wird</translation>
        </message>
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Alle Länder</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Re&amp;store…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Bring the retired record back as it was</source>
            <translation>Holt den zurückgezogenen Eintrag so zurück, wie er war</translation>
        </message>
        <message>
            <source>&amp;Record id:</source>
            <translation>Eintrags-&amp;ID:</translation>
        </message>
        <message>
            <source>E&amp;ditor:</source>
            <translation>Bearbei&amp;ter:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Bearbeiter</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>zurückgezogen</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n Änderung</numerusform>
                <numerusform>%n Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the change history</source>
            <translation>Änderungsverlauf exportieren</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>{path} kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>HsdsExchange</name>
        <message>
            <source>This value was left out: {reason}.</source>
            <translation>Dieser Wert wurde weggelassen: {reason}.</translation>
        </message>
        <message>
            <source>it is not a position on the earth (latitude -90 to 90, longitude -180 to 180)</source>
            <translation>das ist kein Ort auf der Erde (Breite -90 bis 90, Länge -180 bis 180)</translation>
        </message>
        <message>
            <source>a position needs both latitude and longitude</source>
            <translation>ein Ort braucht Breite und Länge</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>Zeile {row}</translation>
        </message>
        <message>
            <source>table {table}</source>
            <translation>Tabelle {table}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>Feld {field}</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Die Datei existiert nicht.</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB, the most an import reads.</source>
            <translation>Die Datei ist größer als {limit} MB, das Höchstmaß, das ein Import liest.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text (a wrong byte in line {line}).</source>
            <translation>Die Datei ist kein UTF-8-Text (ein falsches Byte in Zeile {line}).</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}).</source>
            <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}).</translation>
        </message>
        <message>
            <source>This is not HSDS data: expected organizations or services, found {found}.</source>
            <translation>Das sind keine HSDS-Daten: erwartet wurden Organisationen oder Dienste, gefunden wurde {found}.</translation>
        </message>
        <message>
            <source>The table cannot be read as CSV: {reason}.</source>
            <translation>Die Tabelle kann nicht als CSV gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Columns this table needs are missing: {columns}.</source>
            <translation>Spalten, die diese Tabelle braucht, fehlen: {columns}.</translation>
        </message>
        <message>
            <source>A cell is longer than {limit} characters, the most an import reads.</source>
            <translation>Eine Zelle ist länger als {limit} Zeichen, das Höchstmaß, das ein Import liest.</translation>
        </message>
        <message>
            <source>The Referral Desk part of the file has format version {found}; this version reads version {expected}.</source>
            <translation>Der Referral-Desk-Teil der Datei hat die Formatversion {found}; diese Version liest Version {expected}.</translation>
        </message>
        <message>
            <source>The value must be {expected}, not {found}.</source>
            <translation>Der Wert muss {expected} sein, nicht {found}.</translation>
        </message>
        <message>
            <source>A value is needed here.</source>
            <translation>Hier wird ein Wert gebraucht.</translation>
        </message>
        <message>
            <source>"{value}" is not a UUID.</source>
            <translation>„{value}“ ist keine UUID.</translation>
        </message>
        <message>
            <source>"{value}" is not a number.</source>
            <translation>„{value}“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>"{value}" is not a date (YYYY-MM-DD).</source>
            <translation>„{value}“ ist kein Datum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>"{value}" is not a time of day (HH:MM).</source>
            <translation>„{value}“ ist keine Uhrzeit (HH:MM).</translation>
        </message>
        <message>
            <source>"{value}" is not one of the allowed values: {allowed}.</source>
            <translation>„{value}“ ist keiner der erlaubten Werte: {allowed}.</translation>
        </message>
        <message>
            <source>The id {value} is already used by another record ({other}).</source>
            <translation>Die ID {value} wird bereits von einem anderen Datensatz verwendet ({other}).</translation>
        </message>
        <message>
            <source>No {table} in the file has the id {value}.</source>
            <translation>Keine Zeile der Tabelle {table} in der Datei hat die ID {value}.</translation>
        </message>
        <message>
            <source>"{value}" is not a phone number Referral Desk can use: {reason}.</source>
            <translation>„{value}“ ist keine Telefonnummer, die Referral Desk verwenden kann: {reason}.</translation>
        </message>
        <message>
            <source>"{value}" is not a valid e-mail address.</source>
            <translation>„{value}“ ist keine gültige E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>"{value}" is not a web address starting with http:// or https://.</source>
            <translation>„{value}“ ist keine Webadresse, die mit http:// oder https:// beginnt.</translation>
        </message>
        <message>
            <source>"{value}" cannot be used: {reason}.</source>
            <translation>„{value}“ kann nicht verwendet werden: {reason}.</translation>
        </message>
        <message>
            <source>The cell holds a formula (or starts with '=' like one); directory data are typed values. Replace it with its value: copy the cell, then Paste Special, values only.</source>
            <translation>Die Zelle enthält eine Formel (oder beginnt mit „=“ wie eine); Verzeichnisdaten sind eingegebene Werte. Ersetzen Sie die Formel durch ihren Wert: Zelle kopieren, dann Inhalte einfügen, nur Werte.</translation>
        </message>
        <message>
            <source>This {table} row belongs to no organization in the file.</source>
            <translation>Diese Zeile der Tabelle {table} gehört zu keiner Organisation in der Datei.</translation>
        </message>
        <message>
            <source>The file does not say in which country this organization is; choose a country for the import.</source>
            <translation>Die Datei sagt nicht, in welchem Land diese Organisation ist; wählen Sie ein Land für den Import.</translation>
        </message>
        <message>
            <source>The file does not say in which time zone this location is; choose a time zone for the import.</source>
            <translation>Die Datei sagt nicht, in welcher Zeitzone dieser Ort liegt; wählen Sie eine Zeitzone für den Import.</translation>
        </message>
        <message>
            <source>The imported directory does not pass the directory check: {problem}</source>
            <translation>Das importierte Verzeichnis besteht die Verzeichnisprüfung nicht: {problem}</translation>
        </message>
        <message>
            <source>Referral Desk has no place for this value; it was not imported.</source>
            <translation>Referral Desk hat keinen Platz für diesen Wert; er wurde nicht importiert.</translation>
        </message>
        <message>
            <source>Referral Desk has no place for this column; it was not imported.</source>
            <translation>Referral Desk hat keinen Platz für diese Spalte; sie wurde nicht importiert.</translation>
        </message>
        <message>
            <source>Referral Desk has no place for this table; its {count} rows were not imported.</source>
            <translation>Referral Desk hat keinen Platz für diese Tabelle; ihre {count} Zeilen wurden nicht importiert.</translation>
        </message>
        <message>
            <source>The ids of {count} rows of this table are not kept: Referral Desk numbers these parts of a record itself.</source>
            <translation>Die IDs von {count} Zeilen dieser Tabelle werden nicht übernommen: Referral Desk nummeriert diese Teile eines Datensatzes selbst.</translation>
        </message>
        <message>
            <source>This {table} row was left out: {reason}.</source>
            <translation>Diese Zeile der Tabelle {table} wurde weggelassen: {reason}.</translation>
        </message>
        <message>
            <source>The link to {table} {value} was dropped: {reason}.</source>
            <translation>Die Verknüpfung mit {table} {value} wurde entfernt: {reason}.</translation>
        </message>
        <message>
            <source>The file has no value here; the import used {value}.</source>
            <translation>Die Datei hat hier keinen Wert; der Import hat {value} verwendet.</translation>
        </message>
        <message>
            <source>Referral Desk cannot hold "{value}"; the import used {replacement}.</source>
            <translation>Referral Desk kann „{value}“ nicht speichern; der Import hat {replacement} verwendet.</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>a column name is repeated</source>
            <translation>ein Spaltenname kommt doppelt vor</translation>
        </message>
        <message>
            <source>the row has a different number of cells than the header</source>
            <translation>die Zeile hat eine andere Zahl von Zellen als die Kopfzeile</translation>
        </message>
        <message>
            <source>a quotation mark or a line break is out of place</source>
            <translation>ein Anführungszeichen oder ein Zeilenumbruch steht an falscher Stelle</translation>
        </message>
        <message>
            <source>its status is not active, and Referral Desk lists only active services</source>
            <translation>sein Status ist nicht aktiv, und Referral Desk führt nur aktive Dienste</translation>
        </message>
        <message>
            <source>it has no street address, and Referral Desk holds only places</source>
            <translation>er hat keine Anschrift, und Referral Desk führt nur Orte</translation>
        </message>
        <message>
            <source>Referral Desk keeps no such details for what it belongs to</source>
            <translation>Referral Desk speichert solche Angaben für das, wozu sie gehört, nicht</translation>
        </message>
        <message>
            <source>Referral Desk keeps only weekly opening hours</source>
            <translation>Referral Desk speichert nur wöchentliche Öffnungszeiten</translation>
        </message>
        <message>
            <source>it has no opening and closing time</source>
            <translation>es fehlen Öffnungs- und Schließzeit</translation>
        </message>
        <message>
            <source>opening hours need a location for their time zone</source>
            <translation>Öffnungszeiten brauchen einen Ort für ihre Zeitzone</translation>
        </message>
        <message>
            <source>the record it points to was left out</source>
            <translation>der Datensatz, auf den sie zeigt, wurde weggelassen</translation>
        </message>
        <message>
            <source>it belongs to another organization</source>
            <translation>er gehört zu einer anderen Organisation</translation>
        </message>
        <message>
            <source>it is not in the file</source>
            <translation>er ist nicht in der Datei</translation>
        </message>
        <message>
            <source>it has the wrong length</source>
            <translation>sie hat die falsche Länge</translation>
        </message>
        <message>
            <source>no such number exists</source>
            <translation>diese Nummer gibt es nicht</translation>
        </message>
        <message>
            <source>sample data may only hold 112, 116 000, 116 111, 147 and placeholders with five zeros that cannot be dialled</source>
            <translation>Beispieldaten dürfen nur 112, 116 000, 116 111, 147 und Platzhalter mit fünf Nullen enthalten, die nicht gewählt werden können</translation>
        </message>
        <message>
            <source>it is not written as a phone number</source>
            <translation>sie ist nicht als Telefonnummer geschrieben</translation>
        </message>
        <message>
            <source>it is not one of the short codes 112, 116 000, 116 111 and 147</source>
            <translation>sie ist keine der Kurznummern 112, 116 000, 116 111 und 147</translation>
        </message>
        <message>
            <source>it is not an IANA time zone</source>
            <translation>das ist keine IANA-Zeitzone</translation>
        </message>
        <message>
            <source>it is not a two-letter country code</source>
            <translation>das ist kein zweibuchstabiger Ländercode</translation>
        </message>
        <message>
            <source>it is not a two-letter language code</source>
            <translation>das ist kein zweibuchstabiger Sprachcode</translation>
        </message>
        <message>
            <source>it is not a value of the Referral Desk taxonomy</source>
            <translation>das ist kein Wert der Referral-Desk-Taxonomie</translation>
        </message>
        <message>
            <source>it is not the JSON this attribute holds</source>
            <translation>das ist nicht das JSON, das dieses Attribut enthält</translation>
        </message>
        <message>
            <source>the days are not weekdays such as MO,TU</source>
            <translation>die Tage sind keine Wochentage wie MO,TU</translation>
        </message>
        <message>
            <source>an extension is a whole number</source>
            <translation>eine Durchwahl ist eine ganze Zahl</translation>
        </message>
        <message>
            <source>Referral Desk keeps when a record was last verified, not its history of changes</source>
            <translation>Referral Desk speichert, wann ein Datensatz zuletzt geprüft wurde, nicht den Verlauf seiner Änderungen</translation>
        </message>
        <message>
            <source>Referral Desk keeps one address per location</source>
            <translation>Referral Desk speichert eine Adresse pro Ort</translation>
        </message>
        <message>
            <source>it repeats less often than every week</source>
            <translation>sie wiederholt sich seltener als jede Woche</translation>
        </message>
        <message>
            <source>Referral Desk keeps two-letter language codes (ISO 639-1)</source>
            <translation>Referral Desk speichert zweibuchstabige Sprachcodes (ISO 639-1)</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>wahr oder falsch (true/false)</translation>
        </message>
        <message>
            <source>nothing (null)</source>
            <translation>nichts (null)</translation>
        </message>
        <message>
            <source>a taxonomy term</source>
            <translation>ein Taxonomie-Begriff</translation>
        </message>
        <message>
            <source>no organizations</source>
            <translation>keine Organisationen</translation>
        </message>
        <message>
            <source>no HSDS tables</source>
            <translation>keine HSDS-Tabellen</translation>
        </message>
        <message>
            <source>The address of this confidential location was left out when the file was exported, and this location is new here; a Referral Desk directory needs it. Import a file exported with confidential addresses.</source>
            <translation>Die Adresse dieses vertraulichen Ortes wurde beim Export weggelassen, und der Ort ist hier neu; ein Referral-Desk-Verzeichnis braucht sie. Importieren Sie eine Datei, die mit den vertraulichen Adressen exportiert wurde.</translation>
        </message>
        <message>
            <source>"{value}" is neither an id nor a short key without spaces.</source>
            <translation>„{value}“ ist weder eine Kennung noch ein kurzer Schlüssel ohne Leerzeichen.</translation>
        </message>
        <message>
            <source>The sheet {table} is missing or has no rows; the import needs it.</source>
            <translation>Das Blatt {table} fehlt oder hat keine Zeilen; der Import braucht es.</translation>
        </message>
        <message>
            <source>The address of this confidential location was left out of the file; the import keeps the address already held here.</source>
            <translation>Die Adresse dieses vertraulichen Ortes fehlt in der Datei; der Import behält die hier schon gespeicherte Adresse.</translation>
        </message>
        <message>
            <source>it is not a workbook of this kind, or it is damaged</source>
            <translation>es ist keine Arbeitsmappe dieser Art, oder sie ist beschädigt</translation>
        </message>
        <message>
            <source>a verification note is at most 2,000 characters</source>
            <translation>eine Prüfnotiz hat höchstens 2.000 Zeichen</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>The key statement is signed with key {key_id}, which has been revoked. Nothing was changed.</source>
            <translation>Die Schlüsselerklärung ist mit dem Schlüssel {key_id} signiert, der widerrufen wurde. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This is not a minisign public key. Choose the .pub file the publisher gave you.</source>
            <translation>Das ist kein öffentlicher minisign-Schlüssel. Wählen Sie die .pub-Datei, die Sie vom Herausgeber erhalten haben.</translation>
        </message>
        <message>
            <source>This is not a minisign secret key. Choose the .key file made with your key pair.</source>
            <translation>Das ist kein geheimer minisign-Schlüssel. Wählen Sie die .key-Datei, die mit Ihrem Schlüsselpaar erstellt wurde.</translation>
        </message>
        <message>
            <source>The signature is missing or damaged. Get the signed file again from its publisher.</source>
            <translation>Die Signatur fehlt oder ist beschädigt. Holen Sie die signierte Datei erneut beim Herausgeber.</translation>
        </message>
        <message>
            <source>The key or signature uses a method Referral Desk does not support ({what}). Use an Ed25519 key made with minisign or Referral Desk.</source>
            <translation>Der Schlüssel oder die Signatur verwendet ein Verfahren, das Referral Desk nicht unterstützt ({what}). Verwenden Sie einen Ed25519-Schlüssel, der mit minisign oder Referral Desk erstellt wurde.</translation>
        </message>
        <message>
            <source>The secret key asks for more memory to unlock than Referral Desk allows. Make a new key pair with Referral Desk or minisign.</source>
            <translation>Zum Entsperren braucht der geheime Schlüssel mehr Speicher, als Referral Desk zulässt. Erstellen Sie ein neues Schlüsselpaar mit Referral Desk oder minisign.</translation>
        </message>
        <message>
            <source>The passphrase does not unlock this secret key. Type it again.</source>
            <translation>Die Passphrase entsperrt diesen geheimen Schlüssel nicht. Geben Sie sie erneut ein.</translation>
        </message>
        <message>
            <source>The secret key file is damaged. Restore it from your backup copy.</source>
            <translation>Die Datei mit dem geheimen Schlüssel ist beschädigt. Stellen Sie sie aus Ihrer Sicherungskopie wieder her.</translation>
        </message>
        <message>
            <source>The signature was made with key {signed_with}, not with key {expected}. Check that you use the right public key.</source>
            <translation>Die Signatur wurde mit dem Schlüssel {signed_with} erstellt, nicht mit dem Schlüssel {expected}. Prüfen Sie, ob Sie den richtigen öffentlichen Schlüssel verwenden.</translation>
        </message>
        <message>
            <source>The signature does not match the signed content: it was changed or damaged after signing. Do not use it; get it again from its publisher.</source>
            <translation>Die Signatur passt nicht zum signierten Inhalt: Er wurde nach dem Signieren verändert oder beschädigt. Verwenden Sie ihn nicht; holen Sie ihn erneut beim Herausgeber.</translation>
        </message>
        <message>
            <source>A comment must be one line of printable text of at most {limit} bytes. Shorten it.</source>
            <translation>Ein Kommentar muss eine Zeile lesbarer Text mit höchstens {limit} Bytes sein. Kürzen Sie ihn.</translation>
        </message>
        <message>
            <source>The list of trusted keys {file} is damaged. Restore it from a backup or reinstall Referral Desk.</source>
            <translation>Die Liste der vertrauenswürdigen Schlüssel {file} ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder installieren Sie Referral Desk neu.</translation>
        </message>
        <message>
            <source>Key {key_id} is already trusted, for {publisher}. Nothing was changed.</source>
            <translation>Der Schlüssel {key_id} gilt bereits als vertrauenswürdig, für {publisher}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>“{publisher}” cannot name a publisher: use lower-case letters, digits and hyphens.</source>
            <translation>„{publisher}“ kann keinen Herausgeber bezeichnen: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche.</translation>
        </message>
        <message>
            <source>Give the countries the publisher is responsible for as two-letter codes, such as AT.</source>
            <translation>Geben Sie die Länder, für die der Herausgeber zuständig ist, als Codes aus zwei Buchstaben an, etwa AT.</translation>
        </message>
        <message>
            <source>This is not a key statement of a publisher, or it is damaged. Ask your national coordinator for it again.</source>
            <translation>Das ist keine Schlüsselerklärung eines Herausgebers, oder sie ist beschädigt. Fordern Sie sie erneut bei Ihrer nationalen Koordinierungsstelle an.</translation>
        </message>
        <message>
            <source>The key statement is signed with key {key_id}, which this post does not trust. Nothing was changed.</source>
            <translation>Die Schlüsselerklärung ist mit dem Schlüssel {key_id} signiert, dem diese Dienststelle nicht vertraut. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The signature does not match the key statement: it was changed or damaged. Do not use it; ask your national coordinator for it again.</source>
            <translation>Die Signatur passt nicht zur Schlüsselerklärung: Sie wurde verändert oder beschädigt. Verwenden Sie sie nicht; fordern Sie sie erneut bei Ihrer nationalen Koordinierungsstelle an.</translation>
        </message>
        <message>
            <source>Key {signer} may not change key {key_id}. Do not use this statement; tell your national coordinator.</source>
            <translation>Der Schlüssel {signer} darf den Schlüssel {key_id} nicht ändern. Verwenden Sie diese Erklärung nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The key statement names key {key_id} as the new key, but that key has been revoked. Do not use it; tell your national coordinator.</source>
            <translation>Die Schlüsselerklärung nennt den Schlüssel {key_id} als neuen Schlüssel, doch dieser Schlüssel wurde widerrufen. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>{file} already exists, and a key is never overwritten. Choose another file name or move the old key away first.</source>
            <translation>{file} existiert bereits, und ein Schlüssel wird nie überschrieben. Wählen Sie einen anderen Dateinamen oder verschieben Sie zuerst den alten Schlüssel.</translation>
        </message>
        <message>
            <source>Choose a passphrase: the secret key is always stored encrypted with one.</source>
            <translation>Wählen Sie eine Passphrase: Der geheime Schlüssel wird immer damit verschlüsselt gespeichert.</translation>
        </message>
        <message>
            <source>{file} cannot be read. Check the file name and that the file is there.</source>
            <translation>{file} kann nicht gelesen werden. Prüfen Sie den Dateinamen und ob die Datei vorhanden ist.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import into the directory</source>
            <translation>In das Verzeichnis importieren</translation>
        </message>
        <message>
            <source>&amp;Apply import</source>
            <translation>Import &amp;übernehmen</translation>
        </message>
        <message>
            <source>&amp;Keep the records this file does not hold (add and update only)</source>
            <translation>&amp;Einträge behalten, die diese Datei nicht enthält (nur hinzufügen und aktualisieren)</translation>
        </message>
        <message>
            <source>The file's organizations are added, or replace those with the same id; every other record stays as it is.</source>
            <translation>Die Organisationen der Datei werden hinzugefügt oder ersetzen die mit derselben ID; alle anderen Einträge bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>The file holds {held} organizations; the directory already has {count} in {countries}.</source>
            <translation>Die Datei enthält {held} Organisationen; das Verzeichnis hat bereits {count} in {countries}.</translation>
        </message>
        <message>
            <source>As that is fewer than half, the records it does not hold are kept; untick the box below to replace them all.</source>
            <translation>Da das weniger als die Hälfte ist, bleiben die Einträge, die sie nicht enthält, erhalten; entfernen Sie das Häkchen unten, um alle zu ersetzen.</translation>
        </message>
        <message>
            <source>Import from {file}</source>
            <translation>Import aus {file}</translation>
        </message>
        <message>
            <source>Read: {organizations} organizations, {locations} locations, {services} services, {contacts} contacts.</source>
            <translation>Gelesen: {organizations} Organisationen, {locations} Standorte, {services} Angebote, {contacts} Kontakte.</translation>
        </message>
        <message>
            <source>The records of {countries} are replaced by the file's; the other countries stay as they are.</source>
            <translation>Die Einträge von {countries} werden durch die der Datei ersetzt; die anderen Länder bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>The file holds the addresses of confidential places.</source>
            <translation>Die Datei enthält die Adressen vertraulicher Orte.</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>Nach dem Import</translation>
        </message>
        <message>
            <source>The import changes nothing in the directory.</source>
            <translation>Der Import ändert nichts am Verzeichnis.</translation>
        </message>
        <message>
            <source>What the directory cannot hold, or filled in ({count})</source>
            <translation>Was das Verzeichnis nicht aufnehmen kann oder ergänzt wurde ({count})</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <source>Referral log</source>
            <translation>Vermittlungsprotokoll</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Vermittlungen</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Reference, post, caseworker or body</source>
            <translation>Aktenzeichen, Dienststelle, Sachbearbeitung oder Stelle</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Children and adults</source>
            <translation>Kinder und Erwachsene</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Kinder</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Erwachsene</translation>
        </message>
        <message>
            <source>Any case type</source>
            <translation>Alle Fallarten</translation>
        </message>
        <message>
            <source>Any follow-up</source>
            <translation>Jede Nachverfolgung</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Rückmeldung</translation>
        </message>
        <message>
            <source>&amp;Consent:</source>
            <translation>&amp;Einwilligung:</translation>
        </message>
        <message>
            <source>A body can be marked referred only once the person has agreed.</source>
            <translation>Eine Stelle kann erst als „vermittelt“ markiert werden, wenn die Person eingewilligt hat.</translation>
        </message>
        <message>
            <source>Save follow-up</source>
            <translation>Nachverfolgung speichern</translation>
        </message>
        <message>
            <source>Reprint sheet…</source>
            <translation>Bogen erneut drucken…</translation>
        </message>
        <message>
            <source>Save sheet as PDF…</source>
            <translation>Bogen als PDF speichern…</translation>
        </message>
        <message>
            <source>Not referred</source>
            <translation>Nicht vermittelt</translation>
        </message>
        <message>
            <source>The person has not agreed to be referred (consent: %1). Ask first and record the consent; until then no body is marked referred.</source>
            <translation>Die Person hat der Vermittlung nicht zugestimmt (Einwilligung: %1). Fragen Sie zuerst und halten Sie die Einwilligung fest; bis dahin wird keine Stelle als „vermittelt“ markiert.</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Gezählt nach</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s). No names, references or caseworkers are counted.</source>
            <translation>
                <numerusform>%n Vermittlung. Namen, Aktenzeichen und Sachbearbeitende werden nicht gezählt.</numerusform>
                <numerusform>%n Vermittlungen. Namen, Aktenzeichen und Sachbearbeitende werden nicht gezählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Statistik exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The file was not saved</source>
            <translation>Die Datei wurde nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>Print directory &amp;booklet</source>
            <translation>Verzeichnis als &amp;Heft drucken</translation>
        </message>
        <message>
            <source>Print contact &amp;card</source>
            <translation>&amp;Kontaktkarte drucken</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Vorschau…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Als P&amp;DF speichern…</translation>
        </message>
        <message>
            <source>A paper directory of a country, region, category or your favourites</source>
            <translation>Ein Papierverzeichnis für ein Land, eine Region, eine Kategorie oder Ihre Favoriten</translation>
        </message>
        <message>
            <source>The record shown, on one card</source>
            <translation>Der angezeigte Eintrag auf einer Karte</translation>
        </message>
        <message>
            <source>Referral &amp;log…</source>
            <translation>Vermittlungs&amp;protokoll…</translation>
        </message>
        <message>
            <source>Referrals kept from printed sheets: follow-up, reprint, statistics</source>
            <translation>Aus gedruckten Bögen festgehaltene Vermittlungen: Rückmeldung, Nachdruck, Statistik</translation>
        </message>
        <message>
            <source>The directory booklet was saved.</source>
            <translation>Das Verzeichnisheft wurde gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Show or hide the filters</source>
            <translation>Filter ein- oder ausblenden</translation>
        </message>
        <message>
            <source>F&amp;ilters (%1)</source>
            <translation>F&amp;ilter (%1)</translation>
        </message>
        <message>
            <source>F&amp;ilters</source>
            <translation>F&amp;ilter</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptsymbolleiste</translation>
        </message>
        <message>
            <source>Emergency and 24-hour numbers, and who answers now, for your post's countries</source>
            <translation>Notruf- und 24-Stunden-Nummern und wer jetzt erreichbar ist, für die Länder Ihrer Dienststelle</translation>
        </message>
        <message>
            <source>C&amp;all now…</source>
            <translation>Jetzt &amp;anrufen…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Bring back a backup of the database: the referral log and the directory</source>
            <translation>Eine Sicherung der Datenbank zurückholen: das Vermittlungsprotokoll und das Verzeichnis</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Die Sicherung wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>Referral Desk</source>
            <translation>Referral Desk</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>BEISPIELDATEN – nicht für den Echtbetrieb</translation>
        </message>
        <message>
            <source>Warning: the loaded directory is sample data</source>
            <translation>Achtung: Das geladene Verzeichnis enthält Beispieldaten</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suche:</translation>
        </message>
        <message>
            <source>Name, acronym, city or phone number – in any script</source>
            <translation>Name, Abkürzung, Ort oder Telefonnummer – in jeder Schrift</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Verzeichnis durchsuchen</translation>
        </message>
        <message>
            <source>Results update as you type. Arrows move, Enter opens, Escape clears.</source>
            <translation>Die Ergebnisse erscheinen beim Tippen. Pfeiltasten bewegen, Eingabe öffnet, Esc leert.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>&amp;New referral…</source>
            <translation>&amp;Neue Vermittlung…</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Angaben &amp;kopieren</translation>
        </message>
        <message>
            <source>Export &amp;vCard…</source>
            <translation>Als &amp;vCard exportieren…</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Anheften</translation>
        </message>
        <message>
            <source>Show &amp;address</source>
            <translation>A&amp;dresse anzeigen</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Favourites</source>
            <translation>&amp;Favoriten</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>Filter &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;About Referral Desk</source>
            <translation>Ü&amp;ber Referral Desk</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Copy the record's name and every way to reach it as plain text</source>
            <translation>Kopiert den Namen und alle Kontaktwege als reinen Text</translation>
        </message>
        <message>
            <source>Pin or unpin this record in your favourites</source>
            <translation>Diesen Eintrag bei den Favoriten anheften oder lösen</translation>
        </message>
        <message>
            <source>Show pinned records instead of search results</source>
            <translation>Angeheftete Einträge statt Suchergebnissen zeigen</translation>
        </message>
        <message>
            <source>Show the confidential address of a shelter or crisis centre</source>
            <translation>Zeigt die vertrauliche Adresse einer Schutzunterkunft oder eines Krisenzentrums</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>E&amp;intrag</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Loading the directory…</source>
            <translation>Das Verzeichnis wird geladen…</translation>
        </message>
        <message numerus="yes">
            <source>First %n results shown – type more to narrow the search</source>
            <translation>
                <numerusform>Erstes %n Ergebnis angezeigt – tippen Sie weiter, um die Suche einzugrenzen</numerusform>
                <numerusform>Erste %n Ergebnisse angezeigt – tippen Sie weiter, um die Suche einzugrenzen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message>
            <source>That record is no longer in the directory.</source>
            <translation>Dieser Eintrag ist nicht mehr im Verzeichnis.</translation>
        </message>
        <message>
            <source>Pinned to your favourites.</source>
            <translation>Bei den Favoriten angeheftet.</translation>
        </message>
        <message>
            <source>Removed from your favourites.</source>
            <translation>Aus den Favoriten entfernt.</translation>
        </message>
        <message>
            <source>{name} – no longer in the directory</source>
            <translation>{name} – nicht mehr im Verzeichnis</translation>
        </message>
        <message>
            <source>Details copied to the clipboard.</source>
            <translation>Angaben in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Cannot save the settings: {error}</source>
            <translation>Die Einstellungen können nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>For&amp;ward</source>
            <translation>Vor&amp;wärts</translation>
        </message>
        <message>
            <source>Sort by reac&amp;hable now</source>
            <translation>Nach „jetzt &amp;erreichbar“ sortieren</translation>
        </message>
    </context>
    <context>
        <name>Pathway</name>
        <message>
            <source>Referral pathway</source>
            <translation>Vermittlungsweg</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnhinweise</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>No body for this role in the directory</source>
            <translation>Keine Stelle für diese Rolle im Verzeichnis</translation>
        </message>
        <message>
            <source>No body on this pathway can be reached right now.</source>
            <translation>Derzeit ist keine Stelle auf diesem Weg erreichbar.</translation>
        </message>
        <message>
            <source>Rules version</source>
            <translation>Version der Regeln</translation>
        </message>
        <message>
            <source>Not suggested, because…</source>
            <translation>Nicht vorgeschlagen, weil …</translation>
        </message>
        <message>
            <source>No body for this step can be reached now: call 112 or the police.</source>
            <translation>Für diesen Schritt ist jetzt keine Stelle erreichbar: 112 oder die Polizei anrufen.</translation>
        </message>
        <message>
            <source>The person's region is not known and only regional bodies play this role: enter the region to see the one responsible there.</source>
            <translation>Die Region der Person ist nicht bekannt, und diese Rolle haben nur regionale Stellen: die Region eingeben, um die dort zuständige Stelle zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>The age is right: set the age group</source>
            <translation>Das Alter stimmt: Altersgruppe danach setzen</translation>
        </message>
        <message>
            <source>The age group is right: clear the age</source>
            <translation>Die Altersgruppe stimmt: Alter löschen</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>Die Person</translation>
        </message>
        <message>
            <source>Only what changes the referral. Never enter a name or other identifying details.</source>
            <translation>Nur was die Vermittlung ändert. Geben Sie nie einen Namen oder andere identifizierende Angaben ein.</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Age in years</source>
            <translation>Alter in Jahren</translation>
        </message>
        <message>
            <source>Child (under 18)</source>
            <translation>Kind (unter 18)</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Erwachsen</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Altersgruppe</translation>
        </message>
        <message>
            <source>Age &amp;uncertain, and there are reasons to believe this is a child</source>
            <translation>Alter &amp;unklar, und es gibt Gründe anzunehmen, dass es ein Kind ist</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Weiblich</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Männlich</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Staatsangehörigkeit</translation>
        </message>
        <message>
            <source>A child &amp;without a parent or carer</source>
            <translation>Ein Kind &amp;ohne Eltern oder Betreuungsperson</translation>
        </message>
        <message>
            <source>Seeks as&amp;ylum (international protection)</source>
            <translation>Sucht As&amp;yl (internationalen Schutz)</translation>
        </message>
        <message>
            <source>Foreign national without a right to &amp;stay</source>
            <translation>Ausländische Person ohne Aufenthalts&amp;recht</translation>
        </message>
        <message>
            <source>Languages the person speaks</source>
            <translation>Sprachen, die die Person spricht</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Alter:</translation>
        </message>
        <message>
            <source>Age &amp;group:</source>
            <translation>Alters&amp;gruppe:</translation>
        </message>
        <message>
            <source>G&amp;ender:</source>
            <translation>Ge&amp;schlecht:</translation>
        </message>
        <message>
            <source>&amp;Nationality:</source>
            <translation>&amp;Staatsangehörigkeit:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Sprachen:</translation>
        </message>
        <message>
            <source>Age %1 is under 18, but “%2” is chosen. Which is right?</source>
            <translation>Alter %1 liegt unter 18, aber „%2“ ist gewählt. Was stimmt?</translation>
        </message>
        <message>
            <source>A &amp;child, aged %1</source>
            <translation>Ein &amp;Kind, %1 Jahre alt</translation>
        </message>
        <message>
            <source>Age %1 is 18 or over, but “%2” is chosen. Which is right?</source>
            <translation>Alter %1 ist 18 oder mehr, aber „%2“ ist gewählt. Was stimmt?</translation>
        </message>
        <message>
            <source>An a&amp;dult, aged %1</source>
            <translation>Eine erwach&amp;sene Person, %1 Jahre alt</translation>
        </message>
        <message>
            <source>“%1”, age not &amp;known</source>
            <translation>„%1“, Alter &amp;nicht bekannt</translation>
        </message>
        <message>
            <source>The age is my &amp;estimate</source>
            <translation>Das Alter ist meine Schät&amp;zung</translation>
        </message>
        <message>
            <source>A child with an adult who is not a verified parent or carer</source>
            <translation>Ein Kind mit einer erwachsenen Person, die nicht nachweislich Elternteil oder Betreuungsperson ist</translation>
        </message>
        <message>
            <source>e.g. Bulgarian, Romani</source>
            <translation>z. B. Bulgarisch, Romani</translation>
        </message>
        <message>
            <source>Add a language</source>
            <translation>Eine Sprache hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Zuletzt überprüft</translation>
        </message>
        <message>
            <source>Liaison contact for</source>
            <translation>Verbindungsstelle für</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Gegenstelle</translation>
        </message>
        <message>
            <source>CONFIDENTIAL – do not pass this address on or store it with the case</source>
            <translation>VERTRAULICH – diese Adresse nicht weitergeben und nicht beim Fall speichern</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>Older than %n month(s) – check the details before you refer.</source>
            <translation>
                <numerusform>Älter als %n Monat – prüfen Sie die Angaben vor der Vermittlung.</numerusform>
                <numerusform>Älter als %n Monate – prüfen Sie die Angaben vor der Vermittlung.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostProfileForm</name>
        <message>
            <source>Give the post's name: it is printed on every sheet.</source>
            <translation>Geben Sie den Namen der Dienststelle an: Er steht auf jedem Bogen.</translation>
        </message>
        <message>
            <source>Pick the country where the post is from the list.</source>
            <translation>Wählen Sie das Land, in dem die Dienststelle liegt, aus der Liste.</translation>
        </message>
        <message>
            <source>Pick the country the post represents from the list.</source>
            <translation>Wählen Sie das Land, das die Dienststelle vertritt, aus der Liste.</translation>
        </message>
        <message>
            <source>The time zone is not known. Pick one from the list, e.g. Europe/Sofia.</source>
            <translation>Die Zeitzone ist unbekannt. Wählen Sie eine aus der Liste, z. B. Europe/Sofia.</translation>
        </message>
        <message>
            <source>None (police, border post, NGO)</source>
            <translation>Keines (Polizei, Grenzübergang, NGO)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Language of the program</source>
            <translation>Sprache des Programms</translation>
        </message>
        <message>
            <source>Post &amp;name:</source>
            <translation>&amp;Name der Dienststelle:</translation>
        </message>
        <message>
            <source>Name of the post</source>
            <translation>Name der Dienststelle</translation>
        </message>
        <message>
            <source>&amp;Kind of post:</source>
            <translation>&amp;Art der Dienststelle:</translation>
        </message>
        <message>
            <source>Kind of post</source>
            <translation>Art der Dienststelle</translation>
        </message>
        <message>
            <source>&amp;Represents:</source>
            <translation>&amp;Vertritt:</translation>
        </message>
        <message>
            <source>Country the post represents, e.g. as its embassy or consulate</source>
            <translation>Land, das die Dienststelle vertritt, etwa als seine Botschaft oder sein Konsulat</translation>
        </message>
        <message>
            <source>&amp;Country where it is:</source>
            <translation>&amp;Land, in dem sie liegt:</translation>
        </message>
        <message>
            <source>Country where the post is</source>
            <translation>Land, in dem die Dienststelle liegt</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Regio&amp;n:</translation>
        </message>
        <message>
            <source>Region where the post is</source>
            <translation>Region, in der die Dienststelle liegt</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>Time zone of the post</source>
            <translation>Zeitzone der Dienststelle</translation>
        </message>
        <message>
            <source>e.g. Consulate General of Bulgaria, Vienna</source>
            <translation>z. B. Generalkonsulat Bulgariens in Wien</translation>
        </message>
        <message>
            <source>e.g. BG</source>
            <translation>z. B. BG</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved</source>
            <translation>Das PDF wurde nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>e.g. at-coordinator</source>
            <translation>z. B. at-coordinator</translation>
        </message>
        <message>
            <source>e.g. AT (empty: the countries of your key)</source>
            <translation>z. B. AT (leer: die Länder Ihres Schlüssels)</translation>
        </message>
        <message>
            <source>Secret &amp;key file:</source>
            <translation>Geheime &amp;Schlüsseldatei:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>P&amp;ublisher id:</source>
            <translation>&amp;Herausgeber-ID:</translation>
        </message>
        <message>
            <source>&amp;Countries:</source>
            <translation>&amp;Länder:</translation>
        </message>
        <message>
            <source>&amp;Sequence number:</source>
            <translation>Laufende &amp;Nummer:</translation>
        </message>
        <message>
            <source>Posts warn after (&amp;days):</source>
            <translation>Dienststellen warnen nach (&amp;Tagen):</translation>
        </message>
        <message>
            <source>Release notes in {language}</source>
            <translation>Versionshinweise auf {language}</translation>
        </message>
        <message>
            <source>Release &amp;notes:</source>
            <translation>&amp;Versionshinweise:</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>Speichern &amp;als:</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;Veröffentlichen</translation>
        </message>
        <message>
            <source>Publish a directory update</source>
            <translation>Verzeichnisaktualisierung veröffentlichen</translation>
        </message>
        <message>
            <source>Your secret key</source>
            <translation>Ihr geheimer Schlüssel</translation>
        </message>
        <message>
            <source>minisign secret keys (*.key)</source>
            <translation>Geheime minisign-Schlüssel (*.key)</translation>
        </message>
        <message>
            <source>Save the update as</source>
            <translation>Aktualisierung speichern als</translation>
        </message>
        <message>
            <source>Choose your key, say who publishes and where to save the update.</source>
            <translation>Wählen Sie Ihren Schlüssel, geben Sie an, wer veröffentlicht und wohin die Aktualisierung gespeichert wird.</translation>
        </message>
        <message>
            <source>Write the release notes at least in English.</source>
            <translation>Schreiben Sie die Versionshinweise mindestens auf Englisch.</translation>
        </message>
        <message>
            <source>This database does not know your key: name your countries.</source>
            <translation>Diese Datenbank kennt Ihren Schlüssel nicht: Nennen Sie Ihre Länder.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>{path} kann nicht geschrieben werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Record</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Zuletzt geprüft</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Pathway steps</source>
            <translation>Schritte im Ablauf</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 Stunden</translation>
        </message>
        <message>
            <source>emergency</source>
            <translation>Notruf</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
    </context>
    <context>
        <name>QueuePlurals</name>
        <message numerus="yes">
            <source>%n correction(s)</source>
            <translation>
                <numerusform>%n Korrektur</numerusform>
                <numerusform>%n Korrekturen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueWindow</name>
        <message>
            <source>Wrong:</source>
            <translation>Falsch:</translation>
        </message>
        <message>
            <source>Found:</source>
            <translation>Festgestellt:</translation>
        </message>
        <message>
            <source>Verification queue</source>
            <translation>Prüfliste</translation>
        </message>
        <message>
            <source>&amp;Due when not verified for:</source>
            <translation>&amp;Fällig, wenn nicht geprüft seit:</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monaten</translation>
        </message>
        <message>
            <source>Records due for a check</source>
            <translation>Zur Prüfung fällige Einträge</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Wie:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>What the call found; for “changed”, what changed</source>
            <translation>Was der Anruf ergab; bei „geändert“: was sich geändert hat</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Geprüft &amp;von:</translation>
        </message>
        <message>
            <source>&amp;Confirmed</source>
            <translation>&amp;Bestätigt</translation>
        </message>
        <message>
            <source>Chan&amp;ged</source>
            <translation>&amp;Geändert</translation>
        </message>
        <message>
            <source>&amp;Unreachable</source>
            <translation>Nicht e&amp;rreichbar</translation>
        </message>
        <message>
            <source>Everything is as written: it counts as verified today</source>
            <translation>Alles stimmt wie eingetragen: gilt als heute geprüft</translation>
        </message>
        <message>
            <source>Something changed: say what in the note; edit the record</source>
            <translation>Etwas hat sich geändert: in der Notiz angeben, was; den Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>Nobody answered: it stays in the queue</source>
            <translation>Niemand hat geantwortet: bleibt in der Liste</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) due</source>
            <translation>
                <numerusform>%n Eintrag fällig</numerusform>
                <numerusform>%n Einträge fällig</numerusform>
            </translation>
        </message>
        <message>
            <source>No record is due.</source>
            <translation>Kein Eintrag ist fällig.</translation>
        </message>
        <message>
            <source>never verified</source>
            <translation>nie geprüft</translation>
        </message>
        <message>
            <source>Last verified: {date}</source>
            <translation>Zuletzt geprüft: {date}</translation>
        </message>
        <message>
            <source>Last check {date}: {outcome}</source>
            <translation>Letzte Prüfung {date}: {outcome}</translation>
        </message>
        <message>
            <source>No phone number recorded</source>
            <translation>Keine Telefonnummer eingetragen</translation>
        </message>
        <message>
            <source>Corrections from posts</source>
            <translation>Korrekturen der Dienststellen</translation>
        </message>
        <message>
            <source>Say who checked it.</source>
            <translation>Bitte angeben, wer geprüft hat.</translation>
        </message>
        <message>
            <source>Say in the note what changed.</source>
            <translation>Bitte in der Notiz angeben, was sich geändert hat.</translation>
        </message>
        <message>
            <source>Nothing recorded: the change was not saved.</source>
            <translation>Nichts festgehalten: die Änderung wurde nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;Reason for the change:</source>
            <translation>&amp;Grund der Änderung:</translation>
        </message>
        <message>
            <source>New record: {kind}</source>
            <translation>Neuer Eintrag: {kind}</translation>
        </message>
        <message>
            <source>Edit {kind}: {name}</source>
            <translation>{kind} bearbeiten: {name}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Own name</source>
            <translation>Eigener Name</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Weitere Namen</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <source>Time zone (IANA)</source>
            <translation>Zeitzone (IANA)</translation>
        </message>
        <message>
            <source>Confidential address</source>
            <translation>Vertrauliche Adresse</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Breitengrad</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Längengrad</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Wer es nutzen kann</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>Wie man vermittelt</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Populations served</source>
            <translation>Betreute Gruppen</translation>
        </message>
        <message>
            <source>Referral methods</source>
            <translation>Vermittlungswege</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Youngest age served</source>
            <translation>Jüngstes betreutes Alter</translation>
        </message>
        <message>
            <source>Oldest age served</source>
            <translation>Ältestes betreutes Alter</translation>
        </message>
        <message>
            <source>Genders served</source>
            <translation>Betreute Geschlechter</translation>
        </message>
        <message>
            <source>Nationality status</source>
            <translation>Staatsangehörigkeitsstatus</translation>
        </message>
        <message>
            <source>Serves nationals of</source>
            <translation>Betreut Staatsangehörige von</translation>
        </message>
        <message>
            <source>Service areas</source>
            <translation>Einzugsgebiete</translation>
        </message>
        <message>
            <source>Open day and night</source>
            <translation>Rund um die Uhr</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Liaison contact</source>
            <translation>Verbindungsperson</translation>
        </message>
        <message>
            <source>Counterpart country</source>
            <translation>Land des Gegenübers</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Durchwahl</translation>
        </message>
        <message>
            <source>Short code in</source>
            <translation>Kurznummer in</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>Platzhalter</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Öffnet</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Schließt</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Address line 2</source>
            <translation>Adresszeile 2</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation>Ganzer Eintrag</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Counterpart contact</source>
            <translation>Kontakt des Gegenübers</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>Parent organization</source>
            <translation>Übergeordnete Organisation</translation>
        </message>
    </context>
    <context>
        <name>RecordExport</name>
        <message>
            <source>Export vCard</source>
            <translation>Als vCard exportieren</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard-Dateien (*.vcf)</translation>
        </message>
        <message>
            <source>Cannot write the file: {error}</source>
            <translation>Die Datei kann nicht geschrieben werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>RecordNotes</name>
        <message>
            <source>Your &amp;note (stays at this post; never printed or sent):</source>
            <translation>Ihre &amp;Notiz (bleibt in dieser Dienststelle; wird nie gedruckt oder gesendet):</translation>
        </message>
        <message>
            <source>e.g. ask for the duty officer</source>
            <translation>z. B. nach dem Journaldienst fragen</translation>
        </message>
        <message>
            <source>Your own note on this record</source>
            <translation>Ihre eigene Notiz zu diesem Eintrag</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Notiz speichern</translation>
        </message>
    </context>
    <context>
        <name>ReferralTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Aktenzeichen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Dienststelle</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Child/adult</source>
            <translation>Kind/erwachsen</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Fallart</translation>
        </message>
        <message>
            <source>Bodies (answered)</source>
            <translation>Stellen (geantwortet)</translation>
        </message>
    </context>
    <context>
        <name>ReferralWizard</name>
        <message>
            <source>Referral pathway</source>
            <translation>Vermittlungsweg</translation>
        </message>
    </context>
    <context>
        <name>RestoreChoice</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Bring back which backup? The database as it is now is kept next to it, renamed; changes made since the backup are not in it.</source>
            <translation>Welche Sicherung soll zurückgeholt werden? Die Datenbank in ihrem jetzigen Stand bleibt daneben unter neuem Namen erhalten; Änderungen seit der Sicherung sind darin nicht enthalten.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Sicherungen, neueste zuerst</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>No step needs to be taken at once.</source>
            <translation>Kein Schritt muss sofort getan werden.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Referral pathway</source>
            <translation>Vermittlungsweg</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnhinweise</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Reachable now</source>
            <translation>Jetzt erreichbar</translation>
        </message>
        <message>
            <source>Steps of the pathway</source>
            <translation>Schritte des Wegs</translation>
        </message>
        <message>
            <source>&amp;Copy pathway as text</source>
            <translation>Weg als Text &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Open in main window</source>
            <translation>Im Haupt&amp;fenster öffnen</translation>
        </message>
        <message>
            <source>&amp;Start over</source>
            <translation>&amp;Neu beginnen</translation>
        </message>
        <message>
            <source>&amp;Print sheet</source>
            <translation>Bogen &amp;drucken</translation>
        </message>
        <message>
            <source>Print the referral sheet</source>
            <translation>Den Vermittlungsbogen drucken</translation>
        </message>
        <message>
            <source>Ways to print the referral sheet</source>
            <translation>Möglichkeiten, den Vermittlungsbogen zu drucken</translation>
        </message>
        <message>
            <source>Pre&amp;view sheet…</source>
            <translation>&amp;Vorschau des Bogens…</translation>
        </message>
        <message>
            <source>&amp;Print sheet…</source>
            <translation>Bogen &amp;drucken…</translation>
        </message>
        <message>
            <source>Save sheet as P&amp;DF…</source>
            <translation>Bogen als P&amp;DF speichern…</translation>
        </message>
        <message>
            <source>Referral log</source>
            <translation>Vermittlungsprotokoll</translation>
        </message>
        <message>
            <source>The rule files have problems; the last good rules are used. Tell your coordinator:
%1</source>
            <translation>Die Regeldateien haben Fehler; die letzten fehlerfreien Regeln werden verwendet. Melden Sie es Ihrer Koordinierungsstelle:
%1</translation>
        </message>
        <message>
            <source>No pathway can be made: the rule files cannot be used.</source>
            <translation>Es kann kein Weg erstellt werden: Die Regeldateien sind nicht verwendbar.</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Warum: %1</translation>
        </message>
        <message>
            <source>Saved in the referral log as %1. Mark each body as referred there once you have referred the person.</source>
            <translation>Im Vermittlungsprotokoll als %1 gespeichert. Markieren Sie dort jede Stelle als „vermittelt“, sobald Sie die Person vermittelt haben.</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Reachable now</source>
            <translation>Jetzt erreichbar</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>placeholder</source>
            <translation>Platzhalter</translation>
        </message>
    </context>
    <context>
        <name>SearchFeedback</name>
        <message numerus="yes">
            <source>published {date}, %n day(s) ago</source>
            <translation>
                <numerusform>veröffentlicht am {date}, vor %n Tag</numerusform>
                <numerusform>veröffentlicht am {date}, vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>published {date}, %n month(s) ago</source>
            <translation>
                <numerusform>veröffentlicht am {date}, vor %n Monat</numerusform>
                <numerusform>veröffentlicht am {date}, vor %n Monaten</numerusform>
            </translation>
        </message>
        <message>
            <source>The directory is older than the age you set for stale records: ask for an update and check numbers before you refer.</source>
            <translation>Das Verzeichnis ist älter als die Frist, die Sie für veraltete Einträge festgelegt haben: Fordern Sie eine Aktualisierung an und prüfen Sie Nummern, bevor Sie vermitteln.</translation>
        </message>
        <message numerus="yes">
            <source>No close match – %n similar spelling(s) shown</source>
            <translation>
                <numerusform>Keine genaue Übereinstimmung – %n ähnliche Schreibweise angezeigt</numerusform>
                <numerusform>Keine genaue Übereinstimmung – %n ähnliche Schreibweisen angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “{text}” with the filters set.

Clear the filters, or try fewer or shorter words, another spelling, a city or a phone number.</source>
            <translation>Nichts gefunden für „{text}“ mit den gesetzten Filtern.

Setzen Sie die Filter zurück oder versuchen Sie weniger oder kürzere Wörter, eine andere Schreibweise, eine Stadt oder eine Telefonnummer.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”.

Try fewer or shorter words, another spelling, a city, a word such as “shelter” or “police”, or a phone number.</source>
            <translation>Nichts gefunden für „{text}“.

Versuchen Sie weniger oder kürzere Wörter, eine andere Schreibweise, eine Stadt, ein Wort wie „Schutzunterkunft“ oder „Polizei“ oder eine Telefonnummer.</translation>
        </message>
        <message>
            <source>No record matches the filters set.

Clear a filter to see more.</source>
            <translation>Kein Eintrag passt zu den gesetzten Filtern.

Setzen Sie einen Filter zurück, um mehr zu sehen.</translation>
        </message>
        <message>
            <source>The directory has no records.</source>
            <translation>Das Verzeichnis enthält keine Einträge.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Case&amp;worker:</source>
            <translation>Sach&amp;bearbeitung:</translation>
        </message>
        <message>
            <source>Caseworker's name for referral sheets</source>
            <translation>Name der Sachbearbeitung für Vermittlungsbögen</translation>
        </message>
        <message>
            <source>Post &amp;details:</source>
            <translation>A&amp;ngaben zur Dienststelle:</translation>
        </message>
        <message>
            <source>Post address and phone for referral sheets</source>
            <translation>Adresse und Telefon der Dienststelle für Vermittlungsbögen</translation>
        </message>
        <message>
            <source>&amp;Warn when older than (months):</source>
            <translation>&amp;Warnen ab einem Alter von (Monaten):</translation>
        </message>
        <message>
            <source>Months after which a record counts as old</source>
            <translation>Monate, nach denen ein Eintrag als veraltet gilt</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Papierformat:</translation>
        </message>
        <message>
            <source>Paper size of referral sheets</source>
            <translation>Papierformat der Vermittlungsbögen</translation>
        </message>
        <message>
            <source>&amp;Second language on sheets:</source>
            <translation>Zweite Sp&amp;rache auf den Bögen:</translation>
        </message>
        <message>
            <source>Second language on referral sheets</source>
            <translation>Zweite Sprache auf den Vermittlungsbögen</translation>
        </message>
        <message>
            <source>Address, phone – printed on referral sheets</source>
            <translation>Adresse, Telefon – erscheint auf den Vermittlungsbögen</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>No one on this step answers now.</source>
            <translation>Niemand in diesem Schritt ist jetzt erreichbar.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>BEISPIELDATEN – nicht für den Echtbetrieb</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Directory %1 of %2</source>
            <translation>Verzeichnis %1 vom %2</translation>
        </message>
        <message>
            <source>Referral sheet</source>
            <translation>Vermittlungsbogen</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Dienststelle</translation>
        </message>
        <message>
            <source>Post address and phone</source>
            <translation>Adresse und Telefon der Dienststelle</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Sachbearbeitung</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>Aktenzeichen des Falls</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Gründe</translation>
        </message>
        <message>
            <source>Urgent needs</source>
            <translation>Dringender Bedarf</translation>
        </message>
        <message>
            <source>None noted</source>
            <translation>Keine vermerkt</translation>
        </message>
        <message>
            <source>The person (filled in for printing only, never stored)</source>
            <translation>Die Person (nur für den Druck ausgefüllt, nie gespeichert)</translation>
        </message>
        <message>
            <source>Referral pathway</source>
            <translation>Vermittlungsweg</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>No body for this role in the directory: find one by other means.</source>
            <translation>Keine Stelle für diese Rolle im Verzeichnis: Suchen Sie auf anderem Weg.</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>At time of printing</source>
            <translation>Zum Zeitpunkt des Drucks</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnhinweise</translation>
        </message>
        <message>
            <source>Informed consent</source>
            <translation>Informierte Einwilligung</translation>
        </message>
        <message>
            <source>The person's rights</source>
            <translation>Rechte der Person</translation>
        </message>
        <message>
            <source>No translation into %1: have the consent statement and the rights read to the person by an interpreter.</source>
            <translation>Keine Übersetzung in dieser Sprache: %1. Lassen Sie der Person die Einwilligungserklärung und die Rechte von einer Dolmetscherin oder einem Dolmetscher vorlesen.</translation>
        </message>
        <message>
            <source>Signature of the person</source>
            <translation>Unterschrift der Person</translation>
        </message>
        <message>
            <source>Signature of the caseworker</source>
            <translation>Unterschrift der Sachbearbeitung</translation>
        </message>
        <message>
            <source>Interpreter (if any)</source>
            <translation>Dolmetscher/in (falls vorhanden)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>%1, reprinted; first printed %2</source>
            <translation>%1, Nachdruck; erstmals gedruckt %2</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Staatsangehörigkeit</translation>
        </message>
        <message>
            <source>Language spoken</source>
            <translation>Gesprochene Sprache</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Ausweisdokument</translation>
        </message>
        <message>
            <source>How to reach the person</source>
            <translation>So ist die Person erreichbar</translation>
        </message>
    </context>
    <context>
        <name>SheetOptionsDialog</name>
        <message>
            <source>Referral sheet options</source>
            <translation>Optionen des Vermittlungsbogens</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>&amp;Post</source>
            <translation>&amp;Dienststelle</translation>
        </message>
        <message>
            <source>&amp;Caseworker</source>
            <translation>&amp;Sachbearbeitung</translation>
        </message>
        <message>
            <source>Second &amp;language</source>
            <translation>&amp;Zweite Sprache</translation>
        </message>
        <message>
            <source>P&amp;aper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <source>The person: printed on this sheet only, never stored</source>
            <translation>Die Person: nur auf diesem Bogen gedruckt, nie gespeichert</translation>
        </message>
        <message>
            <source>Notes printed on the sheet (not stored)</source>
            <translation>Notizen auf dem Bogen (nicht gespeichert)</translation>
        </message>
        <message>
            <source>&amp;Keep this referral in the referral log (no personal data)</source>
            <translation>Diese Vermittlung im Vermittlungsprotokoll &amp;festhalten (ohne personenbezogene Daten)</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Organizations: {o} · services: {s} · contacts: {c}</source>
            <translation>Organisationen: {o} · Dienste: {s} · Kontakte: {c}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Languages spoken: %1</source>
            <translation>Gesprochene Sprachen: %1</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Check the answers. Go back to change any of them.</source>
            <translation>Prüfen Sie die Antworten. Gehen Sie zurück, um eine davon zu ändern.</translation>
        </message>
        <message>
            <source>Summary of the answers</source>
            <translation>Zusammenfassung der Antworten</translation>
        </message>
        <message>
            <source>Press Next to see the referral pathway.</source>
            <translation>Drücken Sie „Weiter“, um den Vermittlungsweg zu sehen.</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Child or presumed child: %1</source>
            <translation>Kind oder mutmaßlich Kind: %1</translation>
        </message>
        <message>
            <source>Age: %1</source>
            <translation>Alter: %1</translation>
        </message>
        <message>
            <source>Nationality: %1</source>
            <translation>Staatsangehörigkeit: %1</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Wo: %1</translation>
        </message>
        <message>
            <source>Seeks asylum: %1</source>
            <translation>Sucht Asyl: %1</translation>
        </message>
        <message>
            <source>Act: %1</source>
            <translation>Handlung: %1</translation>
        </message>
        <message>
            <source>Means: %1</source>
            <translation>Mittel: %1</translation>
        </message>
        <message>
            <source>Purpose: %1</source>
            <translation>Zweck: %1</translation>
        </message>
        <message>
            <source>Moved across a border: %1</source>
            <translation>Über eine Grenze gebracht: %1</translation>
        </message>
        <message>
            <source>Agreed to the journey: %1</source>
            <translation>Der Reise zugestimmt: %1</translation>
        </message>
        <message>
            <source>Free to leave: %1</source>
            <translation>Frei zu gehen: %1</translation>
        </message>
        <message>
            <source>Urgent: %1</source>
            <translation>Dringend: %1</translation>
        </message>
        <message>
            <source>Consents to referral: %1</source>
            <translation>Einwilligung in die Vermittlung: %1</translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <source>Recruitment: someone found and engaged the person, often with a job offer.</source>
            <translation>Anwerbung: Jemand hat die Person gefunden und gewonnen, oft mit einem Jobangebot.</translation>
        </message>
        <message>
            <source>Transportation: the person was moved, within a country or across a border.</source>
            <translation>Beförderung: Die Person wurde innerhalb eines Landes oder über eine Grenze gebracht.</translation>
        </message>
        <message>
            <source>Transfer: control over the person passed from one person to another.</source>
            <translation>Übergabe: Die Kontrolle über die Person ging von einer Person auf eine andere über.</translation>
        </message>
        <message>
            <source>Harbouring: the person was housed or hidden, e.g. in a flat or on a site.</source>
            <translation>Beherbergung: Die Person wurde untergebracht oder versteckt, z. B. in einer Wohnung oder auf einer Baustelle.</translation>
        </message>
        <message>
            <source>Receipt: someone took charge of the person when they arrived.</source>
            <translation>Empfang: Jemand hat die Person bei ihrer Ankunft übernommen.</translation>
        </message>
        <message>
            <source>Threat or use of force against the person or their family.</source>
            <translation>Androhung oder Anwendung von Gewalt gegen die Person oder ihre Familie.</translation>
        </message>
        <message>
            <source>Other forms of coercion: taking papers, debt bondage, isolation.</source>
            <translation>Andere Formen von Zwang: Wegnahme von Papieren, Schuldknechtschaft, Isolation.</translation>
        </message>
        <message>
            <source>Abduction: the person was taken away against their will.</source>
            <translation>Entführung: Die Person wurde gegen ihren Willen weggebracht.</translation>
        </message>
        <message>
            <source>Fraud: false promises about pay, work or papers.</source>
            <translation>Betrug: falsche Versprechen zu Lohn, Arbeit oder Papieren.</translation>
        </message>
        <message>
            <source>Deception: the person was misled about what they would do or how.</source>
            <translation>Täuschung: Die Person wurde darüber getäuscht, was sie tun würde oder wie.</translation>
        </message>
        <message>
            <source>Abuse of power: someone with authority over the person used it.</source>
            <translation>Machtmissbrauch: Jemand mit Macht über die Person hat sie ausgenutzt.</translation>
        </message>
        <message>
            <source>Abuse of a position of vulnerability: poverty, irregular status, addiction, disability or dependence left no real choice.</source>
            <translation>Ausnutzung einer Zwangslage: Armut, fehlender Aufenthaltsstatus, Sucht, Behinderung oder Abhängigkeit ließen keine echte Wahl.</translation>
        </message>
        <message>
            <source>Payments or benefits given to a person who controls the victim, e.g. a relative.</source>
            <translation>Zahlungen oder Vorteile an eine Person, die das Opfer kontrolliert, z. B. an Verwandte.</translation>
        </message>
        <message>
            <source>Exploitation of the prostitution of others or other sexual exploitation.</source>
            <translation>Ausbeutung der Prostitution anderer oder andere sexuelle Ausbeutung.</translation>
        </message>
        <message>
            <source>Work under threat of a penalty that the person did not offer freely (ILO 29).</source>
            <translation>Arbeit unter Androhung einer Strafe, zu der sich die Person nicht freiwillig bereit erklärt hat (ILO 29).</translation>
        </message>
        <message>
            <source>Being made to beg for someone else's profit (EU Directive 2011/36).</source>
            <translation>Zum Betteln zum Vorteil anderer gezwungen werden (EU-Richtlinie 2011/36).</translation>
        </message>
        <message>
            <source>Exploitation of criminal activities; victims must not be punished for them.</source>
            <translation>Ausbeutung für strafbare Handlungen; Betroffene dürfen dafür nicht bestraft werden.</translation>
        </message>
        <message>
            <source>Kept to work in a household without freedom, pay or rest.</source>
            <translation>Zur Arbeit in einem Haushalt festgehalten, ohne Freiheit, Lohn oder Ruhe.</translation>
        </message>
        <message>
            <source>Being treated as property, or made to live and work for another without a way out.</source>
            <translation>Wie Eigentum behandelt oder gezwungen werden, ohne Ausweg für andere zu leben und zu arbeiten.</translation>
        </message>
        <message>
            <source>An organ was or was to be removed.</source>
            <translation>Ein Organ wurde oder sollte entnommen werden.</translation>
        </message>
        <message>
            <source>Married without free consent (EU Directive 2024/1712).</source>
            <translation>Ohne freie Zustimmung verheiratet (EU-Richtlinie 2024/1712).</translation>
        </message>
        <message>
            <source>A child given up or taken for adoption against the law (EU Directive 2024/1712).</source>
            <translation>Ein Kind, das rechtswidrig zur Adoption abgegeben oder genommen wurde (EU-Richtlinie 2024/1712).</translation>
        </message>
        <message>
            <source>Hazardous or illicit work by a child, debt bondage, child soldiers (ILO 182).</source>
            <translation>Gefährliche oder illegale Arbeit eines Kindes, Schuldknechtschaft, Kindersoldaten (ILO 182).</translation>
        </message>
        <message>
            <source>The person or you are in danger right now: call 112 first.</source>
            <translation>Die Person oder Sie sind gerade in Gefahr: Rufen Sie zuerst 112 an.</translation>
        </message>
        <message>
            <source>Injury or illness that needs treatment now.</source>
            <translation>Verletzung oder Krankheit, die sofort behandelt werden muss.</translation>
        </message>
        <message>
            <source>The person has nowhere safe to stay tonight.</source>
            <translation>Die Person hat heute Nacht keinen sicheren Ort zum Bleiben.</translation>
        </message>
        <message>
            <source>The exploiters threaten the person's family, e.g. in the country of origin.</source>
            <translation>Die Ausbeuter bedrohen die Familie der Person, z. B. im Herkunftsland.</translation>
        </message>
        <message>
            <source>Presumption of minority: when the age is uncertain and there are reasons to believe the person is a child, treat them as a child until the age is established (Council of Europe Convention Art. 10(3)).</source>
            <translation>Vermutung der Minderjährigkeit: Ist das Alter unklar und gibt es Gründe anzunehmen, dass die Person ein Kind ist, wird sie als Kind behandelt, bis das Alter feststeht (Europaratskonvention Art. 10 Abs. 3).</translation>
        </message>
        <message>
            <source>A child without a parent or other adult responsible for them. An unaccompanied child gets a guardian.</source>
            <translation>Ein Kind ohne Eltern oder andere verantwortliche erwachsene Person. Ein unbegleitetes Kind erhält einen Vormund.</translation>
        </message>
        <message>
            <source>The person asks for international protection. Their embassy must then not be contacted.</source>
            <translation>Die Person ersucht um internationalen Schutz. Ihre Botschaft darf dann nicht kontaktiert werden.</translation>
        </message>
        <message>
            <source>A foreign national without a right to stay here. No expulsion during the reflection period.</source>
            <translation>Eine ausländische Person ohne Aufenthaltsrecht hier. Während der Bedenkzeit keine Abschiebung.</translation>
        </message>
        <message>
            <source>Smuggling of migrants is a consensual border crossing that ends on arrival. If the person is then exploited, it becomes trafficking.</source>
            <translation>Schleusung ist ein einvernehmlicher Grenzübertritt, der mit der Ankunft endet. Wird die Person danach ausgebeutet, wird daraus Menschenhandel.</translation>
        </message>
        <message>
            <source>Informed consent: the person understands whom you will contact, why, and what happens next, and agrees freely. They may refuse or withdraw it.</source>
            <translation>Informierte Einwilligung: Die Person versteht, wen Sie kontaktieren, warum und was dann geschieht, und stimmt frei zu. Sie kann ablehnen oder die Einwilligung widerrufen.</translation>
        </message>
        <message>
            <source>The country your post represents, e.g. as its embassy or consulate; none for a police station, a border crossing point or an NGO. Not the country where the post is. When the person is a national of the country you represent, you refer them to the bodies of the country where they are.</source>
            <translation>Das Land, das Ihre Dienststelle vertritt, etwa als seine Botschaft oder sein Konsulat; keines bei einer Polizeiinspektion, einem Grenzübergang oder einer NGO. Nicht das Land, in dem die Dienststelle ist. Ist die Person Staatsangehörige des Landes, das Sie vertreten, verweisen Sie sie an die Stellen des Landes, in dem sie sich befindet.</translation>
        </message>
        <message>
            <source>At a border crossing point the border police are the first contact and competent. Choose the region of the crossing point.</source>
            <translation>An einem Grenzübergang ist die Grenzpolizei erste Anlaufstelle und zuständig. Die Region des Grenzübergangs wählen.</translation>
        </message>
        <message>
            <source>A child with an adult who is not a verified parent or carer: treated like a child alone, with a guardian.</source>
            <translation>Ein Kind mit einer erwachsenen Person, die nicht nachweislich Elternteil oder Betreuungsperson ist: wie ein unbegleitetes Kind behandelt, mit Obsorge.</translation>
        </message>
        <message>
            <source>The age is your estimate, not what the person said. When you doubt that an adult is an adult, tick the presumption of minority as well.</source>
            <translation>Das Alter ist Ihre Schätzung, nicht die Angabe der Person. Zweifeln Sie, dass eine erwachsene Person erwachsen ist, auch die Vermutung der Minderjährigkeit ankreuzen.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <source>sheet {sheet}</source>
            <translation>Blatt {sheet}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>Zeile {row}</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>Spalte {column}</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>The record's lasting id. Keep it as it is. For a new record write any short key without spaces, e.g. org-7: other sheets can point to it, and the import gives it a lasting id.</source>
            <translation>Die bleibende Kennung des Eintrags. Lassen Sie sie, wie sie ist. Für einen neuen Eintrag schreiben Sie einen kurzen Schlüssel ohne Leerzeichen, z. B. org-7: andere Blätter können darauf verweisen, und der Import gibt ihm eine bleibende Kennung.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>The id (or key) of the organization on the sheet Organizations.</source>
            <translation>Die Kennung (oder der Schlüssel) der Organisation auf dem Blatt „Organisationen“.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>The id (or key) of the service on the sheet Services.</source>
            <translation>Die Kennung (oder der Schlüssel) des Angebots auf dem Blatt „Angebote“.</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Geprüft am</translation>
        </message>
        <message>
            <source>When the record was last checked, as YYYY-MM-DD.</source>
            <translation>Wann der Eintrag zuletzt geprüft wurde, als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Geprüft von</translation>
        </message>
        <message>
            <source>Who checked it.</source>
            <translation>Wer es geprüft hat.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Where it was checked, e.g. a phone call or a web page.</source>
            <translation>Wo es geprüft wurde, z. B. ein Anruf oder eine Webseite.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>The name; English is required, the other languages are optional.</source>
            <translation>Der Name; Englisch ist Pflicht, die anderen Sprachen sind optional.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>What it does; English is required.</source>
            <translation>Was sie tut; Englisch ist Pflicht.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Two-letter country code (ISO 3166-1), e.g. AT or BG.</source>
            <translation>Zweibuchstabiger Ländercode (ISO 3166-1), z. B. AT oder BG.</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Two-letter language codes (ISO 639-1), separated by commas, e.g. bg, en.</source>
            <translation>Zweibuchstabige Sprachcodes (ISO 639-1), durch Kommas getrennt, z. B. bg, en.</translation>
        </message>
        <message>
            <source>Around the clock</source>
            <translation>Rund um die Uhr</translation>
        </message>
        <message>
            <source>yes if reachable 24 hours a day, every day.</source>
            <translation>yes, wenn rund um die Uhr an jedem Tag erreichbar.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>An e-mail address, or empty.</source>
            <translation>Eine E-Mail-Adresse oder leer.</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <source>About the data set: one row.</source>
            <translation>Über den Datenbestand: eine Zeile.</translation>
        </message>
        <message>
            <source>The name of the data set.</source>
            <translation>Der Name des Datenbestands.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>e.g. 2026.11</source>
            <translation>z. B. 2026.11</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>When it was issued, as YYYY-MM-DD.</source>
            <translation>Wann er herausgegeben wurde, als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Who issued it.</source>
            <translation>Wer ihn herausgegeben hat.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Beispieldaten</translation>
        </message>
        <message>
            <source>yes for sample data that must not be used for real referrals.</source>
            <translation>yes für Beispieldaten, die nicht für echte Vermittlungen verwendet werden dürfen.</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Shown in the About box; English is required.</source>
            <translation>Wird im Fenster „Über“ gezeigt; Englisch ist Pflicht.</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Begriffe</translation>
        </message>
        <message>
            <source>The labels of categories, roles and populations in every language.</source>
            <translation>Die Bezeichnungen der Kategorien, Rollen und Zielgruppen in allen Sprachen.</translation>
        </message>
        <message>
            <source>Taxonomy</source>
            <translation>Taxonomie</translation>
        </message>
        <message>
            <source>category, role or population.</source>
            <translation>category, role oder population.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>The code used on the other sheets.</source>
            <translation>Der Code, der auf den anderen Blättern steht.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>The label; English is required.</source>
            <translation>Die Bezeichnung; Englisch ist Pflicht.</translation>
        </message>
        <message>
            <source>What the term means (optional).</source>
            <translation>Was der Begriff bedeutet (optional).</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>The bodies: one row each.</source>
            <translation>Die Stellen: je eine Zeile.</translation>
        </message>
        <message>
            <source>Own name: language</source>
            <translation>Eigener Name: Sprache</translation>
        </message>
        <message>
            <source>The language of the body's own name, e.g. bg.</source>
            <translation>Die Sprache des eigenen Namens, z. B. bg.</translation>
        </message>
        <message>
            <source>Own name</source>
            <translation>Eigener Name</translation>
        </message>
        <message>
            <source>The body's own name in its own language and script.</source>
            <translation>Der eigene Name der Stelle in ihrer Sprache und Schrift.</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Andere Namen</translation>
        </message>
        <message>
            <source>Acronyms and other names people type, one per line.</source>
            <translation>Abkürzungen und andere Namen, nach denen gesucht wird, einer je Zeile.</translation>
        </message>
        <message>
            <source>Parent organization</source>
            <translation>Übergeordnete Organisation</translation>
        </message>
        <message>
            <source>The id (or key) of the organization this one belongs to, or empty.</source>
            <translation>Die Kennung (oder der Schlüssel) der Organisation, zu der diese gehört, oder leer.</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>A web address starting with https://, or empty.</source>
            <translation>Eine Webadresse, die mit https:// beginnt, oder leer.</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>The places of the organizations: one row each, with its address.</source>
            <translation>Die Standorte der Organisationen: je eine Zeile, mit Adresse.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>The IANA time zone of the place, e.g. Europe/Sofia: hours are local time.</source>
            <translation>Die IANA-Zeitzone des Ortes, z. B. Europe/Sofia: Zeiten sind Ortszeit.</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Vertraulich</translation>
        </message>
        <message>
            <source>yes for a shelter or crisis centre whose address is never shown unasked.</source>
            <translation>yes für eine Schutzunterkunft oder ein Krisenzentrum, deren Adresse nie ungefragt gezeigt wird.</translation>
        </message>
        <message>
            <source>Address left out</source>
            <translation>Adresse weggelassen</translation>
        </message>
        <message>
            <source>yes when the confidential address was left out of this file; the import then keeps the address already held.</source>
            <translation>yes, wenn die vertrauliche Adresse in dieser Datei weggelassen wurde; der Import behält dann die schon gespeicherte Adresse.</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Street and number.</source>
            <translation>Straße und Hausnummer.</translation>
        </message>
        <message>
            <source>Address line 2</source>
            <translation>Adresszeile 2</translation>
        </message>
        <message>
            <source>Floor, building, or empty.</source>
            <translation>Stock, Gebäude oder leer.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>The town or city.</source>
            <translation>Der Ort.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>The region or province, or empty.</source>
            <translation>Die Region oder das Bundesland, oder leer.</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>The postal code, or empty.</source>
            <translation>Die Postleitzahl oder leer.</translation>
        </message>
        <message>
            <source>Address country</source>
            <translation>Land der Adresse</translation>
        </message>
        <message>
            <source>Two-letter country code of the address.</source>
            <translation>Zweibuchstabiger Ländercode der Adresse.</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Breitengrad</translation>
        </message>
        <message>
            <source>Decimal degrees, or empty.</source>
            <translation>Dezimalgrad oder leer.</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Längengrad</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Angebote</translation>
        </message>
        <message>
            <source>What the organizations offer: one row each.</source>
            <translation>Was die Organisationen anbieten: je eine Zeile.</translation>
        </message>
        <message>
            <source>Minimum age</source>
            <translation>Mindestalter</translation>
        </message>
        <message>
            <source>The youngest age served, or empty for no limit.</source>
            <translation>Das niedrigste Alter, oder leer für keine Grenze.</translation>
        </message>
        <message>
            <source>Maximum age</source>
            <translation>Höchstalter</translation>
        </message>
        <message>
            <source>The oldest age served, or empty for no limit.</source>
            <translation>Das höchste Alter, oder leer für keine Grenze.</translation>
        </message>
        <message>
            <source>Genders</source>
            <translation>Geschlechter</translation>
        </message>
        <message>
            <source>female, male, other, separated by commas; empty: everyone.</source>
            <translation>female, male, other, durch Kommas getrennt; leer: alle.</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Staatsangehörigkeit</translation>
        </message>
        <message>
            <source>national, foreign, separated by commas; empty: both.</source>
            <translation>national, foreign, durch Kommas getrennt; leer: beide.</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Zugang</translation>
        </message>
        <message>
            <source>Who is eligible (optional).</source>
            <translation>Wer Zugang hat (optional).</translation>
        </message>
        <message>
            <source>Referral methods</source>
            <translation>Vermittlungswege</translation>
        </message>
        <message>
            <source>phone, form, email, in_person, separated by commas.</source>
            <translation>phone, form, email, in_person, durch Kommas getrennt.</translation>
        </message>
        <message>
            <source>Referral notes</source>
            <translation>Hinweise zur Vermittlung</translation>
        </message>
        <message>
            <source>What the referring caseworker must do (optional).</source>
            <translation>Was die vermittelnde Fachkraft tun muss (optional).</translation>
        </message>
        <message>
            <source>Serves nationals of</source>
            <translation>Für Staatsangehörige von</translation>
        </message>
        <message>
            <source>Country codes separated by commas, for consular services; empty: anyone.</source>
            <translation>Ländercodes, durch Kommas getrennt, für konsularische Angebote; leer: alle.</translation>
        </message>
        <message>
            <source>Ids (or keys) of the locations where it is given, one per line; the first gives the time zone of its hours.</source>
            <translation>Kennungen (oder Schlüssel) der Standorte, an denen es angeboten wird, eine je Zeile; der erste gibt die Zeitzone der Zeiten.</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>A web address, or empty.</source>
            <translation>Eine Webadresse oder leer.</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>The categories of each service: one row per service and category.</source>
            <translation>Die Kategorien jedes Angebots: eine Zeile je Angebot und Kategorie.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Choose from the list.</source>
            <translation>Aus der Liste wählen.</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>The roles each service plays in a referral pathway: one row per service and role.</source>
            <translation>Die Rollen jedes Angebots in einem Vermittlungsweg: eine Zeile je Angebot und Rolle.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Populations</source>
            <translation>Zielgruppen</translation>
        </message>
        <message>
            <source>Who each service is for: one row per service and population.</source>
            <translation>Für wen jedes Angebot ist: eine Zeile je Angebot und Zielgruppe.</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Service areas</source>
            <translation>Einzugsgebiete</translation>
        </message>
        <message>
            <source>Where each service serves: one row per service and area.</source>
            <translation>Wo jedes Angebot tätig ist: eine Zeile je Angebot und Gebiet.</translation>
        </message>
        <message>
            <source>A region of the country; empty: the whole country.</source>
            <translation>Eine Region des Landes; leer: das ganze Land.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>People, duty desks and liaison officers: one row each.</source>
            <translation>Personen, Bereitschaftsdienste und Verbindungsbeamte: je eine Zeile.</translation>
        </message>
        <message>
            <source>Person's name</source>
            <translation>Name der Person</translation>
        </message>
        <message>
            <source>Empty for a duty desk or a role.</source>
            <translation>Leer für einen Bereitschaftsdienst oder eine Funktion.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>The role, e.g. Duty desk; English is required.</source>
            <translation>Die Funktion, z. B. Bereitschaftsdienst; Englisch ist Pflicht.</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>The department, or empty.</source>
            <translation>Die Abteilung oder leer.</translation>
        </message>
        <message>
            <source>The id (or key) of the service the contact belongs to, or empty.</source>
            <translation>Die Kennung (oder der Schlüssel) des Angebots, zu dem der Kontakt gehört, oder leer.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>The id (or key) of the location where the contact sits, or empty.</source>
            <translation>Die Kennung (oder der Schlüssel) des Standorts des Kontakts, oder leer.</translation>
        </message>
        <message>
            <source>Liaison</source>
            <translation>Verbindungsstelle</translation>
        </message>
        <message>
            <source>yes for a liaison contact between two countries.</source>
            <translation>yes für eine Verbindungsstelle zwischen zwei Ländern.</translation>
        </message>
        <message>
            <source>Counterpart country</source>
            <translation>Land der Gegenstelle</translation>
        </message>
        <message>
            <source>The country across the border a liaison works with, or empty.</source>
            <translation>Das Land jenseits der Grenze, mit dem die Verbindungsstelle arbeitet, oder leer.</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Gegenstelle</translation>
        </message>
        <message>
            <source>The id (or key) of the counterpart contact across the border, or empty.</source>
            <translation>Die Kennung (oder der Schlüssel) der Gegenstelle jenseits der Grenze, oder leer.</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Phone numbers of organizations, services and contacts: one row each, in order.</source>
            <translation>Telefonnummern von Organisationen, Angeboten und Kontakten: je eine Zeile, der Reihe nach.</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>Gehört zu</translation>
        </message>
        <message>
            <source>The id (or key) of the organization, service or contact.</source>
            <translation>Die Kennung (oder der Schlüssel) der Organisation, des Angebots oder Kontakts.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>In international form, e.g. +43 1 00000 001; short codes as 112.</source>
            <translation>In internationaler Form, z. B. +43 1 00000 001; Kurznummern wie 112.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Durchwahl</translation>
        </message>
        <message>
            <source>Digits only, or empty.</source>
            <translation>Nur Ziffern oder leer.</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>Platzhalter</translation>
        </message>
        <message>
            <source>yes for a number that stands in for one and cannot be dialled.</source>
            <translation>yes für eine Nummer, die für eine andere steht und nicht gewählt werden kann.</translation>
        </message>
        <message>
            <source>Short code country</source>
            <translation>Land der Kurznummer</translation>
        </message>
        <message>
            <source>For 112, 116 000, 116 111 and 147: the country where it is dialled.</source>
            <translation>Für 112, 116 000, 116 111 und 147: das Land, in dem sie gewählt wird.</translation>
        </message>
        <message>
            <source>e.g. Switchboard (optional).</source>
            <translation>z. B. Zentrale (optional).</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Weekly opening hours of locations, services and contacts, in local time: one row per set of days.</source>
            <translation>Wöchentliche Öffnungszeiten von Standorten, Angeboten und Kontakten, in Ortszeit: eine Zeile je Gruppe von Tagen.</translation>
        </message>
        <message>
            <source>The id (or key) of the location, service or contact.</source>
            <translation>Die Kennung (oder der Schlüssel) des Standorts, Angebots oder Kontakts.</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Days as MO,TU,WE,TH,FR,SA,SU, separated by commas; choose or type.</source>
            <translation>Tage als MO,TU,WE,TH,FR,SA,SU, durch Kommas getrennt; wählen oder tippen.</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Öffnet</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Schließt</translation>
        </message>
        <message>
            <source>HH:MM; earlier than the opening time means past midnight.</source>
            <translation>HH:MM; früher als die Öffnungszeit heißt nach Mitternacht.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>First day these hours hold, or empty.</source>
            <translation>Erster Tag, an dem diese Zeiten gelten, oder leer.</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Last day these hours hold, or empty.</source>
            <translation>Letzter Tag, an dem diese Zeiten gelten, oder leer.</translation>
        </message>
        <message>
            <source>A note on these hours (optional).</source>
            <translation>Ein Hinweis zu diesen Zeiten (optional).</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listen</translation>
        </message>
        <message>
            <source>The values of the drop-down lists. Not imported.</source>
            <translation>Die Werte der Auswahllisten. Werden nicht importiert.</translation>
        </message>
        <message>
            <source>Read me</source>
            <translation>Lies mich</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: this file holds the addresses of confidential locations such as shelters. Keep it safe; do not publish it or pass it on.</source>
            <translation>VERTRAULICH: Diese Datei enthält die Adressen vertraulicher Orte wie Schutzunterkünfte. Bewahren Sie sie sicher auf; veröffentlichen Sie sie nicht und geben Sie sie nicht weiter.</translation>
        </message>
        <message>
            <source>The addresses of confidential locations are left out of this file; importing it back keeps the addresses already held.</source>
            <translation>Die Adressen vertraulicher Orte sind in dieser Datei weggelassen; beim Zurückimportieren bleiben die schon gespeicherten Adressen erhalten.</translation>
        </message>
        <message>
            <source>One sheet per table. Keep the names in brackets in the headers: the import reads them. Each header has a note on what the column holds; drop-down lists offer the allowed values. The import takes the whole file or nothing and names the sheet, row and column of every problem.</source>
            <translation>Ein Blatt je Tabelle. Behalten Sie die Namen in Klammern in den Überschriften: der Import liest sie. Jede Überschrift hat einen Hinweis, was die Spalte enthält; Auswahllisten bieten die erlaubten Werte. Der Import übernimmt die ganze Datei oder nichts und nennt Blatt, Zeile und Spalte jedes Problems.</translation>
        </message>
        <message>
            <source>Yes or no</source>
            <translation>Ja oder nein</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Länder</translation>
        </message>
        <message>
            <source>Time zones</source>
            <translation>Zeitzonen</translation>
        </message>
        <message>
            <source>Taxonomies</source>
            <translation>Taxonomien</translation>
        </message>
        <message>
            <source>Phone types</source>
            <translation>Telefonarten</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blatt</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Was sie enthält</translation>
        </message>
    </context>
    <context>
        <name>UpdateActions</name>
        <message>
            <source>Updates applied: {updates}.</source>
            <translation>Aktualisierungen angewendet: {updates}.</translation>
        </message>
        <message>
            <source>{number} from {publisher}</source>
            <translation>{number} von {publisher}</translation>
        </message>
        <message>
            <source>&amp;Directory</source>
            <translation>&amp;Verzeichnis</translation>
        </message>
        <message>
            <source>Update from &amp;file…</source>
            <translation>Aktualisieren aus &amp;Datei…</translation>
        </message>
        <message>
            <source>Check a signed directory update, see what it changes, then apply it</source>
            <translation>Prüft eine signierte Verzeichnisaktualisierung, zeigt, was sie ändert, und wendet sie dann an</translation>
        </message>
        <message>
            <source>Update from f&amp;older or USB stick…</source>
            <translation>Aktualisieren aus &amp;Ordner oder USB-Stick…</translation>
        </message>
        <message>
            <source>Use the newest valid update in a folder</source>
            <translation>Verwendet die neueste gültige Aktualisierung in einem Ordner</translation>
        </message>
        <message>
            <source>&amp;Undo last update or import</source>
            <translation>Letzte Aktualisierung oder letzten Import &amp;rückgängig machen</translation>
        </message>
        <message>
            <source>Put back the directory the last update or import replaced</source>
            <translation>Stellt das Verzeichnis wieder her, das die letzte Aktualisierung oder der letzte Import ersetzt hat</translation>
        </message>
        <message>
            <source>Update &amp;history…</source>
            <translation>Aktualisierungs&amp;verlauf…</translation>
        </message>
        <message>
            <source>The directory updates applied and the files imported at this post</source>
            <translation>Die an dieser Stelle angewendeten Verzeichnisaktualisierungen und importierten Dateien</translation>
        </message>
        <message>
            <source>No signed update applied yet</source>
            <translation>Noch keine signierte Aktualisierung angewendet</translation>
        </message>
        <message>
            <source>The directory was not loaded from a signed update of a coordinator.</source>
            <translation>Das Verzeichnis wurde nicht aus einer signierten Aktualisierung einer Koordinierungsstelle geladen.</translation>
        </message>
        <message>
            <source>{publisher}: no. {number} of {date}</source>
            <translation>{publisher}: Nr. {number} vom {date}</translation>
        </message>
        <message>
            <source>The directory from {publisher} is older than {days} days. Ask your national coordinator for a new update.</source>
            <translation>Das Verzeichnis von {publisher} ist älter als {days} Tage. Bitten Sie Ihre nationale Koordinierungsstelle um eine neue Aktualisierung.</translation>
        </message>
        <message>
            <source>Update from file</source>
            <translation>Aktualisieren aus Datei</translation>
        </message>
        <message>
            <source>Directory updates (*{suffix})</source>
            <translation>Verzeichnisaktualisierungen (*{suffix})</translation>
        </message>
        <message>
            <source>Update from folder or USB stick</source>
            <translation>Aktualisieren aus Ordner oder USB-Stick</translation>
        </message>
        <message>
            <source>The update was not applied</source>
            <translation>Die Aktualisierung wurde nicht angewendet</translation>
        </message>
        <message>
            <source>Update {number} from {publisher} applied.</source>
            <translation>Aktualisierung {number} von {publisher} angewendet.</translation>
        </message>
        <message>
            <source>Undo last update</source>
            <translation>Letzte Aktualisierung rückgängig machen</translation>
        </message>
        <message>
            <source>Undo update {number} from {publisher}? The directory goes back to what it was before that update. The referral log and your favourites stay as they are.</source>
            <translation>Aktualisierung {number} von {publisher} rückgängig machen? Das Verzeichnis wird wieder so, wie es vor dieser Aktualisierung war. Das Vermittlungsprotokoll und Ihre Favoriten bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>The last update was undone.</source>
            <translation>Die letzte Aktualisierung wurde rückgängig gemacht.</translation>
        </message>
        <message>
            <source>Update from &amp;address…</source>
            <translation>Aktualisieren aus &amp;Internetadresse…</translation>
        </message>
        <message>
            <source>Download a signed directory update from an HTTPS address, then check it</source>
            <translation>Lädt eine signierte Verzeichnisaktualisierung von einer HTTPS-Adresse herunter und prüft sie dann</translation>
        </message>
        <message>
            <source>Undo the import of {file}? The directory goes back to what it was before that import. The referral log, your favourites and notes stay as they are.</source>
            <translation>Import von {file} rückgängig machen? Das Verzeichnis wird wieder so, wie es vor diesem Import war. Das Vermittlungsprotokoll, Ihre Favoriten und Notizen bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>The import of {file} was undone.</source>
            <translation>Der Import von {file} wurde rückgängig gemacht.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Import rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>UpdateAddressDialog</name>
        <message>
            <source>Update from address</source>
            <translation>Aktualisieren aus Internetadresse</translation>
        </message>
        <message>
            <source>The address your national coordinator gave you. The update is checked before anything changes, as one from a USB stick is.</source>
            <translation>Die Adresse, die Ihnen Ihre nationale Koordinierungsstelle gegeben hat. Die Aktualisierung wird geprüft, bevor sich etwas ändert, genau wie eine von einem USB-Stick.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>(the system's certificates)</source>
            <translation>(die Zertifikate des Systems)</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <source>Certificate &amp;file:</source>
            <translation>Zertifikats&amp;datei:</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Zertifikatsdatei</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>Zertifikate (*.pem *.crt)</translation>
        </message>
    </context>
    <context>
        <name>UpdateHistoryDialog</name>
        <message>
            <source>Update history</source>
            <translation>Aktualisierungsverlauf</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Angewendet</translation>
        </message>
        <message>
            <source>Publisher or file</source>
            <translation>Herausgeber oder Datei</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Länder</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>undone on {date}</source>
            <translation>rückgängig gemacht am {date}</translation>
        </message>
        <message>
            <source>in force; can be undone</source>
            <translation>in Kraft; kann rückgängig gemacht werden</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>angewendet</translation>
        </message>
        <message>
            <source>Import of {file} ({format})</source>
            <translation>Import von {file} ({format})</translation>
        </message>
        <message>
            <source>&amp;Undo the newest</source>
            <translation>&amp;Neueste rückgängig machen</translation>
        </message>
        <message>
            <source>Put back the directory the newest update or import replaced</source>
            <translation>Stellt das Verzeichnis wieder her, das die neueste Aktualisierung oder der neueste Import ersetzt hat</translation>
        </message>
    </context>
    <context>
        <name>UpdatePreviewDialog</name>
        <message>
            <source>Directory update</source>
            <translation>Verzeichnisaktualisierung</translation>
        </message>
        <message>
            <source>&amp;Apply update</source>
            <translation>Aktualisierung &amp;anwenden</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Update {number} from {publisher}</source>
            <translation>Aktualisierung {number} von {publisher}</translation>
        </message>
        <message>
            <source>For {countries}, written on {date}. Signed with key {key}.</source>
            <translation>Für {countries}, erstellt am {date}. Signiert mit Schlüssel {key}.</translation>
        </message>
        <message>
            <source>Sample data: not for operational use.</source>
            <translation>Beispieldaten: nicht für den Echtbetrieb.</translation>
        </message>
        <message>
            <source>{count} earlier update(s) from this publisher never arrived here.</source>
            <translation>{count} frühere Aktualisierung(en) dieses Herausgebers kamen hier nie an.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>After the update</source>
            <translation>Nach der Aktualisierung</translation>
        </message>
        <message>
            <source>{added} added, {retired} retired, {changed} changed</source>
            <translation>{added} hinzugefügt, {retired} entfernt, {changed} geändert</translation>
        </message>
        <message>
            <source>Phone numbers, opening hours and addresses</source>
            <translation>Telefonnummern, Öffnungszeiten und Adressen</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>The update changes nothing in the directory.</source>
            <translation>Die Aktualisierung ändert nichts im Verzeichnis.</translation>
        </message>
        <message>
            <source>Release notes</source>
            <translation>Hinweise zur Ausgabe</translation>
        </message>
    </context>
    <context>
        <name>Updates</name>
        <message>
            <source>This database holds the SAMPLE directory, and posts refuse sample data signed with a real key. Load your own directory file (db load) before you publish.</source>
            <translation>Diese Datenbank enthält das BEISPIEL-Verzeichnis, und Dienststellen lehnen Beispieldaten ab, die mit einem echten Schlüssel signiert sind. Laden Sie Ihre eigene Verzeichnisdatei (db load), bevor Sie veröffentlichen.</translation>
        </message>
        <message>
            <source>Key {key_id} is a SAMPLE key, and posts refuse real data signed with it. Sign with your own key (keys generate).</source>
            <translation>Der Schlüssel {key_id} ist ein BEISPIEL-Schlüssel, und Dienststellen lehnen echte Daten ab, die damit signiert sind. Signieren Sie mit Ihrem eigenen Schlüssel (keys generate).</translation>
        </message>
        <message>
            <source>The file is larger ({size} MB) than a directory update can be ({limit} MB). Check that you chose the update file.</source>
            <translation>Die Datei ist größer ({size} MB), als eine Aktualisierung des Verzeichnisses sein kann ({limit} MB). Prüfen Sie, ob Sie die Aktualisierungsdatei gewählt haben.</translation>
        </message>
        <message>
            <source>This file is not a Referral Desk directory update. Check that you chose the update file.</source>
            <translation>Diese Datei ist keine Verzeichnisaktualisierung von Referral Desk. Prüfen Sie, ob Sie die Aktualisierungsdatei gewählt haben.</translation>
        </message>
        <message>
            <source>The update file is incomplete: it ends too early. Copy it again from the original and try once more.</source>
            <translation>Die Aktualisierungsdatei ist unvollständig: Sie endet zu früh. Kopieren Sie sie erneut vom Original und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>The update file is damaged. Copy it again from the original and try once more.</source>
            <translation>Die Aktualisierungsdatei ist beschädigt. Kopieren Sie sie erneut vom Original und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>The update file holds a part Referral Desk does not know ({part}), so it was not made by Referral Desk or was altered. Do not use it; ask your coordinator for it again.</source>
            <translation>Die Aktualisierungsdatei enthält einen Teil, den Referral Desk nicht kennt ({part}); sie wurde also nicht mit Referral Desk erstellt oder wurde verändert. Verwenden Sie sie nicht; fordern Sie sie erneut bei Ihrer Koordinierungsstelle an.</translation>
        </message>
        <message>
            <source>A part of the update file ({part}) is larger than it can be. Do not use it; ask your coordinator for the file again.</source>
            <translation>Ein Teil der Aktualisierungsdatei ({part}) ist größer, als er sein kann. Verwenden Sie sie nicht; fordern Sie die Datei erneut bei Ihrer Koordinierungsstelle an.</translation>
        </message>
        <message>
            <source>This update was made for a newer Referral Desk (update format {version}). Install the newer Referral Desk, then open the update again.</source>
            <translation>Diese Aktualisierung wurde für ein neueres Referral Desk erstellt (Aktualisierungsformat {version}). Installieren Sie das neuere Referral Desk und öffnen Sie die Aktualisierung dann erneut.</translation>
        </message>
        <message>
            <source>The signature of the update cannot be read. Do not use the file; ask your coordinator for it again.</source>
            <translation>Die Signatur der Aktualisierung kann nicht gelesen werden. Verwenden Sie die Datei nicht; fordern Sie sie erneut bei Ihrer Koordinierungsstelle an.</translation>
        </message>
        <message>
            <source>The update is signed with key {key_id}, which this post does not trust. Ask your national coordinator for an update signed with a key you trust, or for their public key.</source>
            <translation>Die Aktualisierung ist mit dem Schlüssel {key_id} signiert, dem diese Dienststelle nicht vertraut. Fordern Sie bei Ihrer nationalen Koordinierungsstelle eine Aktualisierung an, die mit einem vertrauenswürdigen Schlüssel signiert ist, oder deren öffentlichen Schlüssel.</translation>
        </message>
        <message>
            <source>The update is signed with key {key_id} of {publisher}, which has been revoked. Do not use it; tell your national coordinator.</source>
            <translation>Die Aktualisierung ist mit dem Schlüssel {key_id} von {publisher} signiert, der widerrufen wurde. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The update is signed with key {key_id}, which {publisher} has replaced with a new key. Ask for an update signed with the new key.</source>
            <translation>Die Aktualisierung ist mit dem Schlüssel {key_id} signiert, den {publisher} durch einen neuen Schlüssel ersetzt hat. Fordern Sie eine Aktualisierung an, die mit dem neuen Schlüssel signiert ist.</translation>
        </message>
        <message>
            <source>The signature does not match the update: the file was changed or damaged after it was signed. Do not use it; ask your coordinator for the file again.</source>
            <translation>Die Signatur passt nicht zur Aktualisierung: Die Datei wurde nach dem Signieren verändert oder beschädigt. Verwenden Sie sie nicht; fordern Sie die Datei erneut bei Ihrer Koordinierungsstelle an.</translation>
        </message>
        <message>
            <source>The update's description is not valid ({field}). Do not use it; tell your national coordinator.</source>
            <translation>Die Beschreibung der Aktualisierung ist ungültig ({field}). Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The update says it comes from {claimed}, but it is signed with the key of {publisher}. Do not use it; tell your national coordinator.</source>
            <translation>Die Aktualisierung gibt an, von {claimed} zu stammen, ist aber mit dem Schlüssel von {publisher} signiert. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The update from {publisher} is for {countries}, but this post trusts {publisher} only for {trusted}. Do not use it; tell your national coordinator.</source>
            <translation>Die Aktualisierung von {publisher} gilt für {countries}, doch diese Dienststelle vertraut {publisher} nur für {trusted}. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>Update number {sequence} from {publisher} is already applied. There is nothing to do; look for a newer update.</source>
            <translation>Aktualisierung Nummer {sequence} von {publisher} ist bereits eingespielt. Es ist nichts zu tun; suchen Sie nach einer neueren Aktualisierung.</translation>
        </message>
        <message>
            <source>Update number {sequence} from {publisher} is older than number {applied}, which is already applied. An older update cannot be applied; look for a newer one.</source>
            <translation>Aktualisierung Nummer {sequence} von {publisher} ist älter als Nummer {applied}, die bereits eingespielt ist. Eine ältere Aktualisierung kann nicht eingespielt werden; suchen Sie nach einer neueren.</translation>
        </message>
        <message>
            <source>The directory in the update does not match its signed description: the file was changed or damaged. Do not use it; ask your coordinator for the file again.</source>
            <translation>Das Verzeichnis in der Aktualisierung passt nicht zu ihrer signierten Beschreibung: Die Datei wurde verändert oder beschädigt. Verwenden Sie sie nicht; fordern Sie die Datei erneut bei Ihrer Koordinierungsstelle an.</translation>
        </message>
        <message>
            <source>The directory in the update unpacks to more than it can be ({limit} MB). Do not use it; tell your national coordinator.</source>
            <translation>Entpackt wird das Verzeichnis in der Aktualisierung größer, als es sein kann ({limit} MB). Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The directory in the update cannot be read. Do not use it; tell your national coordinator.</source>
            <translation>Das Verzeichnis in der Aktualisierung kann nicht gelesen werden. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The directory in the update is nested deeper than a directory can be. Do not use it; tell your national coordinator.</source>
            <translation>Das Verzeichnis in der Aktualisierung ist tiefer verschachtelt, als ein Verzeichnis sein kann. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The directory in the update is in a newer format (version {version}). Install the newer Referral Desk, then open the update again.</source>
            <translation>Das Verzeichnis in der Aktualisierung hat ein neueres Format (Version {version}). Installieren Sie das neuere Referral Desk und öffnen Sie die Aktualisierung dann erneut.</translation>
        </message>
        <message>
            <source>The directory in the update does not follow the directory format (at {where}). Do not use it; tell your national coordinator.</source>
            <translation>Das Verzeichnis in der Aktualisierung entspricht nicht dem Verzeichnisformat (bei {where}). Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The directory the update would leave does not pass its checks ({count} found, the first at {where}). Do not apply it; tell your national coordinator.</source>
            <translation>Das Verzeichnis, das die Aktualisierung hinterlassen würde, besteht seine Prüfungen nicht ({count} gefunden, das erste bei {where}). Spielen Sie sie nicht ein; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The update is signed with a sample key but holds real data, or the other way round. Do not use it; tell your national coordinator.</source>
            <translation>Die Aktualisierung ist mit einem Beispielschlüssel signiert, enthält aber echte Daten, oder umgekehrt. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The update from {publisher} holds “{name}” in {country}, but {publisher} may change only records of {countries}. Do not use it; tell your national coordinator.</source>
            <translation>Die Aktualisierung von {publisher} enthält „{name}“ in {country}, doch {publisher} darf nur Einträge für {countries} ändern. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The update from {publisher} would change the record “{record}” of {country}, which only that country's coordinator may change. Do not use it; tell your national coordinator.</source>
            <translation>Die Aktualisierung von {publisher} würde den Eintrag „{record}“ für {country} ändern, den nur die Koordinierungsstelle dieses Landes ändern darf. Verwenden Sie sie nicht; informieren Sie Ihre nationale Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read. Check that the USB stick or folder is still there and try once more.</source>
            <translation>Die Datei {file} kann nicht gelesen werden. Prüfen Sie, ob der USB-Stick oder der Ordner noch da ist, und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>There is no directory update (a file ending in .rdupdate) in {folder}. Choose the folder or USB stick that holds the update file.</source>
            <translation>In {folder} gibt es keine Verzeichnisaktualisierung (eine Datei mit der Endung .rdupdate). Wählen Sie den Ordner oder USB-Stick, auf dem die Aktualisierungsdatei liegt.</translation>
        </message>
        <message>
            <source>This database was filled by an older Referral Desk, so an update cannot be merged into it yet. Load the directory file once more (db load), then apply the update.</source>
            <translation>Diese Datenbank wurde von einem älteren Referral Desk befüllt, daher kann noch keine Aktualisierung eingefügt werden. Laden Sie die Verzeichnisdatei noch einmal (db load) und wenden Sie dann die Aktualisierung an.</translation>
        </message>
        <message>
            <source>The directory changed after the preview was made, so nothing was applied. Open the update again to see an up-to-date preview.</source>
            <translation>Das Verzeichnis hat sich nach der Vorschau geändert, daher wurde nichts angewendet. Öffnen Sie die Aktualisierung erneut, um eine aktuelle Vorschau zu sehen.</translation>
        </message>
        <message>
            <source>{url} is not an HTTPS address. Updates are downloaded only over HTTPS: check the address with your national coordinator.</source>
            <translation>{url} ist keine HTTPS-Adresse. Aktualisierungen werden nur über HTTPS heruntergeladen: Prüfen Sie die Adresse mit Ihrer nationalen Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The server {host} could not prove who it is ({problem}), so nothing was downloaded. If your coordinator uses a certificate of its own, choose its certificate file.</source>
            <translation>Der Server {host} konnte nicht nachweisen, wer er ist ({problem}), deshalb wurde nichts heruntergeladen. Wenn Ihre Koordinierungsstelle ein eigenes Zertifikat verwendet, wählen Sie dessen Zertifikatsdatei.</translation>
        </message>
        <message>
            <source>The server {host} cannot be reached ({problem}). Check that this computer is online and the address is right, or bring the update on a USB stick.</source>
            <translation>Der Server {host} ist nicht erreichbar ({problem}). Prüfen Sie, ob dieser Computer online und die Adresse richtig ist, oder bringen Sie die Aktualisierung auf einem USB-Stick.</translation>
        </message>
        <message>
            <source>The server {host} stopped answering (for {seconds} seconds), so the download was given up. Try again later, or bring the update on a USB stick.</source>
            <translation>Der Server {host} hat aufgehört zu antworten (seit {seconds} Sekunden), deshalb wurde das Herunterladen abgebrochen. Versuchen Sie es später erneut oder bringen Sie die Aktualisierung auf einem USB-Stick.</translation>
        </message>
        <message>
            <source>The server {host} did not give the update ({status}). Check the address with your national coordinator.</source>
            <translation>Der Server {host} hat die Aktualisierung nicht geliefert ({status}). Prüfen Sie die Adresse mit Ihrer nationalen Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>What {host} sends is larger than a directory update can be ({limit} MB), so the download was stopped. Check the address with your national coordinator.</source>
            <translation>Was {host} sendet, ist größer, als eine Verzeichnisaktualisierung sein kann ({limit} MB), deshalb wurde das Herunterladen abgebrochen. Prüfen Sie die Adresse mit Ihrer nationalen Koordinierungsstelle.</translation>
        </message>
        <message>
            <source>The certificate file {file} cannot be used ({problem}). Choose the certificate file (.pem) your national coordinator gave you.</source>
            <translation>Die Zertifikatsdatei {file} kann nicht verwendet werden ({problem}). Wählen Sie die Zertifikatsdatei (.pem), die Ihnen Ihre nationale Koordinierungsstelle gegeben hat.</translation>
        </message>
    </context>
    <context>
        <name>UrgencyPage</name>
        <message>
            <source>Urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>Urgent help comes first and never waits for consent.</source>
            <translation>Dringende Hilfe geht vor und wartet nie auf eine Einwilligung.</translation>
        </message>
        <message>
            <source>Right now</source>
            <translation>Jetzt sofort</translation>
        </message>
        <message>
            <source>In immediate danger, call 112 now: do not finish this wizard first.</source>
            <translation>Bei unmittelbarer Gefahr sofort 112 anrufen: Beenden Sie nicht zuerst diesen Assistenten.</translation>
        </message>
        <message>
            <source>Untreated injuries or other medical needs (not an emergency)</source>
            <translation>Unbehandelte Verletzungen oder andere medizinische Bedürfnisse (kein Notfall)</translation>
        </message>
    </context>
    <context>
        <name>VerifyActions</name>
        <message>
            <source>Ver&amp;ify</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>Record that the details were confirmed today, as they are</source>
            <translation>Festhalten, dass die Angaben heute so bestätigt wurden, wie sie sind</translation>
        </message>
        <message>
            <source>Confirmed by {how}</source>
            <translation>Bestätigt per {how}</translation>
        </message>
        <message>
            <source>Record a check with a note…</source>
            <translation>Prüfung mit Notiz festhalten…</translation>
        </message>
        <message>
            <source>Report a correc&amp;tion…</source>
            <translation>Korrek&amp;tur melden…</translation>
        </message>
        <message>
            <source>Tell the coordinator what is wrong with this record</source>
            <translation>Der Koordinierungsstelle mitteilen, was an diesem Eintrag falsch ist</translation>
        </message>
        <message>
            <source>Export correc&amp;tions…</source>
            <translation>Korrek&amp;turen exportieren…</translation>
        </message>
        <message>
            <source>Save the corrections reported here in a small file for the coordinator</source>
            <translation>Die hier gemeldeten Korrekturen in einer kleinen Datei für die Koordinierungsstelle speichern</translation>
        </message>
        <message>
            <source>Verification &amp;queue…</source>
            <translation>Prüf&amp;liste…</translation>
        </message>
        <message>
            <source>Records due for a check, in the order to call</source>
            <translation>Zur Prüfung fällige Einträge, in der Reihenfolge der Anrufe</translation>
        </message>
        <message>
            <source>F&amp;reshness…</source>
            <translation>Ak&amp;tualität…</translation>
        </message>
        <message>
            <source>Share of records verified within 3, 6 and 12 months</source>
            <translation>Anteil der Einträge, die in den letzten 3, 6 und 12 Monaten geprüft wurden</translation>
        </message>
        <message>
            <source>&amp;Import corrections…</source>
            <translation>Korrekturen &amp;importieren…</translation>
        </message>
        <message>
            <source>Take in a post's corrections file</source>
            <translation>Korrekturdatei einer Dienststelle übernehmen</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Verified today ({how}).</source>
            <translation>Heute geprüft ({how}).</translation>
        </message>
        <message>
            <source>Check recorded: {outcome}.</source>
            <translation>Prüfung festgehalten: {outcome}.</translation>
        </message>
        <message>
            <source>Report a correction</source>
            <translation>Korrektur melden</translation>
        </message>
        <message>
            <source>Correction kept. Send it with File → Export corrections… to the coordinator.</source>
            <translation>Korrektur gespeichert. Mit Datei → Korrekturen exportieren… an die Koordinierungsstelle senden.</translation>
        </message>
        <message>
            <source>Export corrections</source>
            <translation>Korrekturen exportieren</translation>
        </message>
        <message>
            <source>No correction is waiting to be sent.</source>
            <translation>Keine Korrektur wartet auf den Versand.</translation>
        </message>
        <message>
            <source>Corrections files (*%1)</source>
            <translation>Korrekturdateien (*%1)</translation>
        </message>
        <message>
            <source>Cannot write the file: {error}</source>
            <translation>Die Datei kann nicht geschrieben werden: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n correction(s) saved for the coordinator.</source>
            <translation>
                <numerusform>%n Korrektur für die Koordinierungsstelle gespeichert.</numerusform>
                <numerusform>%n Korrekturen für die Koordinierungsstelle gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import corrections</source>
            <translation>Korrekturen importieren</translation>
        </message>
        <message>
            <source>Nothing was imported. The file cannot be used:</source>
            <translation>Nichts wurde importiert. Die Datei kann nicht verwendet werden:</translation>
        </message>
        <message numerus="yes">
            <source>%n correction(s) added to the verification queue.</source>
            <translation>
                <numerusform>%n Korrektur zur Prüfliste hinzugefügt.</numerusform>
                <numerusform>%n Korrekturen zur Prüfliste hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Ihre Notiz</translation>
        </message>
        <message>
            <source>Your note was kept at this post.</source>
            <translation>Ihre Notiz wurde in dieser Dienststelle gespeichert.</translation>
        </message>
        <message>
            <source>Nothing recorded: the change was not saved.</source>
            <translation>Nichts festgehalten: die Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Change confirmed by {how}: {note}</source>
            <translation>Änderung bestätigt per {how}: {note}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Notfall</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Polizei</translation>
        </message>
        <message>
            <source>Border and migration</source>
            <translation>Grenze und Migration</translation>
        </message>
        <message>
            <source>Child protection</source>
            <translation>Kinderschutz</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation>Soziale Dienste</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Schutzunterkunft</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Rechtshilfe</translation>
        </message>
        <message>
            <source>Consular help</source>
            <translation>Konsularische Hilfe</translation>
        </message>
        <message>
            <source>Asylum</source>
            <translation>Asyl</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Koordination</translation>
        </message>
        <message>
            <source>Helpline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <source>Health and psychosocial care</source>
            <translation>Gesundheit und psychosoziale Betreuung</translation>
        </message>
        <message>
            <source>Return and reintegration</source>
            <translation>Rückkehr und Reintegration</translation>
        </message>
        <message>
            <source>Employment and education</source>
            <translation>Arbeit und Bildung</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Interessenvertretung</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>Prävention</translation>
        </message>
        <message>
            <source>Labour rights</source>
            <translation>Arbeitsrechte</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Kinder</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Frauen</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Männer</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Notrufnummer</translation>
        </message>
        <message>
            <source>Anti-trafficking police</source>
            <translation>Polizei gegen Menschenhandel</translation>
        </message>
        <message>
            <source>Border police</source>
            <translation>Grenzpolizei</translation>
        </message>
        <message>
            <source>Migration authority</source>
            <translation>Migrationsbehörde</translation>
        </message>
        <message>
            <source>Child protection authority</source>
            <translation>Kinderschutzbehörde</translation>
        </message>
        <message>
            <source>Crisis centre for children</source>
            <translation>Krisenzentrum für Kinder</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Sozialhilfe</translation>
        </message>
        <message>
            <source>National anti-trafficking coordinator</source>
            <translation>Nationale Koordinierungsstelle gegen Menschenhandel</translation>
        </message>
        <message>
            <source>Liaison officer</source>
            <translation>Verbindungsbeamter</translation>
        </message>
        <message>
            <source>Consulate of the person's country</source>
            <translation>Konsulat des Herkunftslandes der Person</translation>
        </message>
        <message>
            <source>Support and shelter for women</source>
            <translation>Unterstützung und Schutzunterkunft für Frauen</translation>
        </message>
        <message>
            <source>Support and shelter for men</source>
            <translation>Unterstützung und Schutzunterkunft für Männer</translation>
        </message>
        <message>
            <source>Shelter for children</source>
            <translation>Schutzunterkunft für Kinder</translation>
        </message>
        <message>
            <source>Asylum authority</source>
            <translation>Asylbehörde</translation>
        </message>
        <message>
            <source>Refugee protection</source>
            <translation>Flüchtlingsschutz</translation>
        </message>
        <message>
            <source>Child helpline</source>
            <translation>Hotline für Kinder</translation>
        </message>
        <message>
            <source>Missing children hotline</source>
            <translation>Hotline für vermisste Kinder</translation>
        </message>
        <message>
            <source>Anti-trafficking hotline</source>
            <translation>Hotline gegen Menschenhandel</translation>
        </message>
        <message>
            <source>Victim support</source>
            <translation>Opferhilfe</translation>
        </message>
        <message>
            <source>Labour inspectorate</source>
            <translation>Arbeitsinspektion</translation>
        </message>
        <message>
            <source>Transnational partner</source>
            <translation>Transnationaler Partner</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Medizinische Versorgung</translation>
        </message>
        <message>
            <source>You (the caseworker)</source>
            <translation>Sie (Sachbearbeitung)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>telefonisch</translation>
        </message>
        <message>
            <source>with a referral form</source>
            <translation>mit einem Vermittlungsbogen</translation>
        </message>
        <message>
            <source>by e-mail</source>
            <translation>per E-Mail</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>persönlich</translation>
        </message>
        <message>
            <source>Trafficking in persons indicated</source>
            <translation>Hinweise auf Menschenhandel</translation>
        </message>
        <message>
            <source>Possible trafficking</source>
            <translation>Möglicher Menschenhandel</translation>
        </message>
        <message>
            <source>Smuggling of migrants, not trafficking</source>
            <translation>Schleusung von Migranten, kein Menschenhandel</translation>
        </message>
        <message>
            <source>Child labour</source>
            <translation>Kinderarbeit</translation>
        </message>
        <message>
            <source>Insufficient indicators so far</source>
            <translation>Bisher nicht genügend Hinweise</translation>
        </message>
        <message>
            <source>Own national abroad</source>
            <translation>Eigene Staatsangehörige im Ausland</translation>
        </message>
        <message>
            <source>Foreign national</source>
            <translation>Ausländische Staatsangehörige</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Asylsuchend</translation>
        </message>
        <message>
            <source>National in own country</source>
            <translation>Im eigenen Land</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Erwachsen</translation>
        </message>
        <message>
            <source>Presumed child (age uncertain)</source>
            <translation>Mutmaßlich minderjährig (Alter unklar)</translation>
        </message>
        <message>
            <source>Not referred yet</source>
            <translation>Noch nicht vermittelt</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Vermittelt</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>Consulate</source>
            <translation>Konsulat</translation>
        </message>
        <message>
            <source>Embassy</source>
            <translation>Botschaft</translation>
        </message>
        <message>
            <source>Border crossing point</source>
            <translation>Grenzübergangsstelle</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>The person agrees to be referred</source>
            <translation>Die Person ist mit der Vermittlung einverstanden</translation>
        </message>
        <message>
            <source>The person does not agree</source>
            <translation>Die Person ist nicht einverstanden</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Noch nicht gefragt</translation>
        </message>
        <message>
            <source>Not needed for a child</source>
            <translation>Bei einem Kind nicht nötig</translation>
        </message>
        <message>
            <source>Immediate safety</source>
            <translation>Unmittelbare Sicherheit</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Identifizierung</translation>
        </message>
        <message>
            <source>First assistance and protection</source>
            <translation>Erste Hilfe und Schutz</translation>
        </message>
        <message>
            <source>Return and social inclusion</source>
            <translation>Rückkehr und soziale Eingliederung</translation>
        </message>
        <message>
            <source>Long-term assistance</source>
            <translation>Langfristige Unterstützung</translation>
        </message>
        <message>
            <source>Criminal and civil proceedings</source>
            <translation>Straf- und Zivilverfahren</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Sofort</translation>
        </message>
        <message>
            <source>Within 24 hours</source>
            <translation>Innerhalb von 24 Stunden</translation>
        </message>
        <message>
            <source>Within days</source>
            <translation>Innerhalb weniger Tage</translation>
        </message>
        <message>
            <source>When the person is ready</source>
            <translation>Wenn die Person bereit ist</translation>
        </message>
        <message>
            <source>Immediate danger</source>
            <translation>Unmittelbare Gefahr</translation>
        </message>
        <message>
            <source>Medical emergency</source>
            <translation>Medizinischer Notfall</translation>
        </message>
        <message>
            <source>Needs a safe place to sleep tonight</source>
            <translation>Braucht heute Nacht einen sicheren Schlafplatz</translation>
        </message>
        <message>
            <source>Family at home is threatened</source>
            <translation>Die Familie zu Hause wird bedroht</translation>
        </message>
        <message>
            <source>Recruited (offered a job, a trip, a marriage…)</source>
            <translation>Angeworben (Arbeit, Reise, Heirat angeboten…)</translation>
        </message>
        <message>
            <source>Transported (taken somewhere)</source>
            <translation>Befördert (irgendwohin gebracht)</translation>
        </message>
        <message>
            <source>Handed over to someone else</source>
            <translation>An jemand anderen übergeben</translation>
        </message>
        <message>
            <source>Harboured (kept or hidden somewhere)</source>
            <translation>Beherbergt (irgendwo festgehalten oder versteckt)</translation>
        </message>
        <message>
            <source>Received on arrival</source>
            <translation>Bei Ankunft in Empfang genommen</translation>
        </message>
        <message>
            <source>Threats or violence</source>
            <translation>Drohungen oder Gewalt</translation>
        </message>
        <message>
            <source>Pressure or control (documents taken, debts)</source>
            <translation>Druck oder Kontrolle (Papiere abgenommen, Schulden)</translation>
        </message>
        <message>
            <source>Abducted</source>
            <translation>Entführt</translation>
        </message>
        <message>
            <source>Cheated (fraud)</source>
            <translation>Betrogen</translation>
        </message>
        <message>
            <source>Lied to about the work or the conditions</source>
            <translation>Über die Arbeit oder die Bedingungen belogen</translation>
        </message>
        <message>
            <source>Abuse of power (an employer, official or relative)</source>
            <translation>Machtmissbrauch (Arbeitgeber, Amtsperson oder Verwandte)</translation>
        </message>
        <message>
            <source>Their difficult situation was exploited</source>
            <translation>Die Notlage wurde ausgenutzt</translation>
        </message>
        <message>
            <source>Someone was paid to hand the person over</source>
            <translation>Jemand wurde für die Übergabe der Person bezahlt</translation>
        </message>
        <message>
            <source>Sexual exploitation or prostitution</source>
            <translation>Sexuelle Ausbeutung oder Prostitution</translation>
        </message>
        <message>
            <source>Forced labour</source>
            <translation>Zwangsarbeit</translation>
        </message>
        <message>
            <source>Forced begging</source>
            <translation>Erzwungenes Betteln</translation>
        </message>
        <message>
            <source>Forced to commit crimes (theft, drugs…)</source>
            <translation>Zu Straftaten gezwungen (Diebstahl, Drogen…)</translation>
        </message>
        <message>
            <source>Domestic servitude</source>
            <translation>Häusliche Knechtschaft</translation>
        </message>
        <message>
            <source>Slavery or servitude</source>
            <translation>Sklaverei oder Leibeigenschaft</translation>
        </message>
        <message>
            <source>Removal of organs</source>
            <translation>Organentnahme</translation>
        </message>
        <message>
            <source>Forced marriage</source>
            <translation>Zwangsheirat</translation>
        </message>
        <message>
            <source>Illegal adoption</source>
            <translation>Illegale Adoption</translation>
        </message>
        <message>
            <source>Worst forms of child labour</source>
            <translation>Schlimmste Formen der Kinderarbeit</translation>
        </message>
        <message>
            <source>Reachable around the clock</source>
            <translation>Rund um die Uhr erreichbar</translation>
        </message>
        <message>
            <source>Reachable now</source>
            <translation>Jetzt erreichbar</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation>Derzeit geschlossen</translation>
        </message>
        <message>
            <source>Opening hours not known – call to check</source>
            <translation>Öffnungszeiten unbekannt – bitte anrufen und nachfragen</translation>
        </message>
        <message>
            <source>24/7</source>
            <translation>24/7</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Reachable now (until %1 local time)</source>
            <translation>Jetzt erreichbar (bis %1 Ortszeit)</translation>
        </message>
        <message>
            <source>Closed now – opens %1 local time</source>
            <translation>Derzeit geschlossen – öffnet %1 Ortszeit</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Fallart</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Child or adult</source>
            <translation>Kind oder erwachsen</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Urgent need</source>
            <translation>Dringender Bedarf</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Body and follow-up</source>
            <translation>Stelle und Nachverfolgung</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Text messages</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <source>ext. %1</source>
            <translation>Durchwahl %1</translation>
        </message>
        <message>
            <source>confidential, not shown</source>
            <translation>vertraulich, nicht angezeigt</translation>
        </message>
        <message>
            <source>Around the clock, every day</source>
            <translation>Rund um die Uhr, täglich</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>VERTRAULICH</translation>
        </message>
        <message>
            <source>Local commission against trafficking</source>
            <translation>Lokale Kommission gegen Menschenhandel</translation>
        </message>
        <message>
            <source>serves other genders only</source>
            <translation>nur für ein anderes Geschlecht</translation>
        </message>
        <message>
            <source>serves other ages</source>
            <translation>für ein anderes Alter</translation>
        </message>
        <message>
            <source>covers some regions only, and the person's region is not known</source>
            <translation>nur für manche Regionen, und die Region der Person ist nicht bekannt</translation>
        </message>
        <message>
            <source>covers other regions only</source>
            <translation>nur für andere Regionen</translation>
        </message>
        <message>
            <source>serves only nationals, or only foreign nationals, of its country</source>
            <translation>nur für Staatsangehörige oder nur für Fremde ihres Landes</translation>
        </message>
        <message>
            <source>serves nationals of another country</source>
            <translation>für Staatsangehörige eines anderen Landes</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>BEISPIELDATEN – nicht für den Echtbetrieb</translation>
        </message>
        <message>
            <source>placeholder – not a real number</source>
            <translation>Platzhalter – keine echte Nummer</translation>
        </message>
        <message>
            <source>phone call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>nicht erreichbar</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>no region recorded</source>
            <translation>keine Region eingetragen</translation>
        </message>
        <message>
            <source>Women and girls</source>
            <translation>Frauen und Mädchen</translation>
        </message>
        <message>
            <source>Men and boys</source>
            <translation>Männer und Jungen</translation>
        </message>
        <message>
            <source>Other genders</source>
            <translation>Andere Geschlechter</translation>
        </message>
        <message>
            <source>Nationals of its country</source>
            <translation>Staatsangehörige des eigenen Landes</translation>
        </message>
        <message>
            <source>Foreign nationals</source>
            <translation>Ausländische Staatsangehörige</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
    </context>
    <context>
        <name>WherePage</name>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>The country and region where the person is now.</source>
            <translation>Land und Region, in denen sich die Person jetzt befindet.</translation>
        </message>
        <message>
            <source>Country where the person is</source>
            <translation>Land, in dem sich die Person befindet</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>None or not known</source>
            <translation>Keines oder nicht bekannt</translation>
        </message>
        <message>
            <source>Met at a &amp;border crossing point</source>
            <translation>An einem &amp;Grenzübergang angetroffen</translation>
        </message>
        <message>
            <source>Met at a border crossing point</source>
            <translation>An einem Grenzübergang angetroffen</translation>
        </message>
        <message>
            <source>Country where the exploitation happened</source>
            <translation>Land, in dem die Ausbeutung geschah</translation>
        </message>
        <message>
            <source>Home region in the country of origin</source>
            <translation>Heimatregion im Herkunftsland</translation>
        </message>
        <message>
            <source>Country your post represents</source>
            <translation>Land, das Ihre Dienststelle vertritt</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keines</translation>
        </message>
        <message>
            <source>Country where your post is</source>
            <translation>Land, in dem Ihre Dienststelle ist</translation>
        </message>
        <message>
            <source>E&amp;xploited in:</source>
            <translation>A&amp;usgebeutet in:</translation>
        </message>
        <message>
            <source>&amp;Home region:</source>
            <translation>&amp;Heimatregion:</translation>
        </message>
        <message>
            <source>Your &amp;post represents:</source>
            <translation>Ihre Dienststelle &amp;vertritt:</translation>
        </message>
        <message>
            <source>Your post &amp;is in:</source>
            <translation>Ihre Dienststelle ist i&amp;n:</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>Explain: %1</source>
            <translation>Erklärung: %1</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Choose the country where the person is now.</source>
            <translation>Wählen Sie das Land, in dem sich die Person jetzt aufhält.</translation>
        </message>
        <message>
            <source>Age %1 does not fit the age group: change one of them.</source>
            <translation>Das Alter %1 passt nicht zur Altersgruppe: Ändern Sie eines von beiden.</translation>
        </message>
        <message>
            <source>Age %1 is not between 0 and 120.</source>
            <translation>Das Alter %1 liegt nicht zwischen 0 und 120.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Staatsangehörigkeit</translation>
        </message>
        <message>
            <source>Languages: %1 is not a language. Pick it from the list or write its name.</source>
            <translation>Sprachen: %1 ist keine Sprache. Aus der Liste wählen oder den Namen schreiben.</translation>
        </message>
        <message>
            <source>%2: %1 is not a country. Pick one from the list.</source>
            <translation>%2: %1 ist kein Land. Eines aus der Liste wählen.</translation>
        </message>
        <message>
            <source>Region: %1 is not a region of this country. Pick one from the list or leave it empty.</source>
            <translation>Region: %1 ist keine Region dieses Landes. Eine aus der Liste wählen oder leer lassen.</translation>
        </message>
        <message>
            <source>Country your post represents</source>
            <translation>Land, das Ihre Dienststelle vertritt</translation>
        </message>
        <message>
            <source>Country where your post is</source>
            <translation>Land, in dem Ihre Dienststelle ist</translation>
        </message>
        <message>
            <source>Exploited in</source>
            <translation>Ausgebeutet in</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>The password was not accepted. Type it again.</source>
            <translation>Das Passwort wurde nicht angenommen. Bitte erneut eingeben.</translation>
        </message>
        <message>
            <source>Central database password</source>
            <translation>Passwort der zentralen Datenbank</translation>
        </message>
        <message>
            <source>Password of your login to the central database:</source>
            <translation>Passwort Ihrer Anmeldung bei der zentralen Datenbank:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Keep it in this computer's keyring</source>
            <translation>Im Schlüsselbund dieses Computers &amp;behalten</translation>
        </message>
        <message>
            <source>This computer has no keyring: the password is asked for each time.</source>
            <translation>Dieser Computer hat keinen Schlüsselbund: Das Passwort wird jedes Mal abgefragt.</translation>
        </message>
    </context>
    <context>
        <name>CallNow</name>
        <message>
            <source>Open now</source>
            <translation>Jetzt geöffnet</translation>
        </message>
        <message>
            <source>Around the clock</source>
            <translation>Rund um die Uhr</translation>
        </message>
        <message>
            <source>Emergency numbers and helplines</source>
            <translation>Notrufnummern und Hotlines</translation>
        </message>
    </context>
    <context>
        <name>CallNowView</name>
        <message>
            <source>As of %1</source>
            <translation>Stand %1</translation>
        </message>
        <message>
            <source>No number in the directory answers now.</source>
            <translation>Keine Nummer im Verzeichnis ist jetzt erreichbar.</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>Ganzes Land</translation>
        </message>
        <message>
            <source>Numbers to call now</source>
            <translation>Jetzt anzurufende Nummern</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>Call now</source>
            <translation>Jetzt anrufen</translation>
        </message>
        <message>
            <source>Finding who answers now…</source>
            <translation>Es wird gesucht, wer jetzt erreichbar ist…</translation>
        </message>
    </context>
    <context>
        <name>CodeListEditor</name>
        <message>
            <source>find one to add</source>
            <translation>zum Hinzufügen suchen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>“{text}” is not in the list.</source>
            <translation>„{text}“ steht nicht in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>RetiredRecords</name>
        <message>
            <source>organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Every change of the selected record</source>
            <translation>Jede Änderung des gewählten Eintrags</translation>
        </message>
        <message>
            <source>Re&amp;store…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Bring the retired record back as it was</source>
            <translation>Holt den zurückgezogenen Eintrag so zurück, wie er war</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Retired records</source>
            <translation>Zurückgezogene Einträge</translation>
        </message>
        <message numerus="yes">
            <source>%n retired record(s)</source>
            <translation>
                <numerusform>%n zurückgezogener Eintrag</numerusform>
                <numerusform>%n zurückgezogene Einträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>No record of this name.</source>
            <translation>Kein Eintrag mit diesem Namen.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Type a name to find a record</source>
            <translation>Namen eingeben, um einen Eintrag zu finden</translation>
        </message>
        <message>
            <source>find a record</source>
            <translation>Eintrag suchen</translation>
        </message>
        <message>
            <source>records found</source>
            <translation>gefundene Einträge</translation>
        </message>
        <message>
            <source>{id} (no record with this id in the directory)</source>
            <translation>{id} (kein Eintrag mit dieser ID im Verzeichnis)</translation>
        </message>
    </context>
    <context>
        <name>RestoreReport</name>
        <message>
            <source>that record is no longer in the directory</source>
            <translation>dieser Eintrag ist nicht mehr im Verzeichnis</translation>
        </message>
        <message>
            <source>the field was changed since the retirement</source>
            <translation>das Feld wurde seit dem Zurückziehen geändert</translation>
        </message>
        <message>
            <source>{kind} “{record}”: {field} → {target}: not linked again, {why}.</source>
            <translation>{kind} „{record}“: {field} → {target}: nicht wieder verknüpft, {why}.</translation>
        </message>
    </context>
</TS>
