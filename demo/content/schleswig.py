"""The demo's second organisation: Stadt Schleswig on the district's installation (issue 22).

A small welcome portal of its own (three topics) and one open participation with two chapters.
Invented for the demo in the style of a town's own pages; places and offices are real names of
the town, the plans are not.
"""

NAME = "Stadt Schleswig"
HOST = "schleswig.localhost"
# The offices of demo/content/welcome.py (by key) that the town keeps, not the district.
OFFICES = ["vhs"]
LANGUAGES = ("de", "en", "ar")

HOME_TITLE = "Willkommen in Schleswig"
HOME_INTRO = (
    "<p>Willkommen in Schleswig! Hier finden Sie Informationen der Stadt für Menschen, die neu "
    "in Schleswig sind, und die Beteiligungen der Stadt, an denen Sie mitwirken können.</p>"
)

TOPICS = [
    {
        "slug": "buergerbuero",
        "title": "Bürgerbüro im Rathaus",
        "summary": "Anmelden, Ausweise, Bescheinigungen: was das Bürgerbüro der Stadt für Sie erledigt.",
        "body": [
            ("heading", "Termine im Bürgerbüro"),
            (
                "paragraph",
                "<p>Das Bürgerbüro im Rathaus erledigt die Anmeldung Ihrer Wohnung, "
                "Ausweise und viele Bescheinigungen. Bitte buchen Sie vorher einen Termin, online "
                "oder am Telefon. Bringen Sie Ihren Pass und die Wohnungsgeberbestätigung mit.</p>",
            ),
            (
                "note",
                "Wenn Sie Deutsch noch nicht gut sprechen, dürfen Sie eine Person mitbringen, die für Sie übersetzt.",
            ),
        ],
    },
    {
        "slug": "kita-und-schule",
        "title": "Kita und Schule in Schleswig",
        "summary": "Wie Sie einen Kita-Platz finden und Ihr Kind in der Schule anmelden.",
        "body": [
            ("heading", "Einen Kita-Platz finden"),
            (
                "paragraph",
                "<p>Kinder ab einem Jahr haben ein Recht auf einen Platz in einer Kita oder bei "
                "einer Tagesmutter. Melden Sie Ihr Kind früh an, am besten über das Kita-Portal "
                "des Landes. Die Kita-Beratung der Stadt hilft Ihnen dabei.</p>",
            ),
            ("heading", "Die Schule"),
            (
                "paragraph",
                "<p>Alle Kinder ab sechs Jahren müssen zur Schule gehen. Kinder, die neu in "
                "Deutschland sind, lernen zuerst in einer DaZ-Klasse Deutsch.</p>",
            ),
        ],
    },
    {
        "slug": "freizeit-und-vereine",
        "title": "Freizeit und Vereine",
        "summary": "Sport, Musik, Begegnung: wo Sie in Schleswig Menschen kennenlernen.",
        "body": [
            ("heading", "Mitmachen"),
            (
                "paragraph",
                "<p>In Schleswig gibt es viele Vereine: Sport, Rudern auf der Schlei, Musik und "
                "Chöre. Viele Vereine freuen sich über neue Mitglieder. Das Stadtteilzentrum "
                "Friedrichsberg lädt jeden Donnerstag zum Sprachcafé ein.</p>",
            ),
        ],
    },
]

