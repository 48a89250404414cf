<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Directory: {name}, version {version}, published {date} by {publisher}</source>
            <translation>Указател: {name}, версия {version}, издаден на {date} от {publisher}</translation>
        </message>
        <message>
            <source>An offline directory for referring possible victims of trafficking.</source>
            <translation>Офлайн указател за насочване на възможни жертви на трафик на хора.</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>ПРИМЕРНИ ДАННИ – не са за реална работа</translation>
        </message>
        <message>
            <source>About Referral Desk</source>
            <translation>За Referral Desk</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Referral Desk cannot start</source>
            <translation>Referral Desk не може да стартира</translation>
        </message>
    </context>
    <context>
        <name>BackupRestore</name>
        <message>
            <source>Restore from backup</source>
            <translation>Възстановяване от резервно копие</translation>
        </message>
        <message>
            <source>A central database is backed up by its server, not by this program.</source>
            <translation>Централната база данни се архивира от своя сървър, а не от тази програма.</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Все още няма резервно копие.</translation>
        </message>
    </context>
    <context>
        <name>Booklet</name>
        <message>
            <source>Paper directory</source>
            <translation>Указател на хартия</translation>
        </message>
        <message>
            <source>Contact card</source>
            <translation>Карта с контакти</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Подбор</translation>
        </message>
        <message>
            <source>The whole directory</source>
            <translation>Целият указател</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Област</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Любими</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Указател</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Издаден</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издател</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Отпечатан</translation>
        </message>
        <message>
            <source>Bodies listed</source>
            <translation>Включени органи</translation>
        </message>
        <message>
            <source>Addresses of shelters and other confidential places are left out. Check a number in the app or with the national coordinator before you rely on it: this paper ages.</source>
            <translation>Адресите на приюти и други поверителни места са пропуснати. Преди да разчитате на даден номер, проверете го в приложението или при националния координатор: хартията остарява.</translation>
        </message>
        <message>
            <source>Emergency and 24-hour numbers</source>
            <translation>Спешни и денонощни телефони</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Азбучен указател</translation>
        </message>
        <message>
            <source>Every body is listed under its Latin and its Cyrillic name, with the page it is on.</source>
            <translation>Всеки орган е посочен с името си на латиница и на кирилица и със страницата, на която се намира.</translation>
        </message>
        <message>
            <source>Liaison and other contacts</source>
            <translation>Лица за връзка и други контакти</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>Also</source>
            <translation>Също</translation>
        </message>
        <message>
            <source>Who for</source>
            <translation>За кого</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>Как да насочите</translation>
        </message>
        <message>
            <source>No body matches this selection.</source>
            <translation>Няма орган, който да отговаря на този подбор.</translation>
        </message>
    </context>
    <context>
        <name>BookletOptionsDialog</name>
        <message>
            <source>Print the paper directory</source>
            <translation>Печат на указателя на хартия</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Всички държави</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Всички области</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Всички категории</translation>
        </message>
        <message>
            <source>Only my &amp;favourites</source>
            <translation>Само моите &amp;любими</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Няма</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Държава</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Област</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Категория</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Хартия</translation>
        </message>
        <message>
            <source>Second &amp;language</source>
            <translation>&amp;Втори език</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Record a check</source>
            <translation>Запис на проверка</translation>
        </message>
        <message>
            <source>e.g. spoke to the duty officer; what changed</source>
            <translation>напр. разговор с дежурния служител; какво се е променило</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Как:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Резултат:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Бележка:</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Проверено &amp;от:</translation>
        </message>
        <message>
            <source>Say who checked it.</source>
            <translation>Посочете кой е проверил.</translation>
        </message>
        <message>
            <source>Say in the note what changed.</source>
            <translation>Посочете в бележката какво се е променило.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else changed this record</source>
            <translation>Някой друг е променил този запис</translation>
        </message>
        <message>
            <source>This record was saved by someone else since you opened it (version {now}; you started from version {yours}). Nothing has been lost: choose which version to keep.</source>
            <translation>Този запис е запазен от някой друг, откакто сте го отворили (версия {now}; вие започнахте от версия {yours}). Нищо не е загубено: изберете коя версия да остане.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Saved meanwhile</source>
            <translation>Запазено междувременно</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Вашето</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Запази моето</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Вземи другото</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Consent</source>
            <translation>Съгласие</translation>
        </message>
        <message>
            <source>An adult must give informed consent before any referral.</source>
            <translation>Пълнолетното лице трябва да даде информирано съгласие преди всяко насочване.</translation>
        </message>
        <message>
            <source>Informed consent</source>
            <translation>Информирано съгласие</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Report a correction</source>
            <translation>Съобщаване на корекция</translation>
        </message>
        <message>
            <source>Write only about the record: a wrong number, a new address, other hours. Never write anything about the person you are helping – no name, no story, nothing that could identify them. The correction is sent to the coordinator.</source>
            <translation>Пишете само за записа: грешен номер, нов адрес, друго работно време. Никога не пишете нищо за лицето, на което помагате – нито име, нито история, нищо, по което може да бъде разпознато. Корекцията се изпраща на координатора.</translation>
        </message>
        <message>
            <source>e.g. the duty number does not answer at night</source>
            <translation>напр. дежурният номер не отговаря през нощта</translation>
        </message>
        <message>
            <source>e.g. the police gave us another number</source>
            <translation>напр. полицията ни даде друг номер</translation>
        </message>
        <message>
            <source>What is &amp;wrong:</source>
            <translation>Какво е &amp;грешно:</translation>
        </message>
        <message>
            <source>What you &amp;found:</source>
            <translation>Какво &amp;установихте:</translation>
        </message>
        <message>
            <source>Your &amp;post:</source>
            <translation>Вашата &amp;служба:</translation>
        </message>
        <message>
            <source>Say what is wrong and which post reports it.</source>
            <translation>Посочете какво е грешно и коя служба го съобщава.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>{time} post time</source>
            <translation>{time} по времето на службата</translation>
        </message>
        <message>
            <source>{time} UTC</source>
            <translation>{time} UTC</translation>
        </message>
        <message>
            <source>Show address</source>
            <translation>Покажи адреса</translation>
        </message>
        <message>
            <source>How to reach</source>
            <translation>Връзка</translation>
        </message>
        <message>
            <source>No phone, e-mail or address recorded.</source>
            <translation>Няма записан телефон, имейл или адрес.</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Работно време</translation>
        </message>
        <message>
            <source>Copy confidential address</source>
            <translation>Копиране на поверителния адрес</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Local time ({zone})</source>
            <translation>Местно време ({zone})</translation>
        </message>
        <message>
            <source>Post time ({zone})</source>
            <translation>Време на службата ({zone})</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>същото</translation>
        </message>
        <message>
            <source>Serves</source>
            <translation>За кого</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Условия</translation>
        </message>
        <message>
            <source>Nationals of</source>
            <translation>Граждани на</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Езици</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
        <message>
            <source>Area served</source>
            <translation>Обслужван район</translation>
        </message>
        <message>
            <source>Who it serves</source>
            <translation>На кого помага</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>Насочване</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Какво да направите</translation>
        </message>
        <message>
            <source>Liaison with</source>
            <translation>Връзка с</translation>
        </message>
        <message>
            <source>Counterpart across the border</source>
            <translation>Партньор от другата страна на границата</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>Как да насочите</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Част от</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Sub-organizations</source>
            <translation>Подразделения</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакти</translation>
        </message>
        <message>
            <source>Related records</source>
            <translation>Свързани записи</translation>
        </message>
        <message>
            <source>Never verified – check before use.</source>
            <translation>Никога не е проверявано – проверете преди употреба.</translation>
        </message>
        <message>
            <source>Last verified {date}</source>
            <translation>Последна проверка: {date}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>от {who}</translation>
        </message>
        <message>
            <source>This address is kept secret to protect the people staying there. Copy it only to pass it to someone who must have it, and never store it with the case. Copy it, marked CONFIDENTIAL?</source>
            <translation>Този адрес се пази в тайна, за да бъдат защитени хората, които са настанени там. Копирайте го само за да го предадете на някого, който трябва да го има, и никога не го съхранявайте към случая. Да се копира ли, отбелязан като ПОВЕРИТЕЛНО?</translation>
        </message>
        <message>
            <source>Select a result to see its details.</source>
            <translation>Изберете резултат, за да видите подробностите.</translation>
        </message>
        <message>
            <source>Details of the selected record</source>
            <translation>Подробности за избрания запис</translation>
        </message>
        <message>
            <source>Copy confidential address…</source>
            <translation>Копиране на поверителния адрес…</translation>
        </message>
        <message>
            <source>Copy the confidential address, marked as such, after a warning</source>
            <translation>Копира поверителния адрес, отбелязан като такъв, след предупреждение</translation>
        </message>
    </context>
    <context>
        <name>DirectoryCheck</name>
        <message>
            <source>{minimum} is above the {maximum_age} {maximum}</source>
            <translation>{minimum} е над „{maximum_age}“ ({maximum})</translation>
        </message>
        <message>
            <source>{name} is not an IANA time zone</source>
            <translation>{name} не е часова зона по IANA</translation>
        </message>
        <message>
            <source>opens and closes at the same minute ({time}); for a body open day and night set {around_the_clock} instead</source>
            <translation>отваря и затваря в една и съща минута ({time}); за организация, отворена денонощно, изберете „{around_the_clock}“</translation>
        </message>
        <message>
            <source>{valid_from} {start} is after {valid_to} {end}</source>
            <translation>„{valid_from}“ {start} е след „{valid_to}“ {end}</translation>
        </message>
        <message>
            <source>an organization cannot be its own parent</source>
            <translation>една организация не може да бъде своя собствена горестояща организация</translation>
        </message>
        <message>
            <source>the parent organizations form a loop: {chain}</source>
            <translation>горестоящите организации образуват кръг: {chain}</translation>
        </message>
        <message>
            <source>{number} can be dialled; a placeholder must be a number that cannot (libphonenumber finds it valid)</source>
            <translation>{number} може да бъде набран; заместителят трябва да е номер, който не може да се набере (libphonenumber го счита за валиден)</translation>
        </message>
        <message>
            <source>{number} does not look like a placeholder: write one with five zeros in a row</source>
            <translation>{number} не прилича на заместител: напишете номер с пет нули подред</translation>
        </message>
        <message>
            <source>{number} is not a valid phone number</source>
            <translation>{number} не е валиден телефонен номер</translation>
        </message>
        <message>
            <source>{email} is not a valid e-mail address ({reason})</source>
            <translation>{email} не е валиден имейл адрес ({reason})</translation>
        </message>
        <message>
            <source>holds {character}, a bidi control that can show text in another order than it is stored</source>
            <translation>съдържа {character}, управляващ знак за посоката на текста, който може да покаже текста в ред, различен от записания</translation>
        </message>
        <message>
            <source>holds {character}, an invisible character</source>
            <translation>съдържа {character}, невидим знак</translation>
        </message>
        <message>
            <source>holds {character}, a control character</source>
            <translation>съдържа {character}, управляващ знак</translation>
        </message>
        <message>
            <source>holds {character}, a line break; this field holds one line</source>
            <translation>съдържа {character}, нов ред; това поле е само на един ред</translation>
        </message>
        <message>
            <source>{name} is a required property</source>
            <translation>{name} липсва, а е задължително</translation>
        </message>
        <message>
            <source>{value} is not a web address (starting with http:// or https://)</source>
            <translation>{value} не е уеб адрес (започва с http:// или https://)</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address</source>
            <translation>{value} не е имейл адрес</translation>
        </message>
        <message>
            <source>{value} is not a phone number in international form (+43 …) or a short code</source>
            <translation>{value} не е телефонен номер в международен формат (+43 …) или кратък номер</translation>
        </message>
        <message>
            <source>{value} is not a time zone (such as Europe/Vienna)</source>
            <translation>{value} не е часова зона (например Europe/Sofia)</translation>
        </message>
        <message>
            <source>{value} is not a time (HH:MM)</source>
            <translation>{value} не е час (ЧЧ:ММ)</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <translation>{value} не е дата (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>{number} is not a phone number ({reason})</source>
            <translation>{number} не е телефонен номер ({reason})</translation>
        </message>
        <message>
            <source>{number} is not a possible phone number (wrong length)</source>
            <translation>{number} не може да е телефонен номер (грешна дължина)</translation>
        </message>
        <message>
            <source>{digits} is a real short code, not a placeholder</source>
            <translation>{digits} е истински кратък номер, а не заместител</translation>
        </message>
        <message>
            <source>{value} is not a real date</source>
            <translation>{value} не е съществуваща дата</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>не може да е празно</translation>
        </message>
        <message>
            <source>{number} is not one of the short codes {codes}</source>
            <translation>{number} не е от кратките номера {codes}</translation>
        </message>
        <message>
            <source>{digits} is a short code only in {countries}</source>
            <translation>{digits} е кратък номер само в {countries}</translation>
        </message>
        <message>
            <source>{number} looks like a real number; sample data may only hold 112, 116 000, 116 111, 147 and numbers that cannot be dialled, marked "placeholder": true</source>
            <translation>{number} прилича на истински номер; примерните данни могат да съдържат само 112, 116 000, 116 111, 147 и номера, които не могат да се наберат, отбелязани като „заместител“</translation>
        </message>
        <message>
            <source>{number} is not marked as a placeholder; sample data may only hold 112, 116 000, 116 111, 147 and numbers that cannot be dialled, marked "placeholder": true</source>
            <translation>{number} не е отбелязан като заместител; примерните данни могат да съдържат само 112, 116 000, 116 111, 147 и номера, които не могат да се наберат, отбелязани като „заместител“</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <source>Edit &amp;record…</source>
            <translation>Редактиране на &amp;запис…</translation>
        </message>
        <message>
            <source>New or&amp;ganization…</source>
            <translation>Нова ор&amp;ганизация…</translation>
        </message>
        <message>
            <source>&amp;New in this organization</source>
            <translation>&amp;Ново в тази организация</translation>
        </message>
        <message>
            <source>&amp;Location…</source>
            <translation>&amp;Място…</translation>
        </message>
        <message>
            <source>&amp;Service…</source>
            <translation>&amp;Услуга…</translation>
        </message>
        <message>
            <source>&amp;Contact…</source>
            <translation>&amp;Контакт…</translation>
        </message>
        <message>
            <source>Re&amp;tire record…</source>
            <translation>&amp;Оттегляне на запис…</translation>
        </message>
        <message>
            <source>Take the record out of the directory, with a reason; its history stays</source>
            <translation>Изважда записа от указателя с причина; историята му остава</translation>
        </message>
        <message>
            <source>Record hi&amp;story</source>
            <translation>Ис&amp;тория на записа</translation>
        </message>
        <message>
            <source>Who changed this record, when and why</source>
            <translation>Кой, кога и защо е променил този запис</translation>
        </message>
        <message>
            <source>Change histor&amp;y…</source>
            <translation>История на про&amp;мените…</translation>
        </message>
        <message>
            <source>&amp;Publish update…</source>
            <translation>&amp;Публикуване на обновяване…</translation>
        </message>
        <message>
            <source>Sign this directory's records of your countries into an update file</source>
            <translation>Подписва записите на вашите държави от този указател във файл за обновяване</translation>
        </message>
        <message>
            <source>Edit the directory</source>
            <translation>Редактиране на указателя</translation>
        </message>
        <message>
            <source>Edit of {name}</source>
            <translation>Редакция на {name}</translation>
        </message>
        <message>
            <source>Country of the new organization (ISO code):</source>
            <translation>Държава на новата организация (ISO код):</translation>
        </message>
        <message>
            <source>New {name}</source>
            <translation>Нов запис {name}</translation>
        </message>
        <message>
            <source>Retire {name}</source>
            <translation>Оттегляне на {name}</translation>
        </message>
        <message>
            <source>Why is this record retired? It leaves search and pathways; its history stays.</source>
            <translation>Защо се оттегля този запис? Той изчезва от търсенето и маршрутите; историята му остава.</translation>
        </message>
        <message>
            <source>Retirement of {name}</source>
            <translation>Оттегляне на {name}</translation>
        </message>
        <message>
            <source>Why does this record come back?</source>
            <translation>Защо този запис се връща?</translation>
        </message>
        <message>
            <source>The update was written to {path}.</source>
            <translation>Обновяването е записано в {path}.</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редактиране</translation>
        </message>
        <message>
            <source>The coordinator's office: edit, retire, verify, the queue, freshness, publish</source>
            <translation>Работата на координатора: редактиране, оттегляне, проверка, опашка, актуалност, издаване</translation>
        </message>
        <message>
            <source>Turn on Directory → Edit first.</source>
            <translation>Първо включете Указател → Редактиране.</translation>
        </message>
        <message>
            <source>Retired recor&amp;ds…</source>
            <translation>Оттеглени запи&amp;си…</translation>
        </message>
        <message>
            <source>The records taken out of the directory: when, by whom, why</source>
            <translation>Записите, извадени от указателя: кога, от кого, защо</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) restored.</source>
            <translation>
                <numerusform>%n запис е възстановен.</numerusform>
                <numerusform>%n записа са възстановени.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s) of other records put back.</source>
            <translation>
                <numerusform>%n връзка от други записи е възстановена.</numerusform>
                <numerusform>%n връзки от други записи са възстановени.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not put back:</source>
            <translation>Не са възстановени:</translation>
        </message>
        <message>
            <source>The record is back, but not every link to it:</source>
            <translation>Записът е възстановен, но не всички връзки към него:</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>An unexpected error ({kind}) stopped what you were doing. Save your work; the details are in {log}, which you can send to your support contact.</source>
            <translation>Неочаквана грешка ({kind}) прекъсна това, което правехте. Запазете работата си; подробностите са в {log} – можете да изпратите този файл на контакта си за поддръжка.</translation>
        </message>
        <message>
            <source>An unexpected error ({kind}) stopped what you were doing. Save your work; the details could not be written to the error log.</source>
            <translation>Неочаквана грешка ({kind}) прекъсна това, което правехте. Запазете работата си; подробностите не можаха да бъдат записани в дневника на грешките.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Нещо се обърка</translation>
        </message>
    </context>
    <context>
        <name>FavouritesList</name>
        <message>
            <source>Pinned records</source>
            <translation>Закачени записи</translation>
        </message>
        <message>
            <source>Nothing pinned yet. Open a record and press Ctrl+D to pin it.</source>
            <translation>Още няма закачени записи. Отворете запис и натиснете Ctrl+D, за да го закачите.</translation>
        </message>
        <message>
            <source>Enter opens a record, Delete unpins it</source>
            <translation>Enter отваря запис, Delete го откача</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>The file does not say in which country its organizations are. Choose the country: the import replaces that country's records, and the preview shows what changes before anything is written.</source>
            <translation>Файлът не посочва в коя държава са организациите му. Изберете държавата: импортът заменя записите на тази държава, а прегледът показва какво се променя, преди нещо да бъде записано.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Read an HSDS file or a workbook, see what it changes, then apply it</source>
            <translation>Прочетете HSDS файл или работна книга, вижте какво променя и тогава го приложете</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>Е&amp;кспорт…</translation>
        </message>
        <message>
            <source>Write the directory as a workbook (XLSX, ODS, CSV) or as HSDS 3.0</source>
            <translation>Запишете указателя като работна книга (XLSX, ODS, CSV) или като HSDS 3.0</translation>
        </message>
        <message>
            <source>Referral Desk</source>
            <translation>Referral Desk</translation>
        </message>
        <message>
            <source>Export the directory</source>
            <translation>Експорт на указателя</translation>
        </message>
        <message>
            <source>Export the directory into a folder</source>
            <translation>Експорт на указателя в папка</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Записване на {file}…</translation>
        </message>
        <message>
            <source>Writing {file}: {rows} rows</source>
            <translation>Записване на {file}: {rows} реда</translation>
        </message>
        <message>
            <source>The directory was not exported</source>
            <translation>Указателят не е изнесен</translation>
        </message>
        <message>
            <source>Exported to {path}: {organizations} organizations, {locations} locations, {services} services, {contacts} contacts.</source>
            <translation>Изнесено в {path}: {organizations} организации, {locations} места, {services} услуги, {contacts} контакта.</translation>
        </message>
        <message>
            <source>The file holds the addresses of confidential places and is marked CONFIDENTIAL. Keep it safe.</source>
            <translation>Файлът съдържа адресите на поверителни места и е отбелязан като ПОВЕРИТЕЛЕН. Пазете го.</translation>
        </message>
        <message>
            <source>The addresses of confidential places were left out.</source>
            <translation>Адресите на поверителните места са пропуснати.</translation>
        </message>
        <message>
            <source>Directory exported</source>
            <translation>Указателят е изнесен</translation>
        </message>
        <message>
            <source>Import into the directory</source>
            <translation>Импорт в указателя</translation>
        </message>
        <message>
            <source>Workbooks and HSDS files (*.xlsx *.ods *.json *.csv);;One CSV file of a folder of CSV files (*.csv)</source>
            <translation>Работни книги и HSDS файлове (*.xlsx *.ods *.json *.csv);;Един CSV файл от папка с CSV файлове (*.csv)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Четене на {file}…</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… и още {count}</translation>
        </message>
        <message>
            <source>The file was not imported</source>
            <translation>Файлът не е внесен</translation>
        </message>
        <message>
            <source>Nothing was changed. The file has these problems:</source>
            <translation>Нищо не е променено. Файлът има следните проблеми:</translation>
        </message>
        <message>
            <source>Imported {file}: {added} added, {retired} retired, {changed} changed.</source>
            <translation>Внесен е {file}: {added} добавени, {retired} премахнати, {changed} променени.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the directory</source>
            <translation>Експорт на указателя</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx) – to fill in by hand</source>
            <translation>Работна книга на Excel (.xlsx) – за попълване на ръка</translation>
        </message>
        <message>
            <source>OpenDocument workbook (.ods) – to fill in by hand</source>
            <translation>Работна книга OpenDocument (.ods) – за попълване на ръка</translation>
        </message>
        <message>
            <source>CSV files, one per sheet (a folder)</source>
            <translation>CSV файлове, по един за всеки лист (папка)</translation>
        </message>
        <message>
            <source>Open Referral HSDS 3.0, JSON (.json)</source>
            <translation>Open Referral HSDS 3.0, JSON (.json)</translation>
        </message>
        <message>
            <source>Open Referral HSDS 3.0, tabular data package (a folder)</source>
            <translation>Open Referral HSDS 3.0, табличен пакет с данни (папка)</translation>
        </message>
        <message>
            <source>Include the addresses of confidential places</source>
            <translation>Включете адресите на поверителните места</translation>
        </message>
        <message>
            <source>Shelters and crisis centres. The file is then marked CONFIDENTIAL.</source>
            <translation>Приюти и кризисни центрове. Тогава файлът се отбелязва като ПОВЕРИТЕЛЕН.</translation>
        </message>
        <message>
            <source>The file will hold the addresses of shelters. Keep it safe; do not publish it or pass it on.</source>
            <translation>Файлът ще съдържа адресите на приюти. Пазете го; не го публикувайте и не го предавайте нататък.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any country</source>
            <translation>Всички държави</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Всички видове</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Всички категории</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Всички групи</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Всички езици</translation>
        </message>
        <message numerus="yes">
            <source>Verified in the last %n month(s)</source>
            <translation>
                <numerusform>Проверено през последния %n месец</numerusform>
                <numerusform>Проверено през последните %n месеца</numerusform>
            </translation>
        </message>
        <message>
            <source>Verified any time</source>
            <translation>по всяко време</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Държава:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>&amp;Категория:</translation>
        </message>
        <message>
            <source>Po&amp;pulation:</source>
            <translation>&amp;За кого:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Език:</translation>
        </message>
        <message>
            <source>&amp;Verified:</source>
            <translation>&amp;Проверено:</translation>
        </message>
        <message>
            <source>Open &amp;now</source>
            <translation>&amp;Отворено сега</translation>
        </message>
        <message>
            <source>&amp;Around the clock</source>
            <translation>Д&amp;енонощно</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Изчисти филтрите</translation>
        </message>
        <message>
            <source>Country filter</source>
            <translation>Филтър по държава</translation>
        </message>
        <message>
            <source>Kind of record filter</source>
            <translation>Филтър по вид запис</translation>
        </message>
        <message>
            <source>Category filter</source>
            <translation>Филтър по категория</translation>
        </message>
        <message>
            <source>Population served filter</source>
            <translation>Филтър по целева група</translation>
        </message>
        <message>
            <source>Language spoken filter</source>
            <translation>Филтър по говорим език</translation>
        </message>
        <message>
            <source>Last verified filter</source>
            <translation>Филтър по дата на последна проверка</translation>
        </message>
        <message>
            <source>Only bodies reachable now</source>
            <translation>Само органи, достъпни сега</translation>
        </message>
        <message>
            <source>Only bodies reachable around the clock</source>
            <translation>Само органи, достъпни денонощно</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Изчисти всички филтри</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Всички региони</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Ре&amp;гион:</translation>
        </message>
        <message>
            <source>Region filter</source>
            <translation>Филтър по регион</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Set up Referral Desk</source>
            <translation>Първоначална настройка на Referral Desk</translation>
        </message>
        <message>
            <source>Before the first case: tell the program who your post is and where it is. Sheets print the post's name, and times on screen, on sheets and in the referral log are the post's local time. You can change all of this later under Settings.</source>
            <translation>Преди първия случай: посочете коя е вашата служба и къде се намира. Името на службата се отпечатва във формулярите, а часовете на екрана, във формулярите и в дневника на насочванията са в местното време на службата. Всичко това може да промените по-късно от „Настройки“.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Започни</translation>
        </message>
        <message>
            <source>&amp;Ask me later</source>
            <translation>Попитай ме по-&amp;късно</translation>
        </message>
    </context>
    <context>
        <name>FreshnessView</name>
        <message>
            <source>Freshness of the directory</source>
            <translation>Актуалност на указателя</translation>
        </message>
        <message>
            <source>&amp;Per:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Експорт в &amp;CSV…</translation>
        </message>
        <message>
            <source>Share of records verified within 3, 6 and 12 months</source>
            <translation>Дял на записите, проверени през последните 3, 6 и 12 месеца</translation>
        </message>
        <message numerus="yes">
            <source>within %n month(s)</source>
            <translation>
                <numerusform>до %n месец</numerusform>
                <numerusform>до %n месеца</numerusform>
            </translation>
        </message>
        <message>
            <source>{records} records; verified within 3 · 6 · 12 months: {shares}</source>
            <translation>{records} записа; проверени през последните 3 · 6 · 12 месеца: {shares}</translation>
        </message>
        <message>
            <source>Export freshness as CSV</source>
            <translation>Експорт на актуалността в CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV файлове (*.csv)</translation>
        </message>
        <message>
            <source>Cannot write the file: {error}</source>
            <translation>Файлът не може да бъде записан: {error}</translation>
        </message>
    </context>
    <context>
        <name>HappenedPage</name>
        <message>
            <source>What happened</source>
            <translation>Какво се е случило</translation>
        </message>
        <message>
            <source>Tick what you know. Press ? beside a term for its meaning.</source>
            <translation>Отбележете това, което знаете. Натиснете ? до даден термин, за да видите значението му.</translation>
        </message>
        <message>
            <source>What was done to the person (the act)</source>
            <translation>Какво е направено с лицето (действието)</translation>
        </message>
        <message>
            <source>How the person was controlled (the means)</source>
            <translation>Как е контролирано лицето (средството)</translation>
        </message>
        <message>
            <source>What for (the purpose)</source>
            <translation>С каква цел (целта)</translation>
        </message>
        <message>
            <source>For a child, the act and the purpose are enough: no means are needed.</source>
            <translation>При дете са достатъчни действието и целта: не е нужно средство.</translation>
        </message>
        <message>
            <source>Crossing a border</source>
            <translation>Преминаване на граница</translation>
        </message>
        <message>
            <source>Was moved across a &amp;border</source>
            <translation>Преведено е през &amp;граница</translation>
        </message>
        <message>
            <source>Was moved across a border</source>
            <translation>Преведено е през граница</translation>
        </message>
        <message>
            <source>Agreed to be moved across the border</source>
            <translation>Съгласило се е да бъде преведено през границата</translation>
        </message>
        <message>
            <source>Free to leave</source>
            <translation>Свободно да си тръгне</translation>
        </message>
        <message>
            <source>Smuggling</source>
            <translation>Контрабанда на мигранти</translation>
        </message>
        <message>
            <source>Agreed to the &amp;journey:</source>
            <translation>Съгласило се е с &amp;пътуването:</translation>
        </message>
        <message>
            <source>&amp;Free to leave:</source>
            <translation>&amp;Свободно да си тръгне:</translation>
        </message>
        <message>
            <source>Signs of control</source>
            <translation>Признаци на контрол</translation>
        </message>
        <message>
            <source>Identity documents taken away, or none at all</source>
            <translation>Документите за самоличност са отнети или няма никакви</translation>
        </message>
        <message>
            <source>Wages withheld</source>
            <translation>Задържано възнаграждение</translation>
        </message>
        <message>
            <source>A debt used to control the person</source>
            <translation>Дълг, чрез който лицето се контролира</translation>
        </message>
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Всички държави</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;От:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;До:</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Експорт в CSV…</translation>
        </message>
        <message>
            <source>Re&amp;store…</source>
            <translation>&amp;Възстановяване…</translation>
        </message>
        <message>
            <source>Bring the retired record back as it was</source>
            <translation>Връща оттегления запис такъв, какъвто е бил</translation>
        </message>
        <message>
            <source>&amp;Record id:</source>
            <translation>Id на &amp;запис:</translation>
        </message>
        <message>
            <source>E&amp;ditor:</source>
            <translation>Р&amp;едактор:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Държава:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Кога</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Редактор</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Преди</translation>
        </message>
        <message>
            <source>After</source>
            <translation>След</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>История на промените</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Всички</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>променен</translation>
        </message>
        <message>
            <source>created</source>
            <translation>създаден</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>оттеглен</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n промяна</numerusform>
                <numerusform>%n промени</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the change history</source>
            <translation>Експорт на историята на промените</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>{path} не може да бъде записан: {error}</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>възстановен</translation>
        </message>
    </context>
    <context>
        <name>HsdsExchange</name>
        <message>
            <source>This value was left out: {reason}.</source>
            <translation>Тази стойност е пропусната: {reason}.</translation>
        </message>
        <message>
            <source>it is not a position on the earth (latitude -90 to 90, longitude -180 to 180)</source>
            <translation>това не е място на земята (географска ширина от -90 до 90, дължина от -180 до 180)</translation>
        </message>
        <message>
            <source>a position needs both latitude and longitude</source>
            <translation>за едно място са нужни и географската ширина, и дължината</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>ред {row}</translation>
        </message>
        <message>
            <source>table {table}</source>
            <translation>таблица {table}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>поле {field}</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Файлът не съществува.</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <translation>Файлът не може да бъде прочетен: {reason}.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB, the most an import reads.</source>
            <translation>Файлът е по-голям от {limit} MB – най-много, колкото един импорт чете.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text (a wrong byte in line {line}).</source>
            <translation>Файлът не е текст в UTF-8 (грешен байт на ред {line}).</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}).</source>
            <translation>Файлът не е валиден JSON (ред {line}, колона {column}).</translation>
        </message>
        <message>
            <source>This is not HSDS data: expected organizations or services, found {found}.</source>
            <translation>Това не са данни във формат HSDS: очакваха се организации или услуги, а са открити {found}.</translation>
        </message>
        <message>
            <source>The table cannot be read as CSV: {reason}.</source>
            <translation>Таблицата не може да бъде прочетена като CSV: {reason}.</translation>
        </message>
        <message>
            <source>Columns this table needs are missing: {columns}.</source>
            <translation>Липсват колони, които тази таблица изисква: {columns}.</translation>
        </message>
        <message>
            <source>A cell is longer than {limit} characters, the most an import reads.</source>
            <translation>Клетка е по-дълга от {limit} знака – най-много, колкото един импорт чете.</translation>
        </message>
        <message>
            <source>The Referral Desk part of the file has format version {found}; this version reads version {expected}.</source>
            <translation>Частта на Referral Desk във файла е във версия на формата {found}; тази версия чете версия {expected}.</translation>
        </message>
        <message>
            <source>The value must be {expected}, not {found}.</source>
            <translation>Стойността трябва да е {expected}, а не {found}.</translation>
        </message>
        <message>
            <source>A value is needed here.</source>
            <translation>Тук е нужна стойност.</translation>
        </message>
        <message>
            <source>"{value}" is not a UUID.</source>
            <translation>„{value}“ не е UUID.</translation>
        </message>
        <message>
            <source>"{value}" is not a number.</source>
            <translation>„{value}“ не е число.</translation>
        </message>
        <message>
            <source>"{value}" is not a date (YYYY-MM-DD).</source>
            <translation>„{value}“ не е дата (ГГГГ-ММ-ДД).</translation>
        </message>
        <message>
            <source>"{value}" is not a time of day (HH:MM).</source>
            <translation>„{value}“ не е час от денонощието (ЧЧ:ММ).</translation>
        </message>
        <message>
            <source>"{value}" is not one of the allowed values: {allowed}.</source>
            <translation>„{value}“ не е сред разрешените стойности: {allowed}.</translation>
        </message>
        <message>
            <source>The id {value} is already used by another record ({other}).</source>
            <translation>Идентификаторът {value} вече се използва от друг запис ({other}).</translation>
        </message>
        <message>
            <source>No {table} in the file has the id {value}.</source>
            <translation>Във файла няма {table} с идентификатор {value}.</translation>
        </message>
        <message>
            <source>"{value}" is not a phone number Referral Desk can use: {reason}.</source>
            <translation>„{value}“ не е телефонен номер, който Referral Desk може да използва: {reason}.</translation>
        </message>
        <message>
            <source>"{value}" is not a valid e-mail address.</source>
            <translation>„{value}“ не е валиден имейл адрес.</translation>
        </message>
        <message>
            <source>"{value}" is not a web address starting with http:// or https://.</source>
            <translation>„{value}“ не е уеб адрес, започващ с http:// или https://.</translation>
        </message>
        <message>
            <source>"{value}" cannot be used: {reason}.</source>
            <translation>„{value}“ не може да се използва: {reason}.</translation>
        </message>
        <message>
            <source>The cell holds a formula (or starts with '=' like one); directory data are typed values. Replace it with its value: copy the cell, then Paste Special, values only.</source>
            <translation>Клетката съдържа формула (или започва с „=“ като формула); данните на указателя са въведени стойности. Заменете формулата със стойността ѝ: копирайте клетката, после Специално поставяне, само стойности.</translation>
        </message>
        <message>
            <source>This {table} row belongs to no organization in the file.</source>
            <translation>Този ред от {table} не принадлежи на никоя организация във файла.</translation>
        </message>
        <message>
            <source>The file does not say in which country this organization is; choose a country for the import.</source>
            <translation>Файлът не посочва в коя държава е тази организация; изберете държава за импорта.</translation>
        </message>
        <message>
            <source>The file does not say in which time zone this location is; choose a time zone for the import.</source>
            <translation>Файлът не посочва в коя часова зона е това място; изберете часова зона за импорта.</translation>
        </message>
        <message>
            <source>The imported directory does not pass the directory check: {problem}</source>
            <translation>Импортираният указател не преминава проверката на указателя: {problem}</translation>
        </message>
        <message>
            <source>Referral Desk has no place for this value; it was not imported.</source>
            <translation>В Referral Desk няма място за тази стойност; тя не е импортирана.</translation>
        </message>
        <message>
            <source>Referral Desk has no place for this column; it was not imported.</source>
            <translation>В Referral Desk няма място за тази колона; тя не е импортирана.</translation>
        </message>
        <message>
            <source>Referral Desk has no place for this table; its {count} rows were not imported.</source>
            <translation>В Referral Desk няма място за тази таблица; нейните {count} реда не са импортирани.</translation>
        </message>
        <message>
            <source>The ids of {count} rows of this table are not kept: Referral Desk numbers these parts of a record itself.</source>
            <translation>Идентификаторите на {count} реда от тази таблица не се запазват: Referral Desk сам номерира тези части на записа.</translation>
        </message>
        <message>
            <source>This {table} row was left out: {reason}.</source>
            <translation>Този ред от {table} е пропуснат: {reason}.</translation>
        </message>
        <message>
            <source>The link to {table} {value} was dropped: {reason}.</source>
            <translation>Връзката към {table} {value} е премахната: {reason}.</translation>
        </message>
        <message>
            <source>The file has no value here; the import used {value}.</source>
            <translation>Във файла тук няма стойност; импортът използва {value}.</translation>
        </message>
        <message>
            <source>Referral Desk cannot hold "{value}"; the import used {replacement}.</source>
            <translation>Referral Desk не може да съхрани „{value}“; импортът използва {replacement}.</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файлът е празен</translation>
        </message>
        <message>
            <source>a column name is repeated</source>
            <translation>име на колона се повтаря</translation>
        </message>
        <message>
            <source>the row has a different number of cells than the header</source>
            <translation>редът има различен брой клетки от заглавния ред</translation>
        </message>
        <message>
            <source>a quotation mark or a line break is out of place</source>
            <translation>кавичка или нов ред не са на мястото си</translation>
        </message>
        <message>
            <source>its status is not active, and Referral Desk lists only active services</source>
            <translation>състоянието ѝ не е „активна“, а Referral Desk съдържа само активни услуги</translation>
        </message>
        <message>
            <source>it has no street address, and Referral Desk holds only places</source>
            <translation>няма адрес, а Referral Desk съхранява само реални места</translation>
        </message>
        <message>
            <source>Referral Desk keeps no such details for what it belongs to</source>
            <translation>Referral Desk не пази такива данни за записа, към който принадлежи</translation>
        </message>
        <message>
            <source>Referral Desk keeps only weekly opening hours</source>
            <translation>Referral Desk пази само седмично работно време</translation>
        </message>
        <message>
            <source>it has no opening and closing time</source>
            <translation>няма час на отваряне и затваряне</translation>
        </message>
        <message>
            <source>opening hours need a location for their time zone</source>
            <translation>работното време изисква място заради часовата зона</translation>
        </message>
        <message>
            <source>the record it points to was left out</source>
            <translation>записът, към който сочи, е пропуснат</translation>
        </message>
        <message>
            <source>it belongs to another organization</source>
            <translation>принадлежи на друга организация</translation>
        </message>
        <message>
            <source>it is not in the file</source>
            <translation>не е във файла</translation>
        </message>
        <message>
            <source>it has the wrong length</source>
            <translation>има грешна дължина</translation>
        </message>
        <message>
            <source>no such number exists</source>
            <translation>такъв номер не съществува</translation>
        </message>
        <message>
            <source>sample data may only hold 112, 116 000, 116 111, 147 and placeholders with five zeros that cannot be dialled</source>
            <translation>примерните данни могат да съдържат само 112, 116 000, 116 111, 147 и примерни номера с пет нули, които не могат да се набират</translation>
        </message>
        <message>
            <source>it is not written as a phone number</source>
            <translation>не е записан като телефонен номер</translation>
        </message>
        <message>
            <source>it is not one of the short codes 112, 116 000, 116 111 and 147</source>
            <translation>не е от кратките номера 112, 116 000, 116 111 и 147</translation>
        </message>
        <message>
            <source>it is not an IANA time zone</source>
            <translation>не е часова зона по IANA</translation>
        </message>
        <message>
            <source>it is not a two-letter country code</source>
            <translation>не е двубуквен код на държава</translation>
        </message>
        <message>
            <source>it is not a two-letter language code</source>
            <translation>не е двубуквен код на език</translation>
        </message>
        <message>
            <source>it is not a value of the Referral Desk taxonomy</source>
            <translation>не е стойност от таксономията на Referral Desk</translation>
        </message>
        <message>
            <source>it is not the JSON this attribute holds</source>
            <translation>не е JSON-ът, който този атрибут съдържа</translation>
        </message>
        <message>
            <source>the days are not weekdays such as MO,TU</source>
            <translation>дните не са дни от седмицата като MO,TU</translation>
        </message>
        <message>
            <source>an extension is a whole number</source>
            <translation>вътрешният номер е цяло число</translation>
        </message>
        <message>
            <source>Referral Desk keeps when a record was last verified, not its history of changes</source>
            <translation>Referral Desk пази кога записът е проверен за последно, а не историята на промените му</translation>
        </message>
        <message>
            <source>Referral Desk keeps one address per location</source>
            <translation>Referral Desk пази по един адрес за всяко място</translation>
        </message>
        <message>
            <source>it repeats less often than every week</source>
            <translation>повтаря се по-рядко от всяка седмица</translation>
        </message>
        <message>
            <source>Referral Desk keeps two-letter language codes (ISO 639-1)</source>
            <translation>Referral Desk пази двубуквени кодове на езици (ISO 639-1)</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>списък</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>обект</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>„да“ или „не“ (true/false)</translation>
        </message>
        <message>
            <source>nothing (null)</source>
            <translation>нищо (null)</translation>
        </message>
        <message>
            <source>a taxonomy term</source>
            <translation>термин от таксономия</translation>
        </message>
        <message>
            <source>no organizations</source>
            <translation>никакви организации</translation>
        </message>
        <message>
            <source>no HSDS tables</source>
            <translation>никакви таблици на HSDS</translation>
        </message>
        <message>
            <source>The address of this confidential location was left out when the file was exported, and this location is new here; a Referral Desk directory needs it. Import a file exported with confidential addresses.</source>
            <translation>Адресът на това поверително място е пропуснат при износа на файла, а мястото е ново тук; указателят на Referral Desk се нуждае от него. Внесете файл, изнесен с поверителните адреси.</translation>
        </message>
        <message>
            <source>"{value}" is neither an id nor a short key without spaces.</source>
            <translation>„{value}“ не е нито идентификатор, нито кратък ключ без интервали.</translation>
        </message>
        <message>
            <source>The sheet {table} is missing or has no rows; the import needs it.</source>
            <translation>Листът {table} липсва или няма редове; импортът се нуждае от него.</translation>
        </message>
        <message>
            <source>The address of this confidential location was left out of the file; the import keeps the address already held here.</source>
            <translation>Адресът на това поверително място е пропуснат във файла; импортът запазва адреса, който вече се пази тук.</translation>
        </message>
        <message>
            <source>it is not a workbook of this kind, or it is damaged</source>
            <translation>не е работна книга от този вид или е повреден</translation>
        </message>
        <message>
            <source>a verification note is at most 2,000 characters</source>
            <translation>бележката към проверката е най-много 2000 знака</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>The key statement is signed with key {key_id}, which has been revoked. Nothing was changed.</source>
            <translation>Изявлението за ключ е подписано с ключ {key_id}, който е отменен. Нищо не е променено.</translation>
        </message>
        <message>
            <source>This is not a minisign public key. Choose the .pub file the publisher gave you.</source>
            <translation>Това не е публичен ключ на minisign. Изберете файла .pub, който сте получили от издателя.</translation>
        </message>
        <message>
            <source>This is not a minisign secret key. Choose the .key file made with your key pair.</source>
            <translation>Това не е таен ключ на minisign. Изберете файла .key, създаден заедно с вашата двойка ключове.</translation>
        </message>
        <message>
            <source>The signature is missing or damaged. Get the signed file again from its publisher.</source>
            <translation>Подписът липсва или е повреден. Вземете подписания файл отново от издателя му.</translation>
        </message>
        <message>
            <source>The key or signature uses a method Referral Desk does not support ({what}). Use an Ed25519 key made with minisign or Referral Desk.</source>
            <translation>Ключът или подписът използва метод, който Referral Desk не поддържа ({what}). Използвайте ключ Ed25519, създаден с minisign или Referral Desk.</translation>
        </message>
        <message>
            <source>The secret key asks for more memory to unlock than Referral Desk allows. Make a new key pair with Referral Desk or minisign.</source>
            <translation>Отключването на тайния ключ изисква повече памет, отколкото Referral Desk позволява. Създайте нова двойка ключове с Referral Desk или minisign.</translation>
        </message>
        <message>
            <source>The passphrase does not unlock this secret key. Type it again.</source>
            <translation>Паролата не отключва този таен ключ. Въведете я отново.</translation>
        </message>
        <message>
            <source>The secret key file is damaged. Restore it from your backup copy.</source>
            <translation>Файлът с тайния ключ е повреден. Възстановете го от резервното си копие.</translation>
        </message>
        <message>
            <source>The signature was made with key {signed_with}, not with key {expected}. Check that you use the right public key.</source>
            <translation>Подписът е направен с ключ {signed_with}, а не с ключ {expected}. Проверете дали използвате правилния публичен ключ.</translation>
        </message>
        <message>
            <source>The signature does not match the signed content: it was changed or damaged after signing. Do not use it; get it again from its publisher.</source>
            <translation>Подписът не съответства на подписаното съдържание: то е променено или повредено след подписването. Не го използвайте; вземете го отново от издателя му.</translation>
        </message>
        <message>
            <source>A comment must be one line of printable text of at most {limit} bytes. Shorten it.</source>
            <translation>Коментарът трябва да е един ред четим текст от най-много {limit} байта. Съкратете го.</translation>
        </message>
        <message>
            <source>The list of trusted keys {file} is damaged. Restore it from a backup or reinstall Referral Desk.</source>
            <translation>Списъкът с доверени ключове {file} е повреден. Възстановете го от резервно копие или инсталирайте Referral Desk отново.</translation>
        </message>
        <message>
            <source>Key {key_id} is already trusted, for {publisher}. Nothing was changed.</source>
            <translation>Ключ {key_id} вече е сред доверените – за {publisher}. Нищо не е променено.</translation>
        </message>
        <message>
            <source>“{publisher}” cannot name a publisher: use lower-case letters, digits and hyphens.</source>
            <translation>„{publisher}“ не може да бъде име на издател: използвайте малки латински букви, цифри и тирета.</translation>
        </message>
        <message>
            <source>Give the countries the publisher is responsible for as two-letter codes, such as AT.</source>
            <translation>Посочете държавите, за които отговаря издателят, с двубуквени кодове, например AT.</translation>
        </message>
        <message>
            <source>This is not a key statement of a publisher, or it is damaged. Ask your national coordinator for it again.</source>
            <translation>Това не е изявление на издател за ключове или е повредено. Поискайте го отново от националния си координатор.</translation>
        </message>
        <message>
            <source>The key statement is signed with key {key_id}, which this post does not trust. Nothing was changed.</source>
            <translation>Изявлението за ключове е подписано с ключ {key_id}, на който тази служба няма доверие. Нищо не е променено.</translation>
        </message>
        <message>
            <source>The signature does not match the key statement: it was changed or damaged. Do not use it; ask your national coordinator for it again.</source>
            <translation>Подписът не съответства на изявлението за ключове: то е променено или повредено. Не го използвайте; поискайте го отново от националния си координатор.</translation>
        </message>
        <message>
            <source>Key {signer} may not change key {key_id}. Do not use this statement; tell your national coordinator.</source>
            <translation>Ключ {signer} няма право да променя ключ {key_id}. Не използвайте това изявление; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The key statement names key {key_id} as the new key, but that key has been revoked. Do not use it; tell your national coordinator.</source>
            <translation>Изявлението за ключове посочва ключ {key_id} като нов ключ, но този ключ е отменен. Не го използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>{file} already exists, and a key is never overwritten. Choose another file name or move the old key away first.</source>
            <translation>{file} вече съществува, а ключ никога не се презаписва. Изберете друго име на файла или първо преместете стария ключ.</translation>
        </message>
        <message>
            <source>Choose a passphrase: the secret key is always stored encrypted with one.</source>
            <translation>Изберете парола: тайният ключ винаги се съхранява шифриран с парола.</translation>
        </message>
        <message>
            <source>{file} cannot be read. Check the file name and that the file is there.</source>
            <translation>{file} не може да бъде прочетен. Проверете името на файла и дали файлът е там.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import into the directory</source>
            <translation>Импорт в указателя</translation>
        </message>
        <message>
            <source>&amp;Apply import</source>
            <translation>&amp;Приложи импорта</translation>
        </message>
        <message>
            <source>&amp;Keep the records this file does not hold (add and update only)</source>
            <translation>&amp;Запази записите, които този файл не съдържа (само добавяне и обновяване)</translation>
        </message>
        <message>
            <source>The file's organizations are added, or replace those with the same id; every other record stays as it is.</source>
            <translation>Организациите от файла се добавят или заменят тези със същия идентификатор; всички останали записи остават както са.</translation>
        </message>
        <message>
            <source>The file holds {held} organizations; the directory already has {count} in {countries}.</source>
            <translation>Файлът съдържа {held} организации; указателят вече има {count} за {countries}.</translation>
        </message>
        <message>
            <source>As that is fewer than half, the records it does not hold are kept; untick the box below to replace them all.</source>
            <translation>Тъй като това е по-малко от половината, записите, които файлът не съдържа, се запазват; махнете отметката по-долу, за да бъдат заменени всички.</translation>
        </message>
        <message>
            <source>Import from {file}</source>
            <translation>Импорт от {file}</translation>
        </message>
        <message>
            <source>Read: {organizations} organizations, {locations} locations, {services} services, {contacts} contacts.</source>
            <translation>Прочетени: {organizations} организации, {locations} места, {services} услуги, {contacts} контакта.</translation>
        </message>
        <message>
            <source>The records of {countries} are replaced by the file's; the other countries stay as they are.</source>
            <translation>Записите за {countries} се заменят с тези от файла; другите държави остават както са.</translation>
        </message>
        <message>
            <source>The file holds the addresses of confidential places.</source>
            <translation>Файлът съдържа адресите на поверителни места.</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>След импорта</translation>
        </message>
        <message>
            <source>The import changes nothing in the directory.</source>
            <translation>Импортът не променя нищо в указателя.</translation>
        </message>
        <message>
            <source>What the directory cannot hold, or filled in ({count})</source>
            <translation>Какво указателят не може да съхрани или е допълнено ({count})</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… и още {count}</translation>
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <source>Referral log</source>
            <translation>Дневник на насочванията</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Насочвания</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Reference, post, caseworker or body</source>
            <translation>Номер, служба, служител или орган</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>Children and adults</source>
            <translation>Деца и възрастни</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Деца</translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Възрастни</translation>
        </message>
        <message>
            <source>Any case type</source>
            <translation>Всички видове случаи</translation>
        </message>
        <message>
            <source>Any follow-up</source>
            <translation>Всяко проследяване</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Стъпка</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Орган</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Проследяване</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Обратна връзка</translation>
        </message>
        <message>
            <source>&amp;Consent:</source>
            <translation>&amp;Съгласие:</translation>
        </message>
        <message>
            <source>A body can be marked referred only once the person has agreed.</source>
            <translation>Орган може да бъде отбелязан като „насочен“ едва след като лицето е дало съгласие.</translation>
        </message>
        <message>
            <source>Save follow-up</source>
            <translation>Запиши проследяването</translation>
        </message>
        <message>
            <source>Reprint sheet…</source>
            <translation>Отпечатай формуляра отново…</translation>
        </message>
        <message>
            <source>Save sheet as PDF…</source>
            <translation>Запиши формуляра като PDF…</translation>
        </message>
        <message>
            <source>Not referred</source>
            <translation>Не е насочено</translation>
        </message>
        <message>
            <source>The person has not agreed to be referred (consent: %1). Ask first and record the consent; until then no body is marked referred.</source>
            <translation>Лицето не е дало съгласие да бъде насочено (съгласие: %1). Първо попитайте и запишете съгласието; дотогава нито един орган не се отбелязва като „насочен“.</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Групирано по</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Стойност</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Брой</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обнови</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Експорт в CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s). No names, references or caseworkers are counted.</source>
            <translation>
                <numerusform>%n насочване. Не се броят имена, номера или служители.</numerusform>
                <numerusform>%n насочвания. Не се броят имена, номера или служители.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Експорт на статистиката</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлове CSV (*.csv)</translation>
        </message>
        <message>
            <source>The file was not saved</source>
            <translation>Файлът не беше записан</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>Print directory &amp;booklet</source>
            <translation>Печат на указателя като &amp;брошура</translation>
        </message>
        <message>
            <source>Print contact &amp;card</source>
            <translation>Печат на &amp;карта за контакт</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Пре&amp;глед…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печат…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Запиши като P&amp;DF…</translation>
        </message>
        <message>
            <source>A paper directory of a country, region, category or your favourites</source>
            <translation>Указател на хартия за държава, област, категория или любимите ви</translation>
        </message>
        <message>
            <source>The record shown, on one card</source>
            <translation>Показаният запис на една карта</translation>
        </message>
        <message>
            <source>Referral &amp;log…</source>
            <translation>&amp;Дневник на насочванията…</translation>
        </message>
        <message>
            <source>Referrals kept from printed sheets: follow-up, reprint, statistics</source>
            <translation>Насочвания, запазени от отпечатани формуляри: проследяване, повторен печат, статистика</translation>
        </message>
        <message>
            <source>The directory booklet was saved.</source>
            <translation>Брошурата с указателя е запазена.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Show or hide the filters</source>
            <translation>Показване или скриване на филтрите</translation>
        </message>
        <message>
            <source>F&amp;ilters (%1)</source>
            <translation>&amp;Филтри (%1)</translation>
        </message>
        <message>
            <source>F&amp;ilters</source>
            <translation>&amp;Филтри</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Основна лента с инструменти</translation>
        </message>
        <message>
            <source>Emergency and 24-hour numbers, and who answers now, for your post's countries</source>
            <translation>Спешни и денонощни номера и кой отговаря сега, за страните на вашата служба</translation>
        </message>
        <message>
            <source>C&amp;all now…</source>
            <translation>&amp;Обадете се сега…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Възстановяване от резервно копие…</translation>
        </message>
        <message>
            <source>Bring back a backup of the database: the referral log and the directory</source>
            <translation>Възстановява резервно копие на базата данни: дневника на насочванията и указателя</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Резервното копие е възстановено.</translation>
        </message>
        <message>
            <source>Referral Desk</source>
            <translation>Referral Desk</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>ПРИМЕРНИ ДАННИ – не са за реална работа</translation>
        </message>
        <message>
            <source>Warning: the loaded directory is sample data</source>
            <translation>Внимание: зареденият указател съдържа примерни данни</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Търсене:</translation>
        </message>
        <message>
            <source>Name, acronym, city or phone number – in any script</source>
            <translation>Име, съкращение, град или телефон – на всяка азбука</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Търсене в указателя</translation>
        </message>
        <message>
            <source>Results update as you type. Arrows move, Enter opens, Escape clears.</source>
            <translation>Резултатите се обновяват, докато пишете. Стрелките местят, Enter отваря, Escape изчиства.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Резултати от търсенето</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Търси</translation>
        </message>
        <message>
            <source>&amp;New referral…</source>
            <translation>&amp;Ново насочване…</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Копирай данните</translation>
        </message>
        <message>
            <source>Export &amp;vCard…</source>
            <translation>Експорт като &amp;vCard…</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>&amp;Закачи</translation>
        </message>
        <message>
            <source>Show &amp;address</source>
            <translation>Покажи &amp;адреса</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Favourites</source>
            <translation>&amp;Любими</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>Изчисти &amp;филтрите</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;About Referral Desk</source>
            <translation>&amp;За Referral Desk</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Изход</translation>
        </message>
        <message>
            <source>Copy the record's name and every way to reach it as plain text</source>
            <translation>Копира името на записа и всички начини за връзка като обикновен текст</translation>
        </message>
        <message>
            <source>Pin or unpin this record in your favourites</source>
            <translation>Закачва или откача този запис от любимите</translation>
        </message>
        <message>
            <source>Show pinned records instead of search results</source>
            <translation>Показва закачените записи вместо резултатите</translation>
        </message>
        <message>
            <source>Show the confidential address of a shelter or crisis centre</source>
            <translation>Показва поверителния адрес на приют или кризисен център</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редактиране</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Запис</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Изглед</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Помощ</translation>
        </message>
        <message>
            <source>Loading the directory…</source>
            <translation>Указателят се зарежда…</translation>
        </message>
        <message numerus="yes">
            <source>First %n results shown – type more to narrow the search</source>
            <translation>
                <numerusform>Показан е първият %n резултат – пишете още, за да стесните търсенето</numerusform>
                <numerusform>Показани са първите %n резултата – пишете още, за да стесните търсенето</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n резултат</numerusform>
                <numerusform>%n резултата</numerusform>
            </translation>
        </message>
        <message>
            <source>That record is no longer in the directory.</source>
            <translation>Този запис вече не е в указателя.</translation>
        </message>
        <message>
            <source>Pinned to your favourites.</source>
            <translation>Закачено в любимите.</translation>
        </message>
        <message>
            <source>Removed from your favourites.</source>
            <translation>Премахнато от любимите.</translation>
        </message>
        <message>
            <source>{name} – no longer in the directory</source>
            <translation>{name} – вече не е в указателя</translation>
        </message>
        <message>
            <source>Details copied to the clipboard.</source>
            <translation>Данните са копирани в клипборда.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Записано: {path}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Cannot save the settings: {error}</source>
            <translation>Настройките не могат да бъдат записани: {error}</translation>
        </message>
        <message>
            <source>For&amp;ward</source>
            <translation>Нап&amp;ред</translation>
        </message>
        <message>
            <source>Sort by reac&amp;hable now</source>
            <translation>Подреди по „&amp;достъпни сега“</translation>
        </message>
    </context>
    <context>
        <name>Pathway</name>
        <message>
            <source>Referral pathway</source>
            <translation>Път на насочване</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Защо</translation>
        </message>
        <message>
            <source>No body for this role in the directory</source>
            <translation>В указателя няма орган с тази роля</translation>
        </message>
        <message>
            <source>No body on this pathway can be reached right now.</source>
            <translation>В момента никой орган по този път не е достъпен.</translation>
        </message>
        <message>
            <source>Rules version</source>
            <translation>Версия на правилата</translation>
        </message>
        <message>
            <source>Not suggested, because…</source>
            <translation>Не се предлагат, защото…</translation>
        </message>
        <message>
            <source>No body for this step can be reached now: call 112 or the police.</source>
            <translation>Сега не може да се достигне никой орган за тази стъпка: обадете се на 112 или на полицията.</translation>
        </message>
        <message>
            <source>The person's region is not known and only regional bodies play this role: enter the region to see the one responsible there.</source>
            <translation>Регионът на лицето не е известен, а тази роля се изпълнява само от регионални органи: въведете региона, за да видите отговорния там орган.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>The age is right: set the age group</source>
            <translation>Възрастта е вярна: задай възрастовата група</translation>
        </message>
        <message>
            <source>The age group is right: clear the age</source>
            <translation>Възрастовата група е вярна: изтрий възрастта</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>Лицето</translation>
        </message>
        <message>
            <source>Only what changes the referral. Never enter a name or other identifying details.</source>
            <translation>Само това, което променя насочването. Никога не въвеждайте име или други идентифициращи данни.</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Age in years</source>
            <translation>Възраст в години</translation>
        </message>
        <message>
            <source>Child (under 18)</source>
            <translation>Дете (под 18 години)</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Възрастен</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Възрастова група</translation>
        </message>
        <message>
            <source>Age &amp;uncertain, and there are reasons to believe this is a child</source>
            <translation>Възрастта е &amp;неясна и има основания да се смята, че е дете</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Жена</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мъж</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>A child &amp;without a parent or carer</source>
            <translation>Дете &amp;без родител или настойник</translation>
        </message>
        <message>
            <source>Seeks as&amp;ylum (international protection)</source>
            <translation>Търси &amp;убежище (международна закрила)</translation>
        </message>
        <message>
            <source>Foreign national without a right to &amp;stay</source>
            <translation>Чужденец без право на &amp;пребиваване</translation>
        </message>
        <message>
            <source>Languages the person speaks</source>
            <translation>Езици, които лицето говори</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Възраст:</translation>
        </message>
        <message>
            <source>Age &amp;group:</source>
            <translation>Възрастова &amp;група:</translation>
        </message>
        <message>
            <source>G&amp;ender:</source>
            <translation>&amp;Пол:</translation>
        </message>
        <message>
            <source>&amp;Nationality:</source>
            <translation>&amp;Гражданство:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Езици:</translation>
        </message>
        <message>
            <source>Age %1 is under 18, but “%2” is chosen. Which is right?</source>
            <translation>Възраст %1 е под 18 години, но е избрано „%2“. Кое е вярно?</translation>
        </message>
        <message>
            <source>A &amp;child, aged %1</source>
            <translation>&amp;Дете на %1 години</translation>
        </message>
        <message>
            <source>Age %1 is 18 or over, but “%2” is chosen. Which is right?</source>
            <translation>Възраст %1 е 18 или повече години, но е избрано „%2“. Кое е вярно?</translation>
        </message>
        <message>
            <source>An a&amp;dult, aged %1</source>
            <translation>Пъ&amp;лнолетен на %1 години</translation>
        </message>
        <message>
            <source>“%1”, age not &amp;known</source>
            <translation>„%1“, възрас&amp;тта е неизвестна</translation>
        </message>
        <message>
            <source>The age is my &amp;estimate</source>
            <translation>Възрастта е моя &amp;оценка</translation>
        </message>
        <message>
            <source>A child with an adult who is not a verified parent or carer</source>
            <translation>Дете с възрастен, който не е проверен родител или полагащ грижи</translation>
        </message>
        <message>
            <source>e.g. Bulgarian, Romani</source>
            <translation>напр. български, ромски</translation>
        </message>
        <message>
            <source>Add a language</source>
            <translation>Добавяне на език</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Languages</source>
            <translation>Езици</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Последна проверка</translation>
        </message>
        <message>
            <source>Liaison contact for</source>
            <translation>Лице за връзка с</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Партньор</translation>
        </message>
        <message>
            <source>CONFIDENTIAL – do not pass this address on or store it with the case</source>
            <translation>ПОВЕРИТЕЛНО – не предавайте този адрес и не го съхранявайте към случая</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>Older than %n month(s) – check the details before you refer.</source>
            <translation>
                <numerusform>По-старо от %n месец – проверете данните, преди да насочите.</numerusform>
                <numerusform>По-старо от %n месеца – проверете данните, преди да насочите.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostProfileForm</name>
        <message>
            <source>Give the post's name: it is printed on every sheet.</source>
            <translation>Въведете името на службата: то се отпечатва на всеки формуляр.</translation>
        </message>
        <message>
            <source>Pick the country where the post is from the list.</source>
            <translation>Изберете от списъка държавата, в която се намира службата.</translation>
        </message>
        <message>
            <source>Pick the country the post represents from the list.</source>
            <translation>Изберете от списъка държавата, която службата представлява.</translation>
        </message>
        <message>
            <source>The time zone is not known. Pick one from the list, e.g. Europe/Sofia.</source>
            <translation>Часовата зона не е известна. Изберете от списъка, напр. Europe/Sofia.</translation>
        </message>
        <message>
            <source>None (police, border post, NGO)</source>
            <translation>Никоя (полиция, граничен пункт, НПО)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Език:</translation>
        </message>
        <message>
            <source>Language of the program</source>
            <translation>Език на програмата</translation>
        </message>
        <message>
            <source>Post &amp;name:</source>
            <translation>&amp;Име на службата:</translation>
        </message>
        <message>
            <source>Name of the post</source>
            <translation>Име на службата</translation>
        </message>
        <message>
            <source>&amp;Kind of post:</source>
            <translation>Вид на с&amp;лужбата:</translation>
        </message>
        <message>
            <source>Kind of post</source>
            <translation>Вид на службата</translation>
        </message>
        <message>
            <source>&amp;Represents:</source>
            <translation>&amp;Представлява:</translation>
        </message>
        <message>
            <source>Country the post represents, e.g. as its embassy or consulate</source>
            <translation>Държава, която службата представлява, напр. като неин посолство или консулство</translation>
        </message>
        <message>
            <source>&amp;Country where it is:</source>
            <translation>&amp;Държава на службата:</translation>
        </message>
        <message>
            <source>Country where the post is</source>
            <translation>Държава, в която се намира службата</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Ре&amp;гион:</translation>
        </message>
        <message>
            <source>Region where the post is</source>
            <translation>Област, в която се намира службата</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Часова зона:</translation>
        </message>
        <message>
            <source>Time zone of the post</source>
            <translation>Часова зона на службата</translation>
        </message>
        <message>
            <source>e.g. Consulate General of Bulgaria, Vienna</source>
            <translation>напр. Генерално консулство на България във Виена</translation>
        </message>
        <message>
            <source>e.g. BG</source>
            <translation>напр. BG</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>Save as PDF</source>
            <translation>Запиши като PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF документи (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved</source>
            <translation>PDF файлът не беше записан</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Избор…</translation>
        </message>
        <message>
            <source>e.g. at-coordinator</source>
            <translation>напр. at-coordinator</translation>
        </message>
        <message>
            <source>e.g. AT (empty: the countries of your key)</source>
            <translation>напр. AT (празно: държавите на вашия ключ)</translation>
        </message>
        <message>
            <source>Secret &amp;key file:</source>
            <translation>Файл с таен &amp;ключ:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Парола:</translation>
        </message>
        <message>
            <source>P&amp;ublisher id:</source>
            <translation>Id на &amp;издателя:</translation>
        </message>
        <message>
            <source>&amp;Countries:</source>
            <translation>&amp;Държави:</translation>
        </message>
        <message>
            <source>&amp;Sequence number:</source>
            <translation>&amp;Пореден номер:</translation>
        </message>
        <message>
            <source>Posts warn after (&amp;days):</source>
            <translation>Службите предупреждават след (&amp;дни):</translation>
        </message>
        <message>
            <source>Release notes in {language}</source>
            <translation>Бележки към изданието на {language}</translation>
        </message>
        <message>
            <source>Release &amp;notes:</source>
            <translation>&amp;Бележки към изданието:</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>Запис &amp;като:</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;Публикуване</translation>
        </message>
        <message>
            <source>Publish a directory update</source>
            <translation>Публикуване на обновяване на указателя</translation>
        </message>
        <message>
            <source>Your secret key</source>
            <translation>Вашият таен ключ</translation>
        </message>
        <message>
            <source>minisign secret keys (*.key)</source>
            <translation>Тайни ключове на minisign (*.key)</translation>
        </message>
        <message>
            <source>Save the update as</source>
            <translation>Запис на обновяването като</translation>
        </message>
        <message>
            <source>Choose your key, say who publishes and where to save the update.</source>
            <translation>Изберете ключа си, посочете кой публикува и къде да се запише обновяването.</translation>
        </message>
        <message>
            <source>Write the release notes at least in English.</source>
            <translation>Напишете бележките към изданието поне на английски.</translation>
        </message>
        <message>
            <source>This database does not know your key: name your countries.</source>
            <translation>Тази база данни не познава вашия ключ: посочете държавите си.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>{path} не може да бъде записан: {error}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Последна проверка</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Линия</translation>
        </message>
        <message>
            <source>Pathway steps</source>
            <translation>Стъпки в насочването</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Сигнали</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 часа</translation>
        </message>
        <message>
            <source>emergency</source>
            <translation>спешна</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никога</translation>
        </message>
    </context>
    <context>
        <name>QueuePlurals</name>
        <message numerus="yes">
            <source>%n correction(s)</source>
            <translation>
                <numerusform>%n корекция</numerusform>
                <numerusform>%n корекции</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueWindow</name>
        <message>
            <source>Wrong:</source>
            <translation>Грешно:</translation>
        </message>
        <message>
            <source>Found:</source>
            <translation>Установено:</translation>
        </message>
        <message>
            <source>Verification queue</source>
            <translation>Опашка за проверка</translation>
        </message>
        <message>
            <source>&amp;Due when not verified for:</source>
            <translation>&amp;За проверка, ако не е проверявано от:</translation>
        </message>
        <message>
            <source> months</source>
            <translation> месеца</translation>
        </message>
        <message>
            <source>Records due for a check</source>
            <translation>Записи за проверка</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Как:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Бележка:</translation>
        </message>
        <message>
            <source>What the call found; for “changed”, what changed</source>
            <translation>Какво показа обаждането; при „променено“ – какво се е променило</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Проверено &amp;от:</translation>
        </message>
        <message>
            <source>&amp;Confirmed</source>
            <translation>&amp;Потвърдено</translation>
        </message>
        <message>
            <source>Chan&amp;ged</source>
            <translation>Пром&amp;енено</translation>
        </message>
        <message>
            <source>&amp;Unreachable</source>
            <translation>&amp;Недостъпно</translation>
        </message>
        <message>
            <source>Everything is as written: it counts as verified today</source>
            <translation>Всичко е както е записано: счита се за проверено днес</translation>
        </message>
        <message>
            <source>Something changed: say what in the note; edit the record</source>
            <translation>Нещо се е променило: посочете какво в бележката; редактирайте записа</translation>
        </message>
        <message>
            <source>Nobody answered: it stays in the queue</source>
            <translation>Никой не отговори: остава в опашката</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) due</source>
            <translation>
                <numerusform>%n запис за проверка</numerusform>
                <numerusform>%n записа за проверка</numerusform>
            </translation>
        </message>
        <message>
            <source>No record is due.</source>
            <translation>Няма записи за проверка.</translation>
        </message>
        <message>
            <source>never verified</source>
            <translation>никога не е проверявано</translation>
        </message>
        <message>
            <source>Last verified: {date}</source>
            <translation>Последна проверка: {date}</translation>
        </message>
        <message>
            <source>Last check {date}: {outcome}</source>
            <translation>Последен опит {date}: {outcome}</translation>
        </message>
        <message>
            <source>No phone number recorded</source>
            <translation>Няма записан телефонен номер</translation>
        </message>
        <message>
            <source>Corrections from posts</source>
            <translation>Корекции от службите</translation>
        </message>
        <message>
            <source>Say who checked it.</source>
            <translation>Посочете кой е проверил.</translation>
        </message>
        <message>
            <source>Say in the note what changed.</source>
            <translation>Посочете в бележката какво се е променило.</translation>
        </message>
        <message>
            <source>Nothing recorded: the change was not saved.</source>
            <translation>Нищо не е записано: промяната не беше запазена.</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;Reason for the change:</source>
            <translation>&amp;Причина за промяната:</translation>
        </message>
        <message>
            <source>New record: {kind}</source>
            <translation>Нов запис: {kind}</translation>
        </message>
        <message>
            <source>Edit {kind}: {name}</source>
            <translation>Редактиране ({kind}): {name}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Own name</source>
            <translation>Собствено име</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Други имена</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Телефони</translation>
        </message>
        <message>
            <source>Time zone (IANA)</source>
            <translation>Часова зона (IANA)</translation>
        </message>
        <message>
            <source>Confidential address</source>
            <translation>Поверителен адрес</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Географска ширина</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Географска дължина</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Работно време</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Кой може да го ползва</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>Как да се насочи</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Роли</translation>
        </message>
        <message>
            <source>Populations served</source>
            <translation>Обслужвани групи</translation>
        </message>
        <message>
            <source>Referral methods</source>
            <translation>Начини на насочване</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Езици</translation>
        </message>
        <message>
            <source>Youngest age served</source>
            <translation>Най-ниска възраст</translation>
        </message>
        <message>
            <source>Oldest age served</source>
            <translation>Най-висока възраст</translation>
        </message>
        <message>
            <source>Genders served</source>
            <translation>Обслужван пол</translation>
        </message>
        <message>
            <source>Nationality status</source>
            <translation>Статус по гражданство</translation>
        </message>
        <message>
            <source>Serves nationals of</source>
            <translation>Обслужва граждани на</translation>
        </message>
        <message>
            <source>Service areas</source>
            <translation>Обслужвани райони</translation>
        </message>
        <message>
            <source>Open day and night</source>
            <translation>Денонощно</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Уеб страница</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>Liaison contact</source>
            <translation>Контакт за връзка</translation>
        </message>
        <message>
            <source>Counterpart country</source>
            <translation>Държава на партньора</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Вътрешен номер</translation>
        </message>
        <message>
            <source>Short code in</source>
            <translation>Кратък номер в</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>Заместител</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Повтаря се</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Отваря</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Затваря</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <source>Address line 2</source>
            <translation>Адрес, ред 2</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Град</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Пощенски код</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Език</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation>Целият запис</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Място</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <source>Counterpart contact</source>
            <translation>Контакт на партньора</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Места</translation>
        </message>
        <message>
            <source>Parent organization</source>
            <translation>Организация майка</translation>
        </message>
    </context>
    <context>
        <name>RecordExport</name>
        <message>
            <source>Export vCard</source>
            <translation>Експорт като vCard</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Файлове vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Cannot write the file: {error}</source>
            <translation>Файлът не може да бъде записан: {error}</translation>
        </message>
    </context>
    <context>
        <name>RecordNotes</name>
        <message>
            <source>Your &amp;note (stays at this post; never printed or sent):</source>
            <translation>Ваша &amp;бележка (остава в тази служба; никога не се отпечатва и не се изпраща):</translation>
        </message>
        <message>
            <source>e.g. ask for the duty officer</source>
            <translation>напр. потърсете дежурния служител</translation>
        </message>
        <message>
            <source>Your own note on this record</source>
            <translation>Вашата собствена бележка за този запис</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Запазване на бележката</translation>
        </message>
    </context>
    <context>
        <name>ReferralTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Служба</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Child/adult</source>
            <translation>Дете/възрастен</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Вид случай</translation>
        </message>
        <message>
            <source>Bodies (answered)</source>
            <translation>Органи (отговорили)</translation>
        </message>
    </context>
    <context>
        <name>ReferralWizard</name>
        <message>
            <source>Referral pathway</source>
            <translation>Път на насочване</translation>
        </message>
    </context>
    <context>
        <name>RestoreChoice</name>
        <message>
            <source>Restore from backup</source>
            <translation>Възстановяване от резервно копие</translation>
        </message>
        <message>
            <source>Bring back which backup? The database as it is now is kept next to it, renamed; changes made since the backup are not in it.</source>
            <translation>Кое резервно копие да бъде възстановено? Базата данни в сегашния ѝ вид се запазва до него под друго име; промените след резервното копие не са в него.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Резервни копия, най-новите първи</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>No step needs to be taken at once.</source>
            <translation>Няма стъпка, която трябва да се предприеме веднага.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сега</translation>
        </message>
        <message>
            <source>Referral pathway</source>
            <translation>Път на насочване</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Стъпка</translation>
        </message>
        <message>
            <source>Reachable now</source>
            <translation>Достъпен сега</translation>
        </message>
        <message>
            <source>Steps of the pathway</source>
            <translation>Стъпки на пътя</translation>
        </message>
        <message>
            <source>&amp;Copy pathway as text</source>
            <translation>&amp;Копирай пътя като текст</translation>
        </message>
        <message>
            <source>&amp;Open in main window</source>
            <translation>&amp;Отвори в главния прозорец</translation>
        </message>
        <message>
            <source>&amp;Start over</source>
            <translation>&amp;Започни отначало</translation>
        </message>
        <message>
            <source>&amp;Print sheet</source>
            <translation>&amp;Печат на формуляра</translation>
        </message>
        <message>
            <source>Print the referral sheet</source>
            <translation>Печат на формуляра за насочване</translation>
        </message>
        <message>
            <source>Ways to print the referral sheet</source>
            <translation>Начини за печат на формуляра за насочване</translation>
        </message>
        <message>
            <source>Pre&amp;view sheet…</source>
            <translation>Пре&amp;глед на формуляра…</translation>
        </message>
        <message>
            <source>&amp;Print sheet…</source>
            <translation>&amp;Печат на формуляра…</translation>
        </message>
        <message>
            <source>Save sheet as P&amp;DF…</source>
            <translation>Запиши формуляра като P&amp;DF…</translation>
        </message>
        <message>
            <source>Referral log</source>
            <translation>Дневник на насочванията</translation>
        </message>
        <message>
            <source>The rule files have problems; the last good rules are used. Tell your coordinator:
%1</source>
            <translation>Файловете с правила имат проблеми; използват се последните изправни правила. Съобщете на координатора си:
%1</translation>
        </message>
        <message>
            <source>No pathway can be made: the rule files cannot be used.</source>
            <translation>Не може да бъде съставен път: файловете с правила не могат да се използват.</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Защо: %1</translation>
        </message>
        <message>
            <source>Saved in the referral log as %1. Mark each body as referred there once you have referred the person.</source>
            <translation>Записано в дневника на насочванията като %1. Отбележете там всеки орган като „насочен“, след като насочите лицето.</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Reachable now</source>
            <translation>Достъпен сега</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>placeholder</source>
            <translation>примерен</translation>
        </message>
    </context>
    <context>
        <name>SearchFeedback</name>
        <message numerus="yes">
            <source>published {date}, %n day(s) ago</source>
            <translation>
                <numerusform>публикуван на {date}, преди %n ден</numerusform>
                <numerusform>публикуван на {date}, преди %n дни</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>published {date}, %n month(s) ago</source>
            <translation>
                <numerusform>публикуван на {date}, преди %n месец</numerusform>
                <numerusform>публикуван на {date}, преди %n месеца</numerusform>
            </translation>
        </message>
        <message>
            <source>The directory is older than the age you set for stale records: ask for an update and check numbers before you refer.</source>
            <translation>Указателят е по-стар от срока, който сте задали за остарели записи: поискайте обновяване и проверете номерата, преди да насочите.</translation>
        </message>
        <message numerus="yes">
            <source>No close match – %n similar spelling(s) shown</source>
            <translation>
                <numerusform>Няма точно съвпадение – показан е %n сходен запис</numerusform>
                <numerusform>Няма точно съвпадение – показани са %n сходни записа</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “{text}” with the filters set.

