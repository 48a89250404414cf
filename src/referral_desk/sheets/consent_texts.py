"""The consent statement and the rights an adult is told, in the languages people speak.

These are legal wording, printed for the person to read and sign; the program's own
languages have theirs here too, so that one text is printed whatever the caseworker's
language. The rights follow Directive 2011/36/EU (Art. 11 and 12: help that does not
depend on cooperating with the police, interpretation, legal counselling free of charge
for those without means) and Directive 2004/81/EC (Art. 6: a reflection period for
nationals of countries outside the EU, during which no expulsion order is enforced).
Adding a language takes one entry here; its script's direction is in ``RIGHT_TO_LEFT``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConsentText:
    """One language's consent statement and rights, each with its heading."""

    consent_title: str
    consent: str
    rights_title: str
    rights: str


RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps"})

TEXTS: dict[str, ConsentText] = {
    "en": ConsentText(
        "Consent",
        "I have been told, in a language I understand, which bodies this sheet refers me to, "
        "why, and what they will be told about me. I agree to be referred to them. I know that "
        "I may refuse or withdraw my consent at any time, and that help does not depend on my "
        "cooperating with the police.",
        "Your rights",
        "Help – a safe place to stay, medical care, psychological support and advice – does "
        "not depend on whether you report to the police or give evidence. You have the right "
        "to an interpreter and to information in a language you understand. You have the "
        "right to legal advice, free of charge if you cannot pay for it. If you come from a "
        "country outside the European Union, you have the right to a period to recover and "
        "to decide whether to cooperate with the authorities; during this period you will not "
        "be expelled. Your personal data are protected and are passed on only as explained to "
        "you.",
    ),
    "bg": ConsentText(
        "Съгласие",
        "Бях информиран(а) на разбираем за мен език към кои органи ме насочва този формуляр, "
        "защо и какво ще им бъде съобщено за мен. Съгласен(на) съм да бъда насочен(а) към тях. "
        "Знам, че мога да откажа или да оттегля съгласието си по всяко време и че помощта не "
        "зависи от сътрудничеството ми с полицията.",
        "Вашите права",
        "Помощта – безопасно място за настаняване, медицинска грижа, психологическа подкрепа и "
        "консултации – не зависи от това дали ще подадете сигнал в полицията или ще дадете "
        "показания. Имате право на преводач и на информация на език, който разбирате. Имате "
        "право на правна консултация, безплатно, ако не можете да я платите. Ако идвате от "
        "държава извън Европейския съюз, имате право на срок за възстановяване и размисъл, за "
        "да решите дали да сътрудничите на властите; през този срок няма да бъдете "
        "експулсиран(а). Личните Ви данни са защитени и се предават само по начина, който Ви е "
        "обяснен.",
    ),
    "de": ConsentText(
        "Einwilligung",
        "Mir wurde in einer Sprache, die ich verstehe, erklärt, an welche Stellen mich dieser "
        "Bogen vermittelt, warum, und was ihnen über mich mitgeteilt wird. Ich bin "
        "einverstanden, an sie vermittelt zu werden. Ich weiß, dass ich meine Einwilligung "
        "jederzeit verweigern oder widerrufen kann und dass Hilfe nicht davon abhängt, dass "
        "ich mit der Polizei zusammenarbeite.",
        "Ihre Rechte",
        "Hilfe – ein sicherer Ort zum Wohnen, medizinische Versorgung, psychologische "
        "Unterstützung und Beratung – hängt nicht davon ab, ob Sie Anzeige bei der Polizei "
        "erstatten oder aussagen. Sie haben das Recht auf eine Dolmetscherin oder einen "
        "Dolmetscher und auf Informationen in einer Sprache, die Sie verstehen. Sie haben das "
        "Recht auf Rechtsberatung, kostenlos, wenn Sie sie nicht bezahlen können. Wenn Sie aus "
        "einem Land außerhalb der Europäischen Union kommen, haben Sie das Recht auf eine "
        "Bedenkzeit, um sich zu erholen und zu entscheiden, ob Sie mit den Behörden "
        "zusammenarbeiten; in dieser Zeit werden Sie nicht abgeschoben. Ihre persönlichen Daten "
        "sind geschützt und werden nur so weitergegeben, wie es Ihnen erklärt wurde.",
    ),
    "ro": ConsentText(
        "Consimțământ",
        "Mi s-a explicat, într-o limbă pe care o înțeleg, către ce instituții mă îndrumă "
        "această fișă, de ce și ce li se va comunica despre mine. Sunt de acord să fiu "
        "îndrumat(ă) către ele. Știu că pot refuza sau îmi pot retrage consimțământul în orice "
        "moment și că ajutorul nu depinde de cooperarea mea cu poliția.",
        "Drepturile dumneavoastră",
        "Ajutorul – un loc sigur de cazare, îngrijire medicală, sprijin psihologic și "
        "consiliere – nu depinde de faptul că faceți o sesizare la poliție sau că depuneți "
        "mărturie. Aveți dreptul la un interpret și la informații într-o limbă pe care o "
        "înțelegeți. Aveți dreptul la consiliere juridică, gratuită dacă nu o puteți plăti. "
        "Dacă veniți dintr-o țară din afara Uniunii Europene, aveți dreptul la o perioadă de "
        "recuperare și de reflecție, pentru a decide dacă cooperați cu autoritățile; în această "
        "perioadă nu veți fi expulzat(ă). Datele dumneavoastră personale sunt protejate și sunt "
        "transmise numai în modul în care vi s-a explicat.",
    ),
    "ru": ConsentText(
        "Согласие",
        "Мне объяснили на понятном мне языке, в какие организации меня направляет этот лист, "
        "зачем и что им сообщат обо мне. Я даю согласие на направление к ним. Я знаю, что могу "
        "отказаться или отозвать своё согласие в любое время и что помощь не зависит от моего "
        "сотрудничества с полицией.",
        "Ваши права",
        "Помощь – безопасное жильё, медицинская помощь, психологическая поддержка и "
        "консультации – не зависит от того, обратитесь ли вы в полицию и дадите ли показания. "
        "Вы имеете право на переводчика и на информацию на понятном вам языке. Вы имеете право "
        "на юридическую консультацию, бесплатную, если вы не можете за неё заплатить. Если вы "
        "прибыли из страны, не входящей в Европейский союз, вы имеете право на период "
        "восстановления и размышления, чтобы решить, сотрудничать ли с властями; в течение "
        "этого периода вас не вышлют из страны. Ваши персональные данные защищены и передаются "
        "только так, как вам объяснили.",
    ),
    "uk": ConsentText(
        "Згода",
        "Мені пояснили зрозумілою для мене мовою, до яких організацій мене скеровує цей лист, "
        "навіщо і що їм буде повідомлено про мене. Я даю згоду на скерування до них. Я знаю, "
        "що можу відмовитися або відкликати свою згоду будь-коли і що допомога не залежить від "
        "моєї співпраці з поліцією.",
        "Ваші права",
        "Допомога – безпечне житло, медична допомога, психологічна підтримка та консультації – "
        "не залежить від того, чи звернетеся ви до поліції і чи дасте свідчення. Ви маєте право "
        "на перекладача та на інформацію зрозумілою для вас мовою. Ви маєте право на юридичну "
        "консультацію, безоплатну, якщо ви не можете за неї заплатити. Якщо ви прибули з "
        "країни, що не входить до Європейського Союзу, ви маєте право на період відновлення та "
        "роздумів, щоб вирішити, чи співпрацювати з органами влади; протягом цього періоду вас "
        "не видворять з країни. Ваші персональні дані захищені й передаються лише так, як вам "
        "пояснили.",
    ),
    "ar": ConsentText(
        "الموافقة",
        "لقد أُبلغتُ، بلغةٍ أفهمها، بالجهات التي تحيلني إليها هذه الورقة، وبأسباب هذه الإحالة، "
        "وبما سيُبلَّغون به عني. أوافق على إحالتي إليها. وأعلم أنه يحق لي أن أرفض أو أن أسحب موافقتي "
        "في أي وقت، وأن المساعدة لا تتوقف على تعاوني مع الشرطة.",
        "حقوقك",
        "لا تتوقف المساعدة – مكان آمن للإقامة، ورعاية طبية، ودعم نفسي، واستشارة – على قيامك "
        "بإبلاغ الشرطة أو بالإدلاء بشهادة. لك الحق في مترجم شفهي وفي الحصول على المعلومات "
        "بلغة تفهمها. "
        "لك الحق في استشارة قانونية، مجانًا إذا لم تكن قادرًا على دفع تكاليفها. إذا كنت قادمًا من "
        "بلد خارج الاتحاد الأوروبي، فلك الحق في فترة للتعافي والتفكير لتقرر ما إذا كنت ستتعاون "
        "مع السلطات؛ ولن يتم ترحيلك خلال هذه الفترة. بياناتك الشخصية محمية، ولا تُنقل إلا على "
        "النحو الذي شُرح لك.",
    ),
}


def consent_text(lang: str) -> ConsentText | None:
    """The consent statement and rights in ``lang`` (ISO 639 code), or None if not translated."""
    return TEXTS.get(lang)


def is_right_to_left(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def consent_languages(
    sheet_lang: str, second_lang: str | None, spoken: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The languages to print the consent in (sheet's, second, then the person's), and
    the person's languages that have no translation, each once and in that order."""
    wanted = dict.fromkeys(code for code in (sheet_lang, second_lang, *spoken) if code)
    printed = tuple(code for code in wanted if code in TEXTS)
    missing = tuple(code for code in wanted if code not in TEXTS)
    return printed, missing