CONCEPT = {
    "slug": "lokaler-aktionsplan-integration",
    "title": "Lokaler Aktionsplan Integration der Stadt Schleswig",
    "summary": "Entwurf: was die Stadt Schleswig in den nächsten zwei Jahren für ein gutes Ankommen tun will.",
    "intro": (
        "<p>Die Stadt Schleswig ergänzt das Integrationskonzept des Kreises um einen lokalen "
        "Aktionsplan. Kommentieren Sie den Entwurf Absatz für Absatz. Jeder Beitrag wird "
        "gelesen und von der Stadt beantwortet.</p>"
    ),
    "chapters": [
        {
            "slug": "ankommen-in-den-stadtteilen",
            "number": 1,
            "title": "Ankommen in den Stadtteilen",
            "summary": "Lotsinnen und Lotsen in jedem Stadtteil und ein Willkommenstreff im Rathaus.",
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Viele neue Schleswigerinnen und Schleswiger wohnen in Friedrichsberg und auf "
                    "dem Hesterberg. Die Wege zu Beratung und Ämtern sind dort lang.</p>",
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": "Lotsinnen und Lotsen in jedem Stadtteil",
                            "responsible": "Stadt Schleswig, Fachbereich Soziales",
                            "partners": "Stadtteilzentren, Wohlfahrtsverbände",
                            "timeframe": "2027",
                        },
                        {
                            "measure": "Willkommenstreff einmal im Monat im Rathaus",
                            "responsible": "Stadt Schleswig, Bürgerbüro",
                            "partners": "Migrationsberatung",
                            "timeframe": "ab 2027",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "sprache-und-begegnung",
            "number": 2,
            "title": "Sprache und Begegnung",
            "summary": "Mehr Sprachcafés und Kurse mit Kinderbetreuung.",
            "body": [
                ("heading", "Ziele"),
                (
                    "paragraph",
                    "<p>Wer Deutsch lernen möchte, soll in jedem Stadtteil ein Angebot finden, auch "
                    "Eltern kleiner Kinder.</p>",
                ),
                ("goals", ["Ein Sprachcafé in jedem Stadtteil", "Zwei Kurse im Jahr mit Kinderbetreuung"]),
            ],
        },
    ],
}

_DEMO_NOTE = (
    "note",
    "Dies ist eine Demonstrationsversion des Portals. Namen, Adressen und Telefonnummern sind "
    "erfunden. Verbindliche Informationen der Stadt finden Sie auf www.schleswig.de.",
)

LEGAL = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "body": [
            _DEMO_NOTE,
            ("heading", "Herausgeberin"),
            (
                "paragraph",
                "<p>Stadt Schleswig, vertreten durch den Bürgermeister, Rathausmarkt 1, 24837 Schleswig. "
                "Das Portal wird vom Kreis Schleswig-Flensburg im Auftrag der Stadt betrieben.</p>",
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "body": [
            _DEMO_NOTE,
            ("heading", "Verantwortlich"),
            (
                "paragraph",
                "<p>Verantwortlich für die Beiträge zu den Beteiligungen der Stadt ist die Stadt "
                "Schleswig. Der Kreis Schleswig-Flensburg betreibt das Portal in ihrem Auftrag "
                "(Auftragsverarbeitung nach Art. 28 DSGVO) und sieht keine Beiträge und Adressen "
                "der Stadt ein.</p>",
            ),
            ("heading", "Was gespeichert wird"),
            (
                "paragraph",
                "<p>Wie beim Kreis: Ihr Name oder Pseudonym und Ihr Beitrag, öffentlich; Ihre "
                "E-Mail-Adresse nur für die Bestätigung und Benachrichtigungen, nie angezeigt, und "
                "nur so lange, wie die Beteiligung es braucht. Ihre IP-Adresse wird nicht "
                "gespeichert.</p>",
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "body": [
            _DEMO_NOTE,
            (
                "paragraph",
                "<p>Die Stadt Schleswig bemüht sich, dieses Portal barrierefrei zugänglich zu machen "
                "(BITV 2.0, WCAG 2.1 AA). Barrieren melden Sie bitte dem Bürgerbüro der Stadt.</p>",
            ),
        ],
    },
]

ADDRESS = "Rathausmarkt 1 · 24837 Schleswig"
# The town's look and mails (its portal settings): a dark red (9.4 : 1 with white text), a shield
# drawn by the demo (demo/pictures.py: logo) and its own sender address.
ACCENT = "#8a1538"
LOGO_LETTER = "S"
SENDER_ADDRESS = "beteiligung@schleswig.example.org"

# The start page in the demo's further languages (the topics stay German: the German fallback
# with its note in the visitor's language shows them).
HOME_TRANSLATIONS = {
    "en": {
        "title": "Welcome to Schleswig",
        "intro": (
            "<p>Welcome to Schleswig! Here you will find the town's information for people who are new "
            "to Schleswig, and the town's participations you can take part in.</p>"
        ),
    },
    "ar": {
        "title": "أهلاً بكم في شليسفيغ",
        "intro": (
            "<p>مرحباً بكم في شليسفيغ! تجدون هنا معلومات المدينة للقادمين الجدد إلى شليسفيغ، "
            "والمشاركات التي تنظمها المدينة ويمكنكم المساهمة فيها.</p>"
        ),
    },
}