Clear the filters, or try fewer or shorter words, another spelling, a city or a phone number.</source>
            <translation>Нищо не е намерено за „{text}“ със зададените филтри.

Изчистете филтрите или опитайте с по-малко или по-кратки думи, друго изписване, град или телефонен номер.</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”.

Try fewer or shorter words, another spelling, a city, a word such as “shelter” or “police”, or a phone number.</source>
            <translation>Нищо не е намерено за „{text}“.

Опитайте с по-малко или по-кратки думи, друго изписване, град, дума като „приют“ или „полиция“ или телефонен номер.</translation>
        </message>
        <message>
            <source>No record matches the filters set.

Clear a filter to see more.</source>
            <translation>Няма запис, който да отговаря на зададените филтри.

Изчистете някой филтър, за да видите повече.</translation>
        </message>
        <message>
            <source>The directory has no records.</source>
            <translation>Указателят няма записи.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Няма</translation>
        </message>
        <message>
            <source>Case&amp;worker:</source>
            <translation>Сл&amp;ужител:</translation>
        </message>
        <message>
            <source>Caseworker's name for referral sheets</source>
            <translation>Име на служителя за формулярите за насочване</translation>
        </message>
        <message>
            <source>Post &amp;details:</source>
            <translation>Д&amp;анни за службата:</translation>
        </message>
        <message>
            <source>Post address and phone for referral sheets</source>
            <translation>Адрес и телефон на службата за формулярите за насочване</translation>
        </message>
        <message>
            <source>&amp;Warn when older than (months):</source>
            <translation>&amp;Предупреждение след (месеца):</translation>
        </message>
        <message>
            <source>Months after which a record counts as old</source>
            <translation>Брой месеци, след които записът се смята за остарял</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Формат на хартията:</translation>
        </message>
        <message>
            <source>Paper size of referral sheets</source>
            <translation>Формат на хартията за формулярите за насочване</translation>
        </message>
        <message>
            <source>&amp;Second language on sheets:</source>
            <translation>&amp;Втори език във формулярите:</translation>
        </message>
        <message>
            <source>Second language on referral sheets</source>
            <translation>Втори език във формулярите за насочване</translation>
        </message>
        <message>
            <source>Address, phone – printed on referral sheets</source>
            <translation>Адрес, телефон – отпечатват се във формулярите</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>No one on this step answers now.</source>
            <translation>Никой от тази стъпка не отговаря сега.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сега</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>ПРИМЕРНИ ДАННИ – не са за реална работа</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страница %1 от %2</translation>
        </message>
        <message>
            <source>Directory %1 of %2</source>
            <translation>Указател %1 от %2</translation>
        </message>
        <message>
            <source>Referral sheet</source>
            <translation>Формуляр за насочване</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Служба</translation>
        </message>
        <message>
            <source>Post address and phone</source>
            <translation>Адрес и телефон на службата</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Служител</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Отпечатан</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>Номер на случая</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Указател</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Основания</translation>
        </message>
        <message>
            <source>Urgent needs</source>
            <translation>Спешни нужди</translation>
        </message>
        <message>
            <source>None noted</source>
            <translation>Не са отбелязани</translation>
        </message>
        <message>
            <source>The person (filled in for printing only, never stored)</source>
            <translation>Лицето (попълва се само за печат, никога не се съхранява)</translation>
        </message>
        <message>
            <source>Referral pathway</source>
            <translation>Път на насочване</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Стъпка</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Защо</translation>
        </message>
        <message>
            <source>No body for this role in the directory: find one by other means.</source>
            <translation>В указателя няма орган с тази роля: намерете такъв по друг начин.</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Езици</translation>
        </message>
        <message>
            <source>At time of printing</source>
            <translation>Към момента на печат</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <source>Informed consent</source>
            <translation>Информирано съгласие</translation>
        </message>
        <message>
            <source>The person's rights</source>
            <translation>Права на лицето</translation>
        </message>
        <message>
            <source>No translation into %1: have the consent statement and the rights read to the person by an interpreter.</source>
            <translation>Няма превод на %1: декларацията за съгласие и правата трябва да бъдат прочетени на лицето от преводач.</translation>
        </message>
        <message>
            <source>Signature of the person</source>
            <translation>Подпис на лицето</translation>
        </message>
        <message>
            <source>Signature of the caseworker</source>
            <translation>Подпис на служителя</translation>
        </message>
        <message>
            <source>Interpreter (if any)</source>
            <translation>Преводач (ако има)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>%1, reprinted; first printed %2</source>
            <translation>%1, повторен печат; първи печат %2</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата на раждане</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Language spoken</source>
            <translation>Говорим език</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Документ за самоличност</translation>
        </message>
        <message>
            <source>How to reach the person</source>
            <translation>Как да се свържете с лицето</translation>
        </message>
    </context>
    <context>
        <name>SheetOptionsDialog</name>
        <message>
            <source>Referral sheet options</source>
            <translation>Настройки на формуляра за насочване</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Няма</translation>
        </message>
        <message>
            <source>&amp;Post</source>
            <translation>&amp;Служба</translation>
        </message>
        <message>
            <source>&amp;Caseworker</source>
            <translation>Служи&amp;тел</translation>
        </message>
        <message>
            <source>Second &amp;language</source>
            <translation>&amp;Втори език</translation>
        </message>
        <message>
            <source>P&amp;aper</source>
            <translation>&amp;Хартия</translation>
        </message>
        <message>
            <source>The person: printed on this sheet only, never stored</source>
            <translation>Лицето: отпечатва се само в този формуляр, никога не се съхранява</translation>
        </message>
        <message>
            <source>Notes printed on the sheet (not stored)</source>
            <translation>Бележки за отпечатване във формуляра (не се съхраняват)</translation>
        </message>
        <message>
            <source>&amp;Keep this referral in the referral log (no personal data)</source>
            <translation>&amp;Запази това насочване в дневника (без лични данни)</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Organizations: {o} · services: {s} · contacts: {c}</source>
            <translation>Организации: {o} · услуги: {s} · контакти: {c}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Languages spoken: %1</source>
            <translation>Говорени езици: %1</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Обобщение</translation>
        </message>
        <message>
            <source>Check the answers. Go back to change any of them.</source>
            <translation>Проверете отговорите. Върнете се назад, за да промените някой от тях.</translation>
        </message>
        <message>
            <source>Summary of the answers</source>
            <translation>Обобщение на отговорите</translation>
        </message>
        <message>
            <source>Press Next to see the referral pathway.</source>
            <translation>Натиснете „Напред“, за да видите пътя на насочване.</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>не</translation>
        </message>
        <message>
            <source>Child or presumed child: %1</source>
            <translation>Дете или предполагаемо дете: %1</translation>
        </message>
        <message>
            <source>Age: %1</source>
            <translation>Възраст: %1</translation>
        </message>
        <message>
            <source>Nationality: %1</source>
            <translation>Гражданство: %1</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Къде: %1</translation>
        </message>
        <message>
            <source>Seeks asylum: %1</source>
            <translation>Търси убежище: %1</translation>
        </message>
        <message>
            <source>Act: %1</source>
            <translation>Действие: %1</translation>
        </message>
        <message>
            <source>Means: %1</source>
            <translation>Средства: %1</translation>
        </message>
        <message>
            <source>Purpose: %1</source>
            <translation>Цел: %1</translation>
        </message>
        <message>
            <source>Moved across a border: %1</source>
            <translation>Преведено през граница: %1</translation>
        </message>
        <message>
            <source>Agreed to the journey: %1</source>
            <translation>Съгласие с пътуването: %1</translation>
        </message>
        <message>
            <source>Free to leave: %1</source>
            <translation>Свободно да си тръгне: %1</translation>
        </message>
        <message>
            <source>Urgent: %1</source>
            <translation>Спешно: %1</translation>
        </message>
        <message>
            <source>Consents to referral: %1</source>
            <translation>Съгласие за насочване: %1</translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <source>Recruitment: someone found and engaged the person, often with a job offer.</source>
            <translation>Вербуване: някой е намерил и привлякъл лицето, често с предложение за работа.</translation>
        </message>
        <message>
            <source>Transportation: the person was moved, within a country or across a border.</source>
            <translation>Превозване: лицето е преместено в рамките на държава или през граница.</translation>
        </message>
        <message>
            <source>Transfer: control over the person passed from one person to another.</source>
            <translation>Предаване: контролът над лицето е преминал от един човек към друг.</translation>
        </message>
        <message>
            <source>Harbouring: the person was housed or hidden, e.g. in a flat or on a site.</source>
            <translation>Укриване: лицето е настанено или скрито, напр. в апартамент или на обект.</translation>
        </message>
        <message>
            <source>Receipt: someone took charge of the person when they arrived.</source>
            <translation>Приемане: някой е поел лицето при пристигането му.</translation>
        </message>
        <message>
            <source>Threat or use of force against the person or their family.</source>
            <translation>Заплаха или употреба на сила срещу лицето или семейството му.</translation>
        </message>
        <message>
            <source>Other forms of coercion: taking papers, debt bondage, isolation.</source>
            <translation>Други форми на принуда: отнемане на документи, робство за дългове, изолация.</translation>
        </message>
        <message>
            <source>Abduction: the person was taken away against their will.</source>
            <translation>Отвличане: лицето е отведено против волята си.</translation>
        </message>
        <message>
            <source>Fraud: false promises about pay, work or papers.</source>
            <translation>Измама: лъжливи обещания за заплащане, работа или документи.</translation>
        </message>
        <message>
            <source>Deception: the person was misled about what they would do or how.</source>
            <translation>Заблуда: лицето е подведено какво или как ще работи.</translation>
        </message>
        <message>
            <source>Abuse of power: someone with authority over the person used it.</source>
            <translation>Злоупотреба с власт: някой с власт над лицето я е използвал.</translation>
        </message>
        <message>
            <source>Abuse of a position of vulnerability: poverty, irregular status, addiction, disability or dependence left no real choice.</source>
            <translation>Злоупотреба с уязвимо положение: бедност, незаконен престой, зависимост, увреждане или подчиненост не са оставили реален избор.</translation>
        </message>
        <message>
            <source>Payments or benefits given to a person who controls the victim, e.g. a relative.</source>
            <translation>Плащания или облаги, дадени на лице, което контролира пострадалия, напр. роднина.</translation>
        </message>
        <message>
            <source>Exploitation of the prostitution of others or other sexual exploitation.</source>
            <translation>Експлоатация на проституцията на други лица или друга сексуална експлоатация.</translation>
        </message>
        <message>
            <source>Work under threat of a penalty that the person did not offer freely (ILO 29).</source>
            <translation>Труд под заплаха от наказание, който лицето не е предложило доброволно (Конвенция 29 на МОТ).</translation>
        </message>
        <message>
            <source>Being made to beg for someone else's profit (EU Directive 2011/36).</source>
            <translation>Принуждаване към просия в полза на друг (Директива 2011/36/ЕС).</translation>
        </message>
        <message>
            <source>Exploitation of criminal activities; victims must not be punished for them.</source>
            <translation>Експлоатация за престъпна дейност; пострадалите не трябва да бъдат наказвани за нея.</translation>
        </message>
        <message>
            <source>Kept to work in a household without freedom, pay or rest.</source>
            <translation>Държано да работи в домакинство без свобода, заплащане или почивка.</translation>
        </message>
        <message>
            <source>Being treated as property, or made to live and work for another without a way out.</source>
            <translation>Отношение като към собственост или принуда да живее и работи за друг без изход.</translation>
        </message>
        <message>
            <source>An organ was or was to be removed.</source>
            <translation>Орган е бил или е трябвало да бъде отнет.</translation>
        </message>
        <message>
            <source>Married without free consent (EU Directive 2024/1712).</source>
            <translation>Омъжено/оженено без свободно съгласие (Директива (ЕС) 2024/1712).</translation>
        </message>
        <message>
            <source>A child given up or taken for adoption against the law (EU Directive 2024/1712).</source>
            <translation>Дете, дадено или взето за осиновяване в нарушение на закона (Директива (ЕС) 2024/1712).</translation>
        </message>
        <message>
            <source>Hazardous or illicit work by a child, debt bondage, child soldiers (ILO 182).</source>
            <translation>Опасен или незаконен труд на дете, робство за дългове, деца войници (Конвенция 182 на МОТ).</translation>
        </message>
        <message>
            <source>The person or you are in danger right now: call 112 first.</source>
            <translation>Лицето или вие сте в опасност в момента: първо се обадете на 112.</translation>
        </message>
        <message>
            <source>Injury or illness that needs treatment now.</source>
            <translation>Нараняване или заболяване, което изисква лечение веднага.</translation>
        </message>
        <message>
            <source>The person has nowhere safe to stay tonight.</source>
            <translation>Лицето няма безопасно място, където да остане тази нощ.</translation>
        </message>
        <message>
            <source>The exploiters threaten the person's family, e.g. in the country of origin.</source>
            <translation>Експлоататорите заплашват семейството на лицето, напр. в държавата на произход.</translation>
        </message>
        <message>
            <source>Presumption of minority: when the age is uncertain and there are reasons to believe the person is a child, treat them as a child until the age is established (Council of Europe Convention Art. 10(3)).</source>
            <translation>Презумпция за непълнолетие: когато възрастта е неясна и има основания да се смята, че лицето е дете, към него се отнасят като към дете, докато възрастта бъде установена (Конвенция на Съвета на Европа, чл. 10, ал. 3).</translation>
        </message>
        <message>
            <source>A child without a parent or other adult responsible for them. An unaccompanied child gets a guardian.</source>
            <translation>Дете без родител или друг отговорен за него възрастен. На непридружено дете се назначава настойник.</translation>
        </message>
        <message>
            <source>The person asks for international protection. Their embassy must then not be contacted.</source>
            <translation>Лицето търси международна закрила. В такъв случай с посолството му не бива да се установява контакт.</translation>
        </message>
        <message>
            <source>A foreign national without a right to stay here. No expulsion during the reflection period.</source>
            <translation>Чужденец без право на пребиваване тук. По време на периода за размисъл не се допуска експулсиране.</translation>
        </message>
        <message>
            <source>Smuggling of migrants is a consensual border crossing that ends on arrival. If the person is then exploited, it becomes trafficking.</source>
            <translation>Контрабандата на мигранти е доброволно преминаване на граница, което приключва при пристигането. Ако след това лицето бъде експлоатирано, това става трафик на хора.</translation>
        </message>
        <message>
            <source>Informed consent: the person understands whom you will contact, why, and what happens next, and agrees freely. They may refuse or withdraw it.</source>
            <translation>Информирано съгласие: лицето разбира с кого ще се свържете, защо и какво следва, и се съгласява свободно. То може да откаже или да оттегли съгласието си.</translation>
        </message>
        <message>
            <source>The country your post represents, e.g. as its embassy or consulate; none for a police station, a border crossing point or an NGO. Not the country where the post is. When the person is a national of the country you represent, you refer them to the bodies of the country where they are.</source>
            <translation>Държавата, която вашата служба представлява, напр. като неин посолство или консулство; никоя за полицейско управление, граничен пункт или НПО. Не държавата, в която се намира службата. Когато лицето е гражданин на държавата, която представлявате, го насочвате към органите на държавата, в която се намира.</translation>
        </message>
        <message>
            <source>At a border crossing point the border police are the first contact and competent. Choose the region of the crossing point.</source>
            <translation>На граничен контролно-пропускателен пункт гранична полиция е първият контакт и е компетентна. Изберете областта на пункта.</translation>
        </message>
        <message>
            <source>A child with an adult who is not a verified parent or carer: treated like a child alone, with a guardian.</source>
            <translation>Дете с възрастен, който не е проверен родител или полагащ грижи: третира се като непридружено дете, с настойник.</translation>
        </message>
        <message>
            <source>The age is your estimate, not what the person said. When you doubt that an adult is an adult, tick the presumption of minority as well.</source>
            <translation>Възрастта е ваша преценка, а не казаното от лицето. Когато се съмнявате, че пълнолетен е пълнолетен, отбележете и презумпцията за непълнолетие.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <source>sheet {sheet}</source>
            <translation>лист {sheet}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>ред {row}</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>колона {column}</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>The record's lasting id. Keep it as it is. For a new record write any short key without spaces, e.g. org-7: other sheets can point to it, and the import gives it a lasting id.</source>
            <translation>Постоянният идентификатор на записа. Не го променяйте. За нов запис напишете кратък ключ без интервали, напр. org-7: другите листове могат да сочат към него, а импортът му дава постоянен идентификатор.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>The id (or key) of the organization on the sheet Organizations.</source>
            <translation>Идентификаторът (или ключът) на организацията от листа „Организации“.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>The id (or key) of the service on the sheet Services.</source>
            <translation>Идентификаторът (или ключът) на услугата от листа „Услуги“.</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Проверено на</translation>
        </message>
        <message>
            <source>When the record was last checked, as YYYY-MM-DD.</source>
            <translation>Кога записът е проверен за последно, като ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Проверено от</translation>
        </message>
        <message>
            <source>Who checked it.</source>
            <translation>Кой го е проверил.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Източник</translation>
        </message>
        <message>
            <source>Where it was checked, e.g. a phone call or a web page.</source>
            <translation>Къде е проверено, напр. телефонно обаждане или уеб страница.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>The name; English is required, the other languages are optional.</source>
            <translation>Името; английският е задължителен, другите езици са по избор.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>What it does; English is required.</source>
            <translation>С какво се занимава; английският е задължителен.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Two-letter country code (ISO 3166-1), e.g. AT or BG.</source>
            <translation>Двубуквен код на държава (ISO 3166-1), напр. AT или BG.</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Езици</translation>
        </message>
        <message>
            <source>Two-letter language codes (ISO 639-1), separated by commas, e.g. bg, en.</source>
            <translation>Двубуквени кодове на езици (ISO 639-1), разделени със запетаи, напр. bg, en.</translation>
        </message>
        <message>
            <source>Around the clock</source>
            <translation>Денонощно</translation>
        </message>
        <message>
            <source>yes if reachable 24 hours a day, every day.</source>
            <translation>yes, ако е на разположение 24 часа в денонощието, всеки ден.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <source>An e-mail address, or empty.</source>
            <translation>Имейл адрес или празно.</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Указател</translation>
        </message>
        <message>
            <source>About the data set: one row.</source>
            <translation>За набора от данни: един ред.</translation>
        </message>
        <message>
            <source>The name of the data set.</source>
            <translation>Името на набора от данни.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>e.g. 2026.11</source>
            <translation>напр. 2026.11</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Издаден</translation>
        </message>
        <message>
            <source>When it was issued, as YYYY-MM-DD.</source>
            <translation>Кога е издаден, като ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издател</translation>
        </message>
        <message>
            <source>Who issued it.</source>
            <translation>Кой го е издал.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Примерни данни</translation>
        </message>
        <message>
            <source>yes for sample data that must not be used for real referrals.</source>
            <translation>yes за примерни данни, които не бива да се използват за реални насочвания.</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Бележка</translation>
        </message>
        <message>
            <source>Shown in the About box; English is required.</source>
            <translation>Показва се в прозореца „За програмата“; английският е задължителен.</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Термини</translation>
        </message>
        <message>
            <source>The labels of categories, roles and populations in every language.</source>
            <translation>Етикетите на категориите, ролите и целевите групи на всички езици.</translation>
        </message>
        <message>
            <source>Taxonomy</source>
            <translation>Таксономия</translation>
        </message>
        <message>
            <source>category, role or population.</source>
            <translation>category, role или population.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>The code used on the other sheets.</source>
            <translation>Кодът, използван в другите листове.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Етикет</translation>
        </message>
        <message>
            <source>The label; English is required.</source>
            <translation>Етикетът; английският е задължителен.</translation>
        </message>
        <message>
            <source>What the term means (optional).</source>
            <translation>Какво означава терминът (по избор).</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>The bodies: one row each.</source>
            <translation>Институциите и организациите: по един ред.</translation>
        </message>
        <message>
            <source>Own name: language</source>
            <translation>Собствено име: език</translation>
        </message>
        <message>
            <source>The language of the body's own name, e.g. bg.</source>
            <translation>Езикът на собственото име, напр. bg.</translation>
        </message>
        <message>
            <source>Own name</source>
            <translation>Собствено име</translation>
        </message>
        <message>
            <source>The body's own name in its own language and script.</source>
            <translation>Собственото име на организацията на нейния език и писменост.</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Други имена</translation>
        </message>
        <message>
            <source>Acronyms and other names people type, one per line.</source>
            <translation>Съкращения и други имена, които хората търсят, по едно на ред.</translation>
        </message>
        <message>
            <source>Parent organization</source>
            <translation>Горестояща организация</translation>
        </message>
        <message>
            <source>The id (or key) of the organization this one belongs to, or empty.</source>
            <translation>Идентификаторът (или ключът) на организацията, към която спада тази, или празно.</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <source>A web address starting with https://, or empty.</source>
            <translation>Уеб адрес, започващ с https://, или празно.</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Места</translation>
        </message>
        <message>
            <source>The places of the organizations: one row each, with its address.</source>
            <translation>Местата на организациите: по един ред, с адреса.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Часова зона</translation>
        </message>
        <message>
            <source>The IANA time zone of the place, e.g. Europe/Sofia: hours are local time.</source>
            <translation>Часовата зона (IANA) на мястото, напр. Europe/Sofia: работното време е по местно време.</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Поверително</translation>
        </message>
        <message>
            <source>yes for a shelter or crisis centre whose address is never shown unasked.</source>
            <translation>yes за приют или кризисен център, чийто адрес никога не се показва без изрично искане.</translation>
        </message>
        <message>
            <source>Address left out</source>
            <translation>Адресът е пропуснат</translation>
        </message>
        <message>
            <source>yes when the confidential address was left out of this file; the import then keeps the address already held.</source>
            <translation>yes, когато поверителният адрес е пропуснат в този файл; тогава импортът запазва вече съхранения адрес.</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <source>Street and number.</source>
            <translation>Улица и номер.</translation>
        </message>
        <message>
            <source>Address line 2</source>
            <translation>Адрес, ред 2</translation>
        </message>
        <message>
            <source>Floor, building, or empty.</source>
            <translation>Етаж, сграда или празно.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Град</translation>
        </message>
        <message>
            <source>The town or city.</source>
            <translation>Населеното място.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Област</translation>
        </message>
        <message>
            <source>The region or province, or empty.</source>
            <translation>Областта или провинцията, или празно.</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Пощенски код</translation>
        </message>
        <message>
            <source>The postal code, or empty.</source>
            <translation>Пощенският код или празно.</translation>
        </message>
        <message>
            <source>Address country</source>
            <translation>Държава на адреса</translation>
        </message>
        <message>
            <source>Two-letter country code of the address.</source>
            <translation>Двубуквен код на държавата на адреса.</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Географска ширина</translation>
        </message>
        <message>
            <source>Decimal degrees, or empty.</source>
            <translation>Десетични градуси или празно.</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Географска дължина</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <source>What the organizations offer: one row each.</source>
            <translation>Какво предлагат организациите: по един ред.</translation>
        </message>
        <message>
            <source>Minimum age</source>
            <translation>Минимална възраст</translation>
        </message>
        <message>
            <source>The youngest age served, or empty for no limit.</source>
            <translation>Най-ниската обслужвана възраст или празно за без ограничение.</translation>
        </message>
        <message>
            <source>Maximum age</source>
            <translation>Максимална възраст</translation>
        </message>
        <message>
            <source>The oldest age served, or empty for no limit.</source>
            <translation>Най-високата обслужвана възраст или празно за без ограничение.</translation>
        </message>
        <message>
            <source>Genders</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>female, male, other, separated by commas; empty: everyone.</source>
            <translation>female, male, other, разделени със запетаи; празно: всички.</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>national, foreign, separated by commas; empty: both.</source>
            <translation>national, foreign, разделени със запетаи; празно: и двете.</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Допустимост</translation>
        </message>
        <message>
            <source>Who is eligible (optional).</source>
            <translation>Кой има право (по избор).</translation>
        </message>
        <message>
            <source>Referral methods</source>
            <translation>Начини на насочване</translation>
        </message>
        <message>
            <source>phone, form, email, in_person, separated by commas.</source>
            <translation>phone, form, email, in_person, разделени със запетаи.</translation>
        </message>
        <message>
            <source>Referral notes</source>
            <translation>Бележки за насочване</translation>
        </message>
        <message>
            <source>What the referring caseworker must do (optional).</source>
            <translation>Какво трябва да направи насочващият служител (по избор).</translation>
        </message>
        <message>
            <source>Serves nationals of</source>
            <translation>Обслужва граждани на</translation>
        </message>
        <message>
            <source>Country codes separated by commas, for consular services; empty: anyone.</source>
            <translation>Кодове на държави, разделени със запетаи, за консулски услуги; празно: всеки.</translation>
        </message>
        <message>
            <source>Ids (or keys) of the locations where it is given, one per line; the first gives the time zone of its hours.</source>
            <translation>Идентификатори (или ключове) на местата, където се предоставя, по един на ред; първото определя часовата зона на работното време.</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Уеб страница</translation>
        </message>
        <message>
            <source>A web address, or empty.</source>
            <translation>Уеб адрес или празно.</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
        <message>
            <source>The categories of each service: one row per service and category.</source>
            <translation>Категориите на всяка услуга: по един ред за услуга и категория.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Choose from the list.</source>
            <translation>Изберете от списъка.</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Роли</translation>
        </message>
        <message>
            <source>The roles each service plays in a referral pathway: one row per service and role.</source>
            <translation>Ролите на всяка услуга в пътя на насочване: по един ред за услуга и роля.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роля</translation>
        </message>
        <message>
            <source>Populations</source>
            <translation>Целеви групи</translation>
        </message>
        <message>
            <source>Who each service is for: one row per service and population.</source>
            <translation>За кого е всяка услуга: по един ред за услуга и целева група.</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Целева група</translation>
        </message>
        <message>
            <source>Service areas</source>
            <translation>Обслужвани райони</translation>
        </message>
        <message>
            <source>Where each service serves: one row per service and area.</source>
            <translation>Къде работи всяка услуга: по един ред за услуга и район.</translation>
        </message>
        <message>
            <source>A region of the country; empty: the whole country.</source>
            <translation>Област на държавата; празно: цялата държава.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакти</translation>
        </message>
        <message>
            <source>People, duty desks and liaison officers: one row each.</source>
            <translation>Хора, дежурни пунктове и офицери за връзка: по един ред.</translation>
        </message>
        <message>
            <source>Person's name</source>
            <translation>Име на лицето</translation>
        </message>
        <message>
            <source>Empty for a duty desk or a role.</source>
            <translation>Празно за дежурен пункт или длъжност.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Длъжност</translation>
        </message>
        <message>
            <source>The role, e.g. Duty desk; English is required.</source>
            <translation>Длъжността, напр. дежурен пункт; английският е задължителен.</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>The department, or empty.</source>
            <translation>Отделът или празно.</translation>
        </message>
        <message>
            <source>The id (or key) of the service the contact belongs to, or empty.</source>
            <translation>Идентификаторът (или ключът) на услугата, към която е контактът, или празно.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Място</translation>
        </message>
        <message>
            <source>The id (or key) of the location where the contact sits, or empty.</source>
            <translation>Идентификаторът (или ключът) на мястото, където е контактът, или празно.</translation>
        </message>
        <message>
            <source>Liaison</source>
            <translation>Офицер за връзка</translation>
        </message>
        <message>
            <source>yes for a liaison contact between two countries.</source>
            <translation>yes за контакт за връзка между две държави.</translation>
        </message>
        <message>
            <source>Counterpart country</source>
            <translation>Държава на партньора</translation>
        </message>
        <message>
            <source>The country across the border a liaison works with, or empty.</source>
            <translation>Държавата отвъд границата, с която работи офицерът за връзка, или празно.</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Партньор</translation>
        </message>
        <message>
            <source>The id (or key) of the counterpart contact across the border, or empty.</source>
            <translation>Идентификаторът (или ключът) на контакта партньор отвъд границата, или празно.</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Телефони</translation>
        </message>
        <message>
            <source>Phone numbers of organizations, services and contacts: one row each, in order.</source>
            <translation>Телефонни номера на организации, услуги и контакти: по един ред, в реда им.</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>Принадлежи към</translation>
        </message>
        <message>
            <source>The id (or key) of the organization, service or contact.</source>
            <translation>Идентификаторът (или ключът) на организацията, услугата или контакта.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>In international form, e.g. +43 1 00000 001; short codes as 112.</source>
            <translation>В международен вид, напр. +43 1 00000 001; кратките номера като 112.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Вътрешен номер</translation>
        </message>
        <message>
            <source>Digits only, or empty.</source>
            <translation>Само цифри или празно.</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>Заместител</translation>
        </message>
        <message>
            <source>yes for a number that stands in for one and cannot be dialled.</source>
            <translation>yes за номер, който замества истински и не може да бъде набран.</translation>
        </message>
        <message>
            <source>Short code country</source>
            <translation>Държава на краткия номер</translation>
        </message>
        <message>
            <source>For 112, 116 000, 116 111 and 147: the country where it is dialled.</source>
            <translation>За 112, 116 000, 116 111 и 147: държавата, в която се набира.</translation>
        </message>
        <message>
            <source>e.g. Switchboard (optional).</source>
            <translation>напр. Централа (по избор).</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Работно време</translation>
        </message>
        <message>
            <source>Weekly opening hours of locations, services and contacts, in local time: one row per set of days.</source>
            <translation>Седмично работно време на места, услуги и контакти, по местно време: по един ред за група дни.</translation>
        </message>
        <message>
            <source>The id (or key) of the location, service or contact.</source>
            <translation>Идентификаторът (или ключът) на мястото, услугата или контакта.</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <source>Days as MO,TU,WE,TH,FR,SA,SU, separated by commas; choose or type.</source>
            <translation>Дни като MO,TU,WE,TH,FR,SA,SU, разделени със запетаи; изберете или напишете.</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Отваря</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>ЧЧ:ММ</translation>
        </message>
        <message>
            <source>Closes</source>
            <translation>Затваря</translation>
        </message>
        <message>
            <source>HH:MM; earlier than the opening time means past midnight.</source>
            <translation>ЧЧ:ММ; по-рано от часа на отваряне означава след полунощ.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>First day these hours hold, or empty.</source>
            <translation>Първият ден, от който важи това време, или празно.</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Last day these hours hold, or empty.</source>
            <translation>Последният ден, до който важи това време, или празно.</translation>
        </message>
        <message>
            <source>A note on these hours (optional).</source>
            <translation>Бележка за това работно време (по избор).</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Списъци</translation>
        </message>
        <message>
            <source>The values of the drop-down lists. Not imported.</source>
            <translation>Стойностите на падащите списъци. Не се внасят.</translation>
        </message>
        <message>
            <source>Read me</source>
            <translation>Прочети ме</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: this file holds the addresses of confidential locations such as shelters. Keep it safe; do not publish it or pass it on.</source>
            <translation>ПОВЕРИТЕЛНО: този файл съдържа адресите на поверителни места като приюти. Пазете го; не го публикувайте и не го предавайте нататък.</translation>
        </message>
        <message>
            <source>The addresses of confidential locations are left out of this file; importing it back keeps the addresses already held.</source>
            <translation>Адресите на поверителните места са пропуснати в този файл; при обратното му внасяне се запазват вече съхранените адреси.</translation>
        </message>
        <message>
            <source>One sheet per table. Keep the names in brackets in the headers: the import reads them. Each header has a note on what the column holds; drop-down lists offer the allowed values. The import takes the whole file or nothing and names the sheet, row and column of every problem.</source>
            <translation>По един лист за всяка таблица. Запазете имената в скоби в заглавията: импортът ги чете. Всяко заглавие има бележка какво съдържа колоната; падащите списъци предлагат допустимите стойности. Импортът приема целия файл или нищо и посочва листа, реда и колоната на всеки проблем.</translation>
        </message>
        <message>
            <source>Yes or no</source>
            <translation>Да или не</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Държави</translation>
        </message>
        <message>
            <source>Time zones</source>
            <translation>Часови зони</translation>
        </message>
        <message>
            <source>Taxonomies</source>
            <translation>Таксономии</translation>
        </message>
        <message>
            <source>Phone types</source>
            <translation>Видове телефони</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Колона</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Какво съдържа</translation>
        </message>
    </context>
    <context>
        <name>UpdateActions</name>
        <message>
            <source>Updates applied: {updates}.</source>
            <translation>Приложени обновявания: {updates}.</translation>
        </message>
        <message>
            <source>{number} from {publisher}</source>
            <translation>{number} от {publisher}</translation>
        </message>
        <message>
            <source>&amp;Directory</source>
            <translation>&amp;Указател</translation>
        </message>
        <message>
            <source>Update from &amp;file…</source>
            <translation>Обновяване от &amp;файл…</translation>
        </message>
        <message>
            <source>Check a signed directory update, see what it changes, then apply it</source>
            <translation>Проверява подписано обновяване на указателя, показва какво променя и после го прилага</translation>
        </message>
        <message>
            <source>Update from f&amp;older or USB stick…</source>
            <translation>Обновяване от &amp;папка или USB памет…</translation>
        </message>
        <message>
            <source>Use the newest valid update in a folder</source>
            <translation>Използва най-новото валидно обновяване в папката</translation>
        </message>
        <message>
            <source>&amp;Undo last update or import</source>
            <translation>&amp;Отмяна на последното обновяване или импорт</translation>
        </message>
        <message>
            <source>Put back the directory the last update or import replaced</source>
            <translation>Връща указателя отпреди последното обновяване или импорт</translation>
        </message>
        <message>
            <source>Update &amp;history…</source>
            <translation>&amp;История на обновяванията…</translation>
        </message>
        <message>
            <source>The directory updates applied and the files imported at this post</source>
            <translation>Обновяванията на указателя, приложени в този пункт, и импортираните файлове</translation>
        </message>
        <message>
            <source>No signed update applied yet</source>
            <translation>Все още няма приложено подписано обновяване</translation>
        </message>
        <message>
            <source>The directory was not loaded from a signed update of a coordinator.</source>
            <translation>Указателят не е зареден от подписано обновяване на координатор.</translation>
        </message>
        <message>
            <source>{publisher}: no. {number} of {date}</source>
            <translation>{publisher}: № {number} от {date}</translation>
        </message>
        <message>
            <source>The directory from {publisher} is older than {days} days. Ask your national coordinator for a new update.</source>
            <translation>Указателят от {publisher} е по-стар от {days} дни. Поискайте ново обновяване от националния координатор.</translation>
        </message>
        <message>
            <source>Update from file</source>
            <translation>Обновяване от файл</translation>
        </message>
        <message>
            <source>Directory updates (*{suffix})</source>
            <translation>Обновявания на указателя (*{suffix})</translation>
        </message>
        <message>
            <source>Update from folder or USB stick</source>
            <translation>Обновяване от папка или USB памет</translation>
        </message>
        <message>
            <source>The update was not applied</source>
            <translation>Обновяването не е приложено</translation>
        </message>
        <message>
            <source>Update {number} from {publisher} applied.</source>
            <translation>Обновяване {number} от {publisher} е приложено.</translation>
        </message>
        <message>
            <source>Undo last update</source>
            <translation>Отмяна на последното обновяване</translation>
        </message>
        <message>
            <source>Undo update {number} from {publisher}? The directory goes back to what it was before that update. The referral log and your favourites stay as they are.</source>
            <translation>Да се отмени ли обновяване {number} от {publisher}? Указателят се връща към състоянието преди това обновяване. Дневникът на насочванията и любимите ви остават непроменени.</translation>
        </message>
        <message>
            <source>The last update was undone.</source>
            <translation>Последното обновяване е отменено.</translation>
        </message>
        <message>
            <source>Update from &amp;address…</source>
            <translation>Обновяване от &amp;адрес…</translation>
        </message>
        <message>
            <source>Download a signed directory update from an HTTPS address, then check it</source>
            <translation>Изтегля подписано обновяване на указателя от HTTPS адрес и после го проверява</translation>
        </message>
        <message>
            <source>Undo the import of {file}? The directory goes back to what it was before that import. The referral log, your favourites and notes stay as they are.</source>
            <translation>Да се отмени ли импортът на {file}? Указателят се връща към състоянието си преди този импорт. Дневникът на насочванията, любимите ви и бележките остават както са.</translation>
        </message>
        <message>
            <source>The import of {file} was undone.</source>
            <translation>Импортът на {file} е отменен.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Отмяна на импорта</translation>
        </message>
    </context>
    <context>
        <name>UpdateAddressDialog</name>
        <message>
            <source>Update from address</source>
            <translation>Обновяване от адрес</translation>
        </message>
        <message>
            <source>The address your national coordinator gave you. The update is checked before anything changes, as one from a USB stick is.</source>
            <translation>Адресът, който ви е дал националният координатор. Обновяването се проверява, преди нещо да се промени, както това от USB памет.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>(the system's certificates)</source>
            <translation>(сертификатите на системата)</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Избор…</translation>
        </message>
        <message>
            <source>Certificate &amp;file:</source>
            <translation>&amp;Файл на сертификата:</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Файл на сертификата</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>Сертификати (*.pem *.crt)</translation>
        </message>
    </context>
    <context>
        <name>UpdateHistoryDialog</name>
        <message>
            <source>Update history</source>
            <translation>История на обновяванията</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Приложено</translation>
        </message>
        <message>
            <source>Publisher or file</source>
            <translation>Издател или файл</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Държави</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Съставено</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавени</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Отпаднали</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Променени</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Състояние</translation>
        </message>
        <message>
            <source>undone on {date}</source>
            <translation>отменено на {date}</translation>
        </message>
        <message>
            <source>in force; can be undone</source>
            <translation>в сила; може да се отмени</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>приложено</translation>
        </message>
        <message>
            <source>Import of {file} ({format})</source>
            <translation>Импорт на {file} ({format})</translation>
        </message>
        <message>
            <source>&amp;Undo the newest</source>
            <translation>&amp;Отмени последното</translation>
        </message>
        <message>
            <source>Put back the directory the newest update or import replaced</source>
            <translation>Връща указателя отпреди най-новото обновяване или импорт</translation>
        </message>
    </context>
    <context>
        <name>UpdatePreviewDialog</name>
        <message>
            <source>Directory update</source>
            <translation>Обновяване на указателя</translation>
        </message>
        <message>
            <source>&amp;Apply update</source>
            <translation>&amp;Приложи обновяването</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Място</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Телефонни номера</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Работно време</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Update {number} from {publisher}</source>
            <translation>Обновяване {number} от {publisher}</translation>
        </message>
        <message>
            <source>For {countries}, written on {date}. Signed with key {key}.</source>
            <translation>За {countries}, съставено на {date}. Подписано с ключ {key}.</translation>
        </message>
        <message>
            <source>Sample data: not for operational use.</source>
            <translation>Примерни данни: да не се използват в реална работа.</translation>
        </message>
        <message>
            <source>{count} earlier update(s) from this publisher never arrived here.</source>
            <translation>{count} по-ранни обновявания от този издател така и не са пристигнали тук.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сега</translation>
        </message>
        <message>
            <source>After the update</source>
            <translation>След обновяването</translation>
        </message>
        <message>
            <source>{added} added, {retired} retired, {changed} changed</source>
            <translation>{added} добавени, {retired} отпаднали, {changed} променени</translation>
        </message>
        <message>
            <source>Phone numbers, opening hours and addresses</source>
            <translation>Телефонни номера, работно време и адреси</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавени</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Отпаднали</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Променени</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… и още {count}</translation>
        </message>
        <message>
            <source>The update changes nothing in the directory.</source>
            <translation>Обновяването не променя нищо в указателя.</translation>
        </message>
        <message>
            <source>Release notes</source>
            <translation>Бележки към изданието</translation>
        </message>
    </context>
    <context>
        <name>Updates</name>
        <message>
            <source>This database holds the SAMPLE directory, and posts refuse sample data signed with a real key. Load your own directory file (db load) before you publish.</source>
            <translation>Тази база данни съдържа ПРИМЕРНИЯ указател, а службите отказват примерни данни, подписани с истински ключ. Заредете собствения си файл с указателя (db load), преди да публикувате.</translation>
        </message>
        <message>
            <source>Key {key_id} is a SAMPLE key, and posts refuse real data signed with it. Sign with your own key (keys generate).</source>
            <translation>Ключ {key_id} е ПРИМЕРЕН ключ и службите отказват истински данни, подписани с него. Подпишете със собствения си ключ (keys generate).</translation>
        </message>
        <message>
            <source>The file is larger ({size} MB) than a directory update can be ({limit} MB). Check that you chose the update file.</source>
            <translation>Файлът е по-голям ({size} MB), отколкото може да бъде актуализация на указателя ({limit} MB). Проверете дали сте избрали файла с актуализацията.</translation>
        </message>
        <message>
            <source>This file is not a Referral Desk directory update. Check that you chose the update file.</source>
            <translation>Този файл не е актуализация на указателя на Referral Desk. Проверете дали сте избрали файла с актуализацията.</translation>
        </message>
        <message>
            <source>The update file is incomplete: it ends too early. Copy it again from the original and try once more.</source>
            <translation>Файлът с актуализацията е непълен: свършва твърде рано. Копирайте го отново от оригинала и опитайте пак.</translation>
        </message>
        <message>
            <source>The update file is damaged. Copy it again from the original and try once more.</source>
            <translation>Файлът с актуализацията е повреден. Копирайте го отново от оригинала и опитайте пак.</translation>
        </message>
        <message>
            <source>The update file holds a part Referral Desk does not know ({part}), so it was not made by Referral Desk or was altered. Do not use it; ask your coordinator for it again.</source>
            <translation>Файлът с актуализацията съдържа част, която Referral Desk не познава ({part}), следователно не е създаден с Referral Desk или е променен. Не го използвайте; поискайте го отново от координатора си.</translation>
        </message>
        <message>
            <source>A part of the update file ({part}) is larger than it can be. Do not use it; ask your coordinator for the file again.</source>
            <translation>Част от файла с актуализацията ({part}) е по-голяма, отколкото може да бъде. Не го използвайте; поискайте файла отново от координатора си.</translation>
        </message>
        <message>
            <source>This update was made for a newer Referral Desk (update format {version}). Install the newer Referral Desk, then open the update again.</source>
            <translation>Тази актуализация е създадена за по-нова версия на Referral Desk (формат на актуализацията {version}). Инсталирайте по-новата версия на Referral Desk и отворете актуализацията отново.</translation>
        </message>
        <message>
            <source>The signature of the update cannot be read. Do not use the file; ask your coordinator for it again.</source>
            <translation>Подписът на актуализацията не може да бъде прочетен. Не използвайте файла; поискайте го отново от координатора си.</translation>
        </message>
        <message>
            <source>The update is signed with key {key_id}, which this post does not trust. Ask your national coordinator for an update signed with a key you trust, or for their public key.</source>
            <translation>Актуализацията е подписана с ключ {key_id}, на който тази служба няма доверие. Поискайте от националния си координатор актуализация, подписана с ключ, на който имате доверие, или неговия публичен ключ.</translation>
        </message>
        <message>
            <source>The update is signed with key {key_id} of {publisher}, which has been revoked. Do not use it; tell your national coordinator.</source>
            <translation>Актуализацията е подписана с ключ {key_id} на {publisher}, който е отменен. Не я използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The update is signed with key {key_id}, which {publisher} has replaced with a new key. Ask for an update signed with the new key.</source>
            <translation>Актуализацията е подписана с ключ {key_id}, който {publisher} е заменил с нов ключ. Поискайте актуализация, подписана с новия ключ.</translation>
        </message>
        <message>
            <source>The signature does not match the update: the file was changed or damaged after it was signed. Do not use it; ask your coordinator for the file again.</source>
            <translation>Подписът не съответства на актуализацията: файлът е променен или повреден след подписването. Не го използвайте; поискайте файла отново от координатора си.</translation>
        </message>
        <message>
            <source>The update's description is not valid ({field}). Do not use it; tell your national coordinator.</source>
            <translation>Описанието на актуализацията не е валидно ({field}). Не я използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The update says it comes from {claimed}, but it is signed with the key of {publisher}. Do not use it; tell your national coordinator.</source>
            <translation>Според актуализацията тя идва от {claimed}, но е подписана с ключа на {publisher}. Не я използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The update from {publisher} is for {countries}, but this post trusts {publisher} only for {trusted}. Do not use it; tell your national coordinator.</source>
            <translation>Актуализацията от {publisher} е за {countries}, но тази служба има доверие на {publisher} само за {trusted}. Не я използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>Update number {sequence} from {publisher} is already applied. There is nothing to do; look for a newer update.</source>
            <translation>Актуализация номер {sequence} от {publisher} вече е приложена. Няма какво да се направи; потърсете по-нова актуализация.</translation>
        </message>
        <message>
            <source>Update number {sequence} from {publisher} is older than number {applied}, which is already applied. An older update cannot be applied; look for a newer one.</source>
            <translation>Актуализация номер {sequence} от {publisher} е по-стара от номер {applied}, който вече е приложен. По-стара актуализация не може да се приложи; потърсете по-нова.</translation>
        </message>
        <message>
            <source>The directory in the update does not match its signed description: the file was changed or damaged. Do not use it; ask your coordinator for the file again.</source>
            <translation>Указателят в актуализацията не съответства на подписаното ѝ описание: файлът е променен или повреден. Не го използвайте; поискайте файла отново от координатора си.</translation>
        </message>
        <message>
            <source>The directory in the update unpacks to more than it can be ({limit} MB). Do not use it; tell your national coordinator.</source>
            <translation>Разархивиран, указателят в актуализацията става по-голям, отколкото може да бъде ({limit} MB). Не го използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The directory in the update cannot be read. Do not use it; tell your national coordinator.</source>
            <translation>Указателят в актуализацията не може да бъде прочетен. Не го използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The directory in the update is nested deeper than a directory can be. Do not use it; tell your national coordinator.</source>
            <translation>Указателят в актуализацията е вложен по-дълбоко, отколкото може да бъде указател. Не го използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The directory in the update is in a newer format (version {version}). Install the newer Referral Desk, then open the update again.</source>
            <translation>Указателят в актуализацията е в по-нов формат (версия {version}). Инсталирайте по-новата версия на Referral Desk и отворете актуализацията отново.</translation>
        </message>
        <message>
            <source>The directory in the update does not follow the directory format (at {where}). Do not use it; tell your national coordinator.</source>
            <translation>Указателят в актуализацията не следва формата на указателя (при {where}). Не го използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The directory the update would leave does not pass its checks ({count} found, the first at {where}). Do not apply it; tell your national coordinator.</source>
            <translation>Указателят, който актуализацията би оставила, не преминава проверките си (открити: {count}, първото при {where}). Не я прилагайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The update is signed with a sample key but holds real data, or the other way round. Do not use it; tell your national coordinator.</source>
            <translation>Актуализацията е подписана с примерен ключ, но съдържа реални данни, или обратното. Не я използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The update from {publisher} holds “{name}” in {country}, but {publisher} may change only records of {countries}. Do not use it; tell your national coordinator.</source>
            <translation>Актуализацията от {publisher} съдържа „{name}“ в {country}, но {publisher} може да променя само записи за {countries}. Не я използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The update from {publisher} would change the record “{record}” of {country}, which only that country's coordinator may change. Do not use it; tell your national coordinator.</source>
            <translation>Актуализацията от {publisher} би променила записа „{record}“ за {country}, който може да променя само координаторът на тази държава. Не я използвайте; уведомете националния си координатор.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read. Check that the USB stick or folder is still there and try once more.</source>
            <translation>Файлът {file} не може да бъде прочетен. Проверете дали USB паметта или папката са още там и опитайте отново.</translation>
        </message>
        <message>
            <source>There is no directory update (a file ending in .rdupdate) in {folder}. Choose the folder or USB stick that holds the update file.</source>
            <translation>В {folder} няма обновяване на указателя (файл с окончание .rdupdate). Изберете папката или USB паметта, в която е файлът с обновяването.</translation>
        </message>
        <message>
            <source>This database was filled by an older Referral Desk, so an update cannot be merged into it yet. Load the directory file once more (db load), then apply the update.</source>
            <translation>Тази база данни е попълнена от по-стара версия на Referral Desk, затова обновяване още не може да се слее с нея. Заредете отново файла на указателя (db load) и след това приложете обновяването.</translation>
        </message>
        <message>
            <source>The directory changed after the preview was made, so nothing was applied. Open the update again to see an up-to-date preview.</source>
            <translation>Указателят се промени след изготвянето на прегледа, затова нищо не е приложено. Отворете обновяването отново, за да видите актуален преглед.</translation>
        </message>
        <message>
            <source>{url} is not an HTTPS address. Updates are downloaded only over HTTPS: check the address with your national coordinator.</source>
            <translation>{url} не е HTTPS адрес. Обновяванията се изтеглят само през HTTPS: проверете адреса с националния координатор.</translation>
        </message>
        <message>
            <source>The server {host} could not prove who it is ({problem}), so nothing was downloaded. If your coordinator uses a certificate of its own, choose its certificate file.</source>
            <translation>Сървърът {host} не успя да докаже кой е ({problem}), затова нищо не беше изтеглено. Ако координаторът ви използва собствен сертификат, изберете файла на този сертификат.</translation>
        </message>
        <message>
            <source>The server {host} cannot be reached ({problem}). Check that this computer is online and the address is right, or bring the update on a USB stick.</source>
            <translation>Сървърът {host} е недостъпен ({problem}). Проверете дали компютърът е свързан с интернет и дали адресът е верен, или донесете обновяването на USB памет.</translation>
        </message>
        <message>
            <source>The server {host} stopped answering (for {seconds} seconds), so the download was given up. Try again later, or bring the update on a USB stick.</source>
            <translation>Сървърът {host} спря да отговаря (за {seconds} секунди), затова изтеглянето беше прекратено. Опитайте отново по-късно или донесете обновяването на USB памет.</translation>
        </message>
        <message>
            <source>The server {host} did not give the update ({status}). Check the address with your national coordinator.</source>
            <translation>Сървърът {host} не предостави обновяването ({status}). Проверете адреса с националния координатор.</translation>
        </message>
        <message>
            <source>What {host} sends is larger than a directory update can be ({limit} MB), so the download was stopped. Check the address with your national coordinator.</source>
            <translation>Това, което {host} изпраща, е по-голямо, отколкото може да бъде обновяване на указателя ({limit} MB), затова изтеглянето беше спряно. Проверете адреса с националния координатор.</translation>
        </message>
        <message>
            <source>The certificate file {file} cannot be used ({problem}). Choose the certificate file (.pem) your national coordinator gave you.</source>
            <translation>Файлът на сертификата {file} не може да се използва ({problem}). Изберете файла на сертификата (.pem), който ви е дал националният координатор.</translation>
        </message>
    </context>
    <context>
        <name>UrgencyPage</name>
        <message>
            <source>Urgency</source>
            <translation>Спешност</translation>
        </message>
        <message>
            <source>Urgent help comes first and never waits for consent.</source>
            <translation>Спешната помощ е на първо място и никога не чака съгласие.</translation>
        </message>
        <message>
            <source>Right now</source>
            <translation>В момента</translation>
        </message>
        <message>
            <source>In immediate danger, call 112 now: do not finish this wizard first.</source>
            <translation>При непосредствена опасност се обадете на 112 веднага: не довършвайте първо този помощник.</translation>
        </message>
        <message>
            <source>Untreated injuries or other medical needs (not an emergency)</source>
            <translation>Нелекувани наранявания или други медицински нужди (не спешни)</translation>
        </message>
    </context>
    <context>
        <name>VerifyActions</name>
        <message>
            <source>Ver&amp;ify</source>
            <translation>Про&amp;верка</translation>
        </message>
        <message>
            <source>Record that the details were confirmed today, as they are</source>
            <translation>Запис, че данните са потвърдени днес такива, каквито са</translation>
        </message>
        <message>
            <source>Confirmed by {how}</source>
            <translation>Потвърдено чрез {how}</translation>
        </message>
        <message>
            <source>Record a check with a note…</source>
            <translation>Запис на проверка с бележка…</translation>
        </message>
        <message>
            <source>Report a correc&amp;tion…</source>
            <translation>Съобщаване на кор&amp;екция…</translation>
        </message>
        <message>
            <source>Tell the coordinator what is wrong with this record</source>
            <translation>Съобщете на координатора какво е грешно в този запис</translation>
        </message>
        <message>
            <source>Export correc&amp;tions…</source>
            <translation>Експорт на кор&amp;екции…</translation>
        </message>
        <message>
            <source>Save the corrections reported here in a small file for the coordinator</source>
            <translation>Запазване на съобщените тук корекции в малък файл за координатора</translation>
        </message>
        <message>
            <source>Verification &amp;queue…</source>
            <translation>Опаш&amp;ка за проверка…</translation>
        </message>
        <message>
            <source>Records due for a check, in the order to call</source>
            <translation>Записи за проверка, в реда, в който да се звъни</translation>
        </message>
        <message>
            <source>F&amp;reshness…</source>
            <translation>&amp;Актуалност…</translation>
        </message>
        <message>
            <source>Share of records verified within 3, 6 and 12 months</source>
            <translation>Дял на записите, проверени през последните 3, 6 и 12 месеца</translation>
        </message>
        <message>
            <source>&amp;Import corrections…</source>
            <translation>&amp;Внасяне на корекции…</translation>
        </message>
        <message>
            <source>Take in a post's corrections file</source>
            <translation>Внасяне на файл с корекции от служба</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Verified today ({how}).</source>
            <translation>Проверено днес ({how}).</translation>
        </message>
        <message>
            <source>Check recorded: {outcome}.</source>
            <translation>Проверката е записана: {outcome}.</translation>
        </message>
        <message>
            <source>Report a correction</source>
            <translation>Съобщаване на корекция</translation>
        </message>
        <message>
            <source>Correction kept. Send it with File → Export corrections… to the coordinator.</source>
            <translation>Корекцията е запазена. Изпратете я на координатора чрез Файл → Експорт на корекции…</translation>
        </message>
        <message>
            <source>Export corrections</source>
            <translation>Експорт на корекции</translation>
        </message>
        <message>
            <source>No correction is waiting to be sent.</source>
            <translation>Няма корекции, чакащи изпращане.</translation>
        </message>
        <message>
            <source>Corrections files (*%1)</source>
            <translation>Файлове с корекции (*%1)</translation>
        </message>
        <message>
            <source>Cannot write the file: {error}</source>
            <translation>Файлът не може да бъде записан: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n correction(s) saved for the coordinator.</source>
            <translation>
                <numerusform>%n корекция е запазена за координатора.</numerusform>
                <numerusform>%n корекции са запазени за координатора.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import corrections</source>
            <translation>Внасяне на корекции</translation>
        </message>
        <message>
            <source>Nothing was imported. The file cannot be used:</source>
            <translation>Нищо не е внесено. Файлът не може да се използва:</translation>
        </message>
        <message numerus="yes">
            <source>%n correction(s) added to the verification queue.</source>
            <translation>
                <numerusform>%n корекция е добавена в опашката за проверка.</numerusform>
                <numerusform>%n корекции са добавени в опашката за проверка.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Вашата бележка</translation>
        </message>
        <message>
            <source>Your note was kept at this post.</source>
            <translation>Бележката ви е запазена в тази служба.</translation>
        </message>
        <message>
            <source>Nothing recorded: the change was not saved.</source>
            <translation>Нищо не е записано: промяната не беше запазена.</translation>
        </message>
        <message>
            <source>Change confirmed by {how}: {note}</source>
            <translation>Промяна, потвърдена чрез {how}: {note}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакти</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Спешна помощ</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Полиция</translation>
        </message>
        <message>
            <source>Border and migration</source>
            <translation>Граница и миграция</translation>
        </message>
        <message>
            <source>Child protection</source>
            <translation>Закрила на детето</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation>Социални услуги</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Приют</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Правна помощ</translation>
        </message>
        <message>
            <source>Consular help</source>
            <translation>Консулска помощ</translation>
        </message>
        <message>
            <source>Asylum</source>
            <translation>Убежище</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Координация</translation>
        </message>
        <message>
            <source>Helpline</source>
            <translation>Гореща линия</translation>
        </message>
        <message>
            <source>Health and psychosocial care</source>
            <translation>Здравна и психосоциална помощ</translation>
        </message>
        <message>
            <source>Return and reintegration</source>
            <translation>Завръщане и реинтеграция</translation>
        </message>
        <message>
            <source>Employment and education</source>
            <translation>Заетост и образование</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Застъпничество</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>Превенция</translation>
        </message>
        <message>
            <source>Labour rights</source>
            <translation>Трудови права</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Деца</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Жени</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Мъже</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Семейства</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Всеки</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Спешен номер</translation>
        </message>
        <message>
            <source>Anti-trafficking police</source>
            <translation>Полиция за борба с трафика на хора</translation>
        </message>
        <message>
            <source>Border police</source>
            <translation>Гранична полиция</translation>
        </message>
        <message>
            <source>Migration authority</source>
            <translation>Миграционен орган</translation>
        </message>
        <message>
            <source>Child protection authority</source>
            <translation>Орган за закрила на детето</translation>
        </message>
        <message>
            <source>Crisis centre for children</source>
            <translation>Кризисен център за деца</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Социално подпомагане</translation>
        </message>
        <message>
            <source>National anti-trafficking coordinator</source>
            <translation>Национален координатор за борба с трафика на хора</translation>
        </message>
        <message>
            <source>Liaison officer</source>
            <translation>Офицер за връзка</translation>
        </message>
        <message>
            <source>Consulate of the person's country</source>
            <translation>Консулство на държавата на лицето</translation>
        </message>
        <message>
            <source>Support and shelter for women</source>
            <translation>Подкрепа и приют за жени</translation>
        </message>
        <message>
            <source>Support and shelter for men</source>
            <translation>Подкрепа и приют за мъже</translation>
        </message>
        <message>
            <source>Shelter for children</source>
            <translation>Приют за деца</translation>
        </message>
        <message>
            <source>Asylum authority</source>
            <translation>Орган по убежището</translation>
        </message>
        <message>
            <source>Refugee protection</source>
            <translation>Закрила на бежанците</translation>
        </message>
        <message>
            <source>Child helpline</source>
            <translation>Телефонна линия за деца</translation>
        </message>
        <message>
            <source>Missing children hotline</source>
            <translation>Гореща линия за изчезнали деца</translation>
        </message>
        <message>
            <source>Anti-trafficking hotline</source>
            <translation>Гореща линия срещу трафика на хора</translation>
        </message>
        <message>
            <source>Victim support</source>
            <translation>Подкрепа за пострадали</translation>
        </message>
        <message>
            <source>Labour inspectorate</source>
            <translation>Инспекция по труда</translation>
        </message>
        <message>
            <source>Transnational partner</source>
            <translation>Транснационален партньор</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Медицинска помощ</translation>
        </message>
        <message>
            <source>You (the caseworker)</source>
            <translation>Вие (служителят)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Работно време</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>по телефона</translation>
        </message>
        <message>
            <source>with a referral form</source>
            <translation>с формуляр за насочване</translation>
        </message>
        <message>
            <source>by e-mail</source>
            <translation>по имейл</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>лично</translation>
        </message>
        <message>
            <source>Trafficking in persons indicated</source>
            <translation>Има признаци на трафик на хора</translation>
        </message>
        <message>
            <source>Possible trafficking</source>
            <translation>Възможен трафик на хора</translation>
        </message>
        <message>
            <source>Smuggling of migrants, not trafficking</source>
            <translation>Контрабанда на мигранти, не трафик на хора</translation>
        </message>
        <message>
            <source>Child labour</source>
            <translation>Детски труд</translation>
        </message>
        <message>
            <source>Insufficient indicators so far</source>
            <translation>Засега признаците са недостатъчни</translation>
        </message>
        <message>
            <source>Own national abroad</source>
            <translation>Собствен гражданин в чужбина</translation>
        </message>
        <message>
            <source>Foreign national</source>
            <translation>Чужденец</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Търсещ закрила</translation>
        </message>
        <message>
            <source>National in own country</source>
            <translation>Гражданин в собствената си страна</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Дете</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Пълнолетен</translation>
        </message>
        <message>
            <source>Presumed child (age uncertain)</source>
            <translation>Предполагаемо дете (възрастта е неясна)</translation>
        </message>
        <message>
            <source>Not referred yet</source>
            <translation>Още не е насочено</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Насочен</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Приет</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Отказан</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Няма отговор</translation>
        </message>
        <message>
            <source>Consulate</source>
            <translation>Консулство</translation>
        </message>
        <message>
            <source>Embassy</source>
            <translation>Посолство</translation>
        </message>
        <message>
            <source>Border crossing point</source>
            <translation>Граничен контролно-пропускателен пункт</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>НПО</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Друго</translation>
        </message>
        <message>
            <source>The person agrees to be referred</source>
            <translation>Лицето е съгласно да бъде насочено</translation>
        </message>
        <message>
            <source>The person does not agree</source>
            <translation>Лицето не е съгласно</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Още не е питан(а)</translation>
        </message>
        <message>
            <source>Not needed for a child</source>
            <translation>Не е нужно за дете</translation>
        </message>
        <message>
            <source>Immediate safety</source>
            <translation>Непосредствена безопасност</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Идентификация</translation>
        </message>
        <message>
            <source>First assistance and protection</source>
            <translation>Първоначална помощ и закрила</translation>
        </message>
        <message>
            <source>Return and social inclusion</source>
            <translation>Завръщане и социално приобщаване</translation>
        </message>
        <message>
            <source>Long-term assistance</source>
            <translation>Дългосрочна помощ</translation>
        </message>
        <message>
            <source>Criminal and civil proceedings</source>
            <translation>Наказателно и гражданско производство</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сега</translation>
        </message>
        <message>
            <source>Within 24 hours</source>
            <translation>До 24 часа</translation>
        </message>
        <message>
            <source>Within days</source>
            <translation>До няколко дни</translation>
        </message>
        <message>
            <source>When the person is ready</source>
            <translation>Когато човекът е готов</translation>
        </message>
        <message>
            <source>Immediate danger</source>
            <translation>Непосредствена опасност</translation>
        </message>
        <message>
            <source>Medical emergency</source>
            <translation>Спешен медицински случай</translation>
        </message>
        <message>
            <source>Needs a safe place to sleep tonight</source>
            <translation>Нуждае се от безопасно място за нощувка тази нощ</translation>
        </message>
        <message>
            <source>Family at home is threatened</source>
            <translation>Семейството у дома е заплашено</translation>
        </message>
        <message>
            <source>Recruited (offered a job, a trip, a marriage…)</source>
            <translation>Вербувано (предложена работа, пътуване, брак…)</translation>
        </message>
        <message>
            <source>Transported (taken somewhere)</source>
            <translation>Превозено (отведено някъде)</translation>
        </message>
        <message>
            <source>Handed over to someone else</source>
            <translation>Предадено на някой друг</translation>
        </message>
        <message>
            <source>Harboured (kept or hidden somewhere)</source>
            <translation>Укривано (държано или скрито някъде)</translation>
        </message>
        <message>
            <source>Received on arrival</source>
            <translation>Посрещнато при пристигане</translation>
        </message>
        <message>
            <source>Threats or violence</source>
            <translation>Заплахи или насилие</translation>
        </message>
        <message>
            <source>Pressure or control (documents taken, debts)</source>
            <translation>Натиск или контрол (отнети документи, дългове)</translation>
        </message>
        <message>
            <source>Abducted</source>
            <translation>Отвлечено</translation>
        </message>
        <message>
            <source>Cheated (fraud)</source>
            <translation>Измамено</translation>
        </message>
        <message>
            <source>Lied to about the work or the conditions</source>
            <translation>Излъгано за работата или условията</translation>
        </message>
        <message>
            <source>Abuse of power (an employer, official or relative)</source>
            <translation>Злоупотреба с власт (работодател, служител или роднина)</translation>
        </message>
        <message>
            <source>Their difficult situation was exploited</source>
            <translation>Трудното му положение е използвано</translation>
        </message>
        <message>
            <source>Someone was paid to hand the person over</source>
            <translation>Някой е получил пари, за да предаде лицето</translation>
        </message>
        <message>
            <source>Sexual exploitation or prostitution</source>
            <translation>Сексуална експлоатация или проституция</translation>
        </message>
        <message>
            <source>Forced labour</source>
            <translation>Принудителен труд</translation>
        </message>
        <message>
            <source>Forced begging</source>
            <translation>Принудителна просия</translation>
        </message>
        <message>
            <source>Forced to commit crimes (theft, drugs…)</source>
            <translation>Принудено да извършва престъпления (кражби, наркотици…)</translation>
        </message>
        <message>
            <source>Domestic servitude</source>
            <translation>Домашно робство</translation>
        </message>
        <message>
            <source>Slavery or servitude</source>
            <translation>Робство или принудително служене</translation>
        </message>
        <message>
            <source>Removal of organs</source>
            <translation>Отнемане на органи</translation>
        </message>
        <message>
            <source>Forced marriage</source>
            <translation>Принудителен брак</translation>
        </message>
        <message>
            <source>Illegal adoption</source>
            <translation>Незаконно осиновяване</translation>
        </message>
        <message>
            <source>Worst forms of child labour</source>
            <translation>Най-тежки форми на детски труд</translation>
        </message>
        <message>
            <source>Reachable around the clock</source>
            <translation>Достъпен денонощно</translation>
        </message>
        <message>
            <source>Reachable now</source>
            <translation>Достъпен сега</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation>Затворено в момента</translation>
        </message>
        <message>
            <source>Opening hours not known – call to check</source>
            <translation>Работното време не е известно – обадете се за проверка</translation>
        </message>
        <message>
            <source>24/7</source>
            <translation>24/7</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Reachable now (until %1 local time)</source>
            <translation>Достъпен сега (до %1 местно време)</translation>
        </message>
        <message>
            <source>Closed now – opens %1 local time</source>
            <translation>Затворено в момента – отваря %1 местно време</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месец</translation>
        </message>
        <message>
            <source>Case type</source>
            <translation>Вид случай</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Child or adult</source>
            <translation>Дете или пълнолетен</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Цел</translation>
        </message>
        <message>
            <source>Urgent need</source>
            <translation>Спешна нужда</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Орган</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Проследяване</translation>
        </message>
        <message>
            <source>Body and follow-up</source>
            <translation>Орган и проследяване</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Пн</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Вт</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Ср</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Чт</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Пт</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Сб</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Нд</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобилен</translation>
        </message>
        <message>
            <source>Text messages</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Факс</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>целия ден</translation>
        </message>
        <message>
            <source>ext. %1</source>
            <translation>вътр. %1</translation>
        </message>
        <message>
            <source>confidential, not shown</source>
            <translation>поверителен, не е показан</translation>
        </message>
        <message>
            <source>Around the clock, every day</source>
            <translation>Денонощно, всеки ден</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>ПОВЕРИТЕЛНО</translation>
        </message>
        <message>
            <source>Local commission against trafficking</source>
            <translation>Местна комисия за борба с трафика на хора</translation>
        </message>
        <message>
            <source>serves other genders only</source>
            <translation>обслужва само друг пол</translation>
        </message>
        <message>
            <source>serves other ages</source>
            <translation>обслужва друга възраст</translation>
        </message>
        <message>
            <source>covers some regions only, and the person's region is not known</source>
            <translation>обхваща само някои области, а областта на лицето не е известна</translation>
        </message>
        <message>
            <source>covers other regions only</source>
            <translation>обхваща само други области</translation>
        </message>
        <message>
            <source>serves only nationals, or only foreign nationals, of its country</source>
            <translation>обслужва само граждани или само чужденци в своята държава</translation>
        </message>
        <message>
            <source>serves nationals of another country</source>
            <translation>обслужва граждани на друга държава</translation>
        </message>
        <message>
            <source>SAMPLE DATA – not for operational use</source>
            <translation>ПРИМЕРНИ ДАННИ – не са за оперативна употреба</translation>
        </message>
        <message>
            <source>placeholder – not a real number</source>
            <translation>примерен – не е истински номер</translation>
        </message>
        <message>
            <source>phone call</source>
            <translation>телефонно обаждане</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>имейл</translation>
        </message>
        <message>
            <source>website</source>
            <translation>уебсайт</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>писмо</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>потвърдено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>променено</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>недостъпно</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>no region recorded</source>
            <translation>без записан регион</translation>
        </message>
        <message>
            <source>Women and girls</source>
            <translation>Жени и момичета</translation>
        </message>
        <message>
            <source>Men and boys</source>
            <translation>Мъже и момчета</translation>
        </message>
        <message>
            <source>Other genders</source>
            <translation>Други полове</translation>
        </message>
        <message>
            <source>Nationals of its country</source>
            <translation>Граждани на неговата държава</translation>
        </message>
        <message>
            <source>Foreign nationals</source>
            <translation>Чужди граждани</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Всяка седмица</translation>
        </message>
    </context>
    <context>
        <name>WherePage</name>
        <message>
            <source>Where</source>
            <translation>Къде</translation>
        </message>
        <message>
            <source>The country and region where the person is now.</source>
            <translation>Държавата и областта, в които се намира лицето сега.</translation>
        </message>
        <message>
            <source>Country where the person is</source>
            <translation>Държава, в която се намира лицето</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Област</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Държава:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Област:</translation>
        </message>
        <message>
            <source>None or not known</source>
            <translation>Няма или не е известно</translation>
        </message>
        <message>
            <source>Met at a &amp;border crossing point</source>
            <translation>Срещнато на &amp;граничен пункт</translation>
        </message>
        <message>
            <source>Met at a border crossing point</source>
            <translation>Срещнато на граничен пункт</translation>
        </message>
        <message>
            <source>Country where the exploitation happened</source>
            <translation>Държава, в която е станала експлоатацията</translation>
        </message>
        <message>
            <source>Home region in the country of origin</source>
            <translation>Област по местоживеене в държавата на произход</translation>
        </message>
        <message>
            <source>Country your post represents</source>
            <translation>Държава, която вашата служба представлява</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Никоя</translation>
        </message>
        <message>
            <source>Country where your post is</source>
            <translation>Държава, в която се намира вашата служба</translation>
        </message>
        <message>
            <source>E&amp;xploited in:</source>
            <translation>&amp;Експлоатирано в:</translation>
        </message>
        <message>
            <source>&amp;Home region:</source>
            <translation>&amp;Родна област:</translation>
        </message>
        <message>
            <source>Your &amp;post represents:</source>
            <translation>Вашата служба &amp;представлява:</translation>
        </message>
        <message>
            <source>Your post &amp;is in:</source>
            <translation>Вашата служба се &amp;намира в:</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>Explain: %1</source>
            <translation>Обяснение: %1</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Choose the country where the person is now.</source>
            <translation>Изберете държавата, в която се намира лицето сега.</translation>
        </message>
        <message>
            <source>Age %1 does not fit the age group: change one of them.</source>
            <translation>Възраст %1 не отговаря на възрастовата група: променете едното от двете.</translation>
        </message>
        <message>
            <source>Age %1 is not between 0 and 120.</source>
            <translation>Възраст %1 не е между 0 и 120.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Languages: %1 is not a language. Pick it from the list or write its name.</source>
            <translation>Езици: %1 не е език. Изберете го от списъка или напишете името му.</translation>
        </message>
        <message>
            <source>%2: %1 is not a country. Pick one from the list.</source>
            <translation>%2: %1 не е държава. Изберете от списъка.</translation>
        </message>
        <message>
            <source>Region: %1 is not a region of this country. Pick one from the list or leave it empty.</source>
            <translation>Регион: %1 не е регион на тази държава. Изберете от списъка или оставете празно.</translation>
        </message>
        <message>
            <source>Country your post represents</source>
            <translation>Държава, която вашата служба представлява</translation>
        </message>
        <message>
            <source>Country where your post is</source>
            <translation>Държава, в която се намира вашата служба</translation>
        </message>
        <message>
            <source>Exploited in</source>
            <translation>Експлоатирано в</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>The password was not accepted. Type it again.</source>
            <translation>Паролата не беше приета. Въведете я отново.</translation>
        </message>
        <message>
            <source>Central database password</source>
            <translation>Парола за централната база данни</translation>
        </message>
        <message>
            <source>Password of your login to the central database:</source>
            <translation>Паролата на вашия потребител в централната база данни:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Парола:</translation>
        </message>
        <message>
            <source>&amp;Keep it in this computer's keyring</source>
            <translation>&amp;Запазване в хранилището за пароли на този компютър</translation>
        </message>
        <message>
            <source>This computer has no keyring: the password is asked for each time.</source>
            <translation>Този компютър няма хранилище за пароли: паролата се пита всеки път.</translation>
        </message>
    </context>
    <context>
        <name>CallNow</name>
        <message>
            <source>Open now</source>
            <translation>Отворено сега</translation>
        </message>
        <message>
            <source>Around the clock</source>
            <translation>Денонощно</translation>
        </message>
        <message>
            <source>Emergency numbers and helplines</source>
            <translation>Спешни номера и горещи линии</translation>
        </message>
    </context>
    <context>
        <name>CallNowView</name>
        <message>
            <source>As of %1</source>
            <translation>Към %1</translation>
        </message>
        <message>
            <source>No number in the directory answers now.</source>
            <translation>Сега не отговаря нито един номер от указателя.</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>Цялата страна</translation>
        </message>
        <message>
            <source>Numbers to call now</source>
            <translation>Номера за обаждане сега</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Опресни</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Регион:</translation>
        </message>
        <message>
            <source>Call now</source>
            <translation>Обадете се сега</translation>
        </message>
        <message>
            <source>Finding who answers now…</source>
            <translation>Търсене кой отговаря сега…</translation>
        </message>
    </context>
    <context>
        <name>CodeListEditor</name>
        <message>
            <source>find one to add</source>
            <translation>намерете стойност за добавяне</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добави</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Премахни</translation>
        </message>
        <message>
            <source>“{text}” is not in the list.</source>
            <translation>„{text}“ не е в списъка.</translation>
        </message>
    </context>
    <context>
        <name>RetiredRecords</name>
        <message>
            <source>organization</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>location</source>
            <translation>място</translation>
        </message>
        <message>
            <source>service</source>
            <translation>услуга</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>контакт</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <source>Every change of the selected record</source>
            <translation>Всички промени на избрания запис</translation>
        </message>
        <message>
            <source>Re&amp;store…</source>
            <translation>&amp;Възстановяване…</translation>
        </message>
        <message>
            <source>Bring the retired record back as it was</source>
            <translation>Връща оттегления запис такъв, какъвто е бил</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Държава:</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Оттеглен</translation>
        </message>
        <message>
            <source>By</source>
            <translation>От</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Retired records</source>
            <translation>Оттеглени записи</translation>
        </message>
        <message numerus="yes">
            <source>%n retired record(s)</source>
            <translation>
                <numerusform>%n оттеглен запис</numerusform>
                <numerusform>%n оттеглени записа</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>(none)</source>
            <translation>(няма)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Изчисти</translation>
        </message>
        <message>
            <source>No record of this name.</source>
            <translation>Няма запис с това име.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Премахни</translation>
        </message>
        <message>
            <source>Type a name to find a record</source>
            <translation>Въведете име, за да намерите запис</translation>
        </message>
        <message>
            <source>find a record</source>
            <translation>търсене на запис</translation>
        </message>
        <message>
            <source>records found</source>
            <translation>намерени записи</translation>
        </message>
        <message>
            <source>{id} (no record with this id in the directory)</source>
            <translation>{id} (няма запис с този идентификатор в указателя)</translation>
        </message>
    </context>
    <context>
        <name>RestoreReport</name>
        <message>
            <source>that record is no longer in the directory</source>
            <translation>този запис вече не е в указателя</translation>
        </message>
        <message>
            <source>the field was changed since the retirement</source>
            <translation>полето е променено след оттеглянето</translation>
        </message>
        <message>
            <source>{kind} “{record}”: {field} → {target}: not linked again, {why}.</source>
            <translation>{kind} „{record}“: {field} → {target}: връзката не е възстановена, {why}.</translation>
        </message>
    </context>
</TS>
