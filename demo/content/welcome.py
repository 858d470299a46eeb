"""Demo-Inhalte für das Willkommensportal des Kreises Schleswig-Flensburg.

Reine Daten (str/list/dict/tuple). Alle Personennamen, Adressen der
Beratungsstellen, Telefonnummern und E-Mail-Adressen sind erfunden.
"""

HOME = {
    "title": "Willkommen im Kreis Schleswig-Flensburg",
    "intro": (
        "<p>Herzlich willkommen im Kreis Schleswig-Flensburg! Unser Kreis liegt "
        "ganz im Norden von Deutschland, zwischen Ostsee, Schlei und der Grenze "
        "zu Dänemark. Hier leben rund 200.000 Menschen – in Städten wie "
        "Schleswig, Kappeln und Glücksburg und in vielen kleinen Dörfern.</p>"
        "<p>Auf diesen Seiten finden Sie einfache Informationen für die erste "
        "Zeit: zu Beratung, Sprachkursen, Kita und Schule, Arbeit, Wohnen, "
        "Gesundheit und Alltag. Die Informationen ersetzen keine persönliche "
        "Beratung. Die Beratungsstellen im Kreis helfen Ihnen gern – kostenlos "
        "und vertraulich.</p>"
    ),
}


# ---------------------------------------------------------------------------
# Beratungsstellen und Ämter (Adressen, Telefonnummern und E-Mail-Adressen
# sind für die Demo erfunden)
# ---------------------------------------------------------------------------

OFFICES = [
    {
        "key": "auslaenderbehoerde",
        "name": "Ausländerbehörde des Kreises Schleswig-Flensburg",
        "street": "Am Kreishaus 4",
        "postcode": "24837",
        "city": "Schleswig",
        "phone": "04621 87-1410",
        "email": "auslaenderbehoerde@example.org",
        "website": "https://auslaenderbehoerde.example.org",
        "opening_hours": ("Mo, Di, Fr 8:30–12:00\nDo 14:00–17:30\nMi geschlossen\nTermine nur nach Vereinbarung"),
        "languages": ["de", "en", "ar", "ru"],
        "description": (
            "Zuständig für Aufenthaltstitel, Verlängerungen, Arbeitserlaubnisse, "
            "Wohnsitzauflagen und Einbürgerung im Kreisgebiet (nicht für die "
            "Stadt Flensburg). Bitte vereinbaren Sie vor Ihrem Besuch einen Termin."
        ),
    },
    {
        "key": "buergerbuero-satrup",
        "name": "Bürgerbüro Satrup (Einwohnermeldeamt)",
        "street": "Am Markt 3",
        "postcode": "24986",
        "city": "Satrup",
        "phone": "04621 87-2230",
        "email": "buergerbuero-satrup@example.org",
        "website": "",
        "opening_hours": ("Mo–Fr 8:00–12:00\nDi 14:00–16:00\nDo 14:00–18:00"),
        "languages": ["de", "en", "da", "pl"],
        "description": (
            "Hier melden Sie Ihre Wohnung an, um oder ab und beantragen "
            "Meldebescheinigungen und Ausweise. Für die Anmeldung brauchen Sie "
            "Ihren Pass und die Wohnungsgeberbestätigung."
        ),
    },
    {
        "key": "migrationsberatung",
        "name": "Migrationsberatung für erwachsene Zuwanderer (MBE) Kappeln",
        "street": "Mühlenstraße 12",
        "postcode": "24376",
        "city": "Kappeln",
        "phone": "04621 87-3310",
        "email": "mbe-kappeln@example.org",
        "website": "https://mbe-kappeln.example.org",
        "opening_hours": (
            "Mo 9:00–12:00 (offene Sprechstunde)\n"
            "Mi 14:00–17:00\n"
            "Do 9:00–12:00\n"
            "Außensprechstunden in Süderbrarup und Satrup nach Vereinbarung"
        ),
        "languages": ["de", "en", "ar", "fa", "prs", "ps", "kmr"],
        "description": (
            "Kostenlose und vertrauliche Beratung für Zugewanderte ab 27 Jahren: "
            "Aufenthalt, Sprachkurs, Arbeit, Familie, Geld und Briefe von Behörden."
        ),
    },
    {
        "key": "jugendmigrationsdienst",
        "name": "Jugendmigrationsdienst (JMD) Schleswig",
        "street": "Brauereiweg 5",
        "postcode": "24837",
        "city": "Schleswig",
        "phone": "04621 87-3420",
        "email": "jmd-schleswig@example.org",
        "website": "https://jmd-schleswig.example.org",
        "opening_hours": ("Mo–Do 10:00–16:00\nFr 10:00–13:00\nJugendtreff: Mi 16:00–19:00"),
        "languages": ["de", "en", "ar", "ti", "so", "fr"],
        "description": (
            "Beratung und Begleitung für junge Zugewanderte von 12 bis 27 Jahren: "
            "Schule, Ausbildung, Studium, Bewerbung und persönliche Fragen."
        ),
    },
    {
        "key": "vhs",
        "name": "Volkshochschule Schleswig – Fachbereich Deutsch und Integration",
        "street": "Schulgang 2",
        "postcode": "24837",
        "city": "Schleswig",
        "phone": "04621 87-4150",
        "email": "vhs-deutsch@example.org",
        "website": "https://vhs-schleswig.example.org",
        "opening_hours": ("Mo–Do 9:00–12:30\nDi 14:00–17:00\nEinstufungstests: Mi 9:00 und 13:00"),
        "languages": ["de", "en", "uk", "ru", "tr"],
        "description": (
            "Integrationskurse, Alphabetisierungskurse, Berufssprachkurse und "
            "Einstufungstests. Kursorte in Schleswig, Kappeln und Tarp, teilweise "
            "mit Kinderbetreuung."
        ),
    },
    {
        "key": "jobcenter",
        "name": "Jobcenter Schleswig-Flensburg – Standort Schleswig",
        "street": "Werkstraße 18",
        "postcode": "24837",
        "city": "Schleswig",
        "phone": "04621 87-5000",
        "email": "jobcenter-schleswig@example.org",
        "website": "https://jobcenter-schleswig-flensburg.example.org",
        "opening_hours": ("Mo–Fr 8:00–12:00\nDo 14:00–17:00\nTermine nach Vereinbarung"),
        "languages": ["de", "en", "ar", "uk", "ru", "pl", "ro"],
        "description": (
            "Grundsicherung für Arbeitsuchende, Arbeitsvermittlung, Sprachkurse "
            "und Weiterbildung. Bringen Sie zu jedem Termin Ihr Einladungsschreiben mit."
        ),
    },
    {
        "key": "anerkennungsberatung",
        "name": "Beratungsstelle Anerkennung und Arbeit Handewitt",
        "street": "Alter Kirchweg 21",
        "postcode": "24983",
        "city": "Handewitt",
        "phone": "04621 87-5240",
        "email": "anerkennung-handewitt@example.org",
        "website": "https://anerkennung-handewitt.example.org",
        "opening_hours": ("Di 9:00–13:00\nDo 13:00–17:00\nVideo- und Telefonberatung nach Vereinbarung"),
        "languages": ["de", "en", "uk", "ru", "tr", "ro", "sq"],
        "description": (
            "Beratung zur Anerkennung ausländischer Berufs- und Studienabschlüsse, "
            "zu Anpassungsqualifizierungen und zum Weg in passende Arbeit."
        ),
    },
    {
        "key": "gesundheitsamt",
        "name": "Gesundheitsamt des Kreises Schleswig-Flensburg",
        "street": "Am Kreishaus 6",
        "postcode": "24837",
        "city": "Schleswig",
        "phone": "04621 87-6100",
        "email": "gesundheitsamt@example.org",
        "website": "https://gesundheitsamt.example.org",
        "opening_hours": ("Mo–Fr 8:30–12:00\nDo 14:00–16:00\nImpfsprechstunde: Di 14:00–16:00"),
        "languages": ["de", "en", "da"],
        "description": (
            "Impfberatung, Schuleingangsuntersuchung, Sozialpsychiatrischer Dienst "
            "und Vermittlung von Sprach- und Integrationsmittlern für Gesundheitstermine."
        ),
    },
    {
        "key": "familienzentrum",
        "name": "Familienzentrum Süderbrarup",
        "street": "Schmiedeweg 7",
        "postcode": "24392",
        "city": "Süderbrarup",
        "phone": "04621 87-7320",
        "email": "familienzentrum-suederbrarup@example.org",
        "website": "",
        "opening_hours": ("Mo–Do 8:30–15:00\nFr 8:30–12:00\nEltern-Kind-Café: Mi 15:00–17:00"),
        "languages": ["de", "en", "ar", "uk", "da"],
        "description": (
            "Treffpunkt und Beratung für Familien: Eltern-Kind-Gruppen, Hilfe bei "
            "der Kita-Suche, Familienbildung und Frühe Hilfen."
        ),
    },
    {
        "key": "ehrenamt-harrislee",
        "name": "Koordinierungsstelle Ehrenamt und Integration Harrislee",
        "street": "Am Markt 11",
        "postcode": "24955",
        "city": "Harrislee",
        "phone": "04621 87-8140",
        "email": "ehrenamt-harrislee@example.org",
        "website": "https://ehrenamt-harrislee.example.org",
        "opening_hours": ("Di 10:00–12:00\nDo 15:00–18:00\nSprachcafé: Sa 15:00–17:00"),
        "languages": ["de", "en", "da", "ti", "uk", "ar"],
        "description": (
            "Vermittelt ehrenamtliche Lotsinnen und Lotsen, Sprachpatenschaften "
            "und Kontakte zu Vereinen. Hier können Sie sich auch selbst engagieren."
        ),
    },
    {
        "key": "wohnen-tarp",
        "name": "Wohnraumberatung und Wohnungslotsen Tarp",
        "street": "Stapelholmer Weg 2",
        "postcode": "24963",
        "city": "Tarp",
        "phone": "04621 87-9210",
        "email": "wohnungslotsen-tarp@example.org",
        "website": "",
        "opening_hours": ("Mo 9:00–12:00\nMi 14:00–17:00\nHausbesuche nach Vereinbarung"),
        "languages": ["de", "en", "ar", "kmr", "ckb", "uk"],
        "description": (
            "Hilfe bei der Wohnungssuche, beim Mietvertrag und bei Problemen mit "
            "Nebenkosten oder Vermietern. Die Lotsen sprechen auch mit Vermietern."
        ),
    },
]


# ---------------------------------------------------------------------------
# Themen des Willkommensportals
# ---------------------------------------------------------------------------

TOPICS = [
    # 1 ---------------------------------------------------------------------
    {
        "slug": "ankommen",
        "title": "Ankommen",
        "summary": (
            "Die ersten Schritte nach dem Umzug: Wohnung anmelden, Aufenthalt "
            "klären, Konto und Versicherung, wichtige Dokumente."
        ),
        "body": [
            ("heading", "Die ersten Wochen"),
            (
                "paragraph",
                "<p>Sie sind neu im Kreis Schleswig-Flensburg. Am Anfang gibt es "
                "viele Termine und Formulare. Das ist normal. Machen Sie eine Liste "
                "und erledigen Sie alles Schritt für Schritt.</p>"
                "<p>Heben Sie alle Briefe von Ämtern gut auf. Viele Briefe haben eine "
                "<b>Frist</b>. Das heißt: Sie müssen bis zu einem bestimmten Tag "
                "antworten. Wenn Sie einen Brief nicht verstehen, gehen Sie zu einer "
                "Beratungsstelle.</p>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Wohnung anmelden"),
            (
                "paragraph",
                "<p>Sie müssen Ihre Wohnung innerhalb von <b>zwei Wochen</b> nach dem "
                "Einzug anmelden. Das machen Sie im Bürgerbüro (Einwohnermeldeamt) "
                "Ihres Amtes oder Ihrer Stadt. Bringen Sie mit:</p>"
                "<ul><li>Ihren Pass oder ein anderes Ausweisdokument</li>"
                "<li>die Wohnungsgeberbestätigung (Sie bekommen sie von Ihrem "
                "Vermieter)</li>"
                "<li>Ihren Aufenthaltstitel, wenn Sie einen haben</li></ul>",
            ),
            (
                "paragraph",
                "<p>Sie bekommen eine Meldebescheinigung. Bewahren Sie diese gut auf. "
                "Einige Wochen später schickt Ihnen das Bundeszentralamt für Steuern "
                "Ihre <b>Steuer-Identifikationsnummer</b> per Post. Sie brauchen die "
                "Nummer für die Arbeit.</p>",
            ),
            ("heading", "Aufenthalt klären"),
            (
                "paragraph",
                "<p>Für Aufenthaltstitel ist die Ausländerbehörde des Kreises "
                "zuständig. Sie hilft auch bei Fragen zur Arbeitserlaubnis und zur "
                "Wohnsitzauflage. Bitte vereinbaren Sie immer einen Termin.</p>"
                "<p>Ihr Aufenthaltstitel hat ein Ablaufdatum. Beantragen Sie die "
                "Verlängerung früh, am besten <b>acht Wochen vorher</b>. Menschen aus "
                "der Europäischen Union brauchen keinen Aufenthaltstitel. Sie müssen "
                "sich aber auch anmelden.</p>",
            ),
            ("heading", "Konto, Versicherung und Telefon"),
            (
                "paragraph",
                "<ul><li><b>Girokonto:</b> Jeder Mensch in Deutschland hat das Recht "
                "auf ein Basiskonto. Sie brauchen ein Konto für Lohn, Miete und "
                "Leistungen vom Amt.</li>"
                "<li><b>Krankenversicherung:</b> Sie ist in Deutschland Pflicht. "
                "Mehr dazu lesen Sie im Thema Gesundheit.</li>"
                "<li><b>Haftpflichtversicherung:</b> Sie ist nicht Pflicht, aber sehr "
                "sinnvoll. Sie zahlt, wenn Sie aus Versehen etwas kaputt machen.</li>"
                "<li><b>Handy:</b> Unterschreiben Sie keinen langen Vertrag, den Sie "
                "nicht verstehen. Eine Prepaid-Karte ist am Anfang oft besser.</li></ul>",
            ),
            ("heading", "Wichtige Dokumente"),
            (
                "paragraph",
                "<p>Legen Sie einen Ordner an für Pass, Aufenthaltstitel, "
                "Meldebescheinigung, Zeugnisse und Verträge. Machen Sie Kopien oder "
                "Fotos von allen wichtigen Dokumenten. Geben Sie Originale nur ab, "
                "wenn ein Amt es verlangt, und lassen Sie sich eine Quittung geben.</p>"
                "<p>Zeugnisse und Urkunden aus dem Ausland müssen oft übersetzt "
                "werden. Ämter nehmen meist nur Übersetzungen von vereidigten oder "
                "ermächtigten Übersetzerinnen und Übersetzern an.</p>",
            ),
        ],
        "offices": ["buergerbuero-satrup", "auslaenderbehoerde", "migrationsberatung"],
    },
    # 2 ---------------------------------------------------------------------
    {
        "slug": "beratung-und-hilfe",
        "title": "Beratung und Hilfe",
        "summary": (
            "Kostenlose Beratung für Zugewanderte: Migrationsberatung, "
            "Jugendmigrationsdienst, ehrenamtliche Lotsen und Hilfe beim Übersetzen."
        ),
        "body": [
            ("heading", "Wer berät Sie?"),
            (
                "paragraph",
                "<p>Im Kreis gibt es mehrere Beratungsstellen für Zugewanderte. Die "
                "Beratung ist <b>kostenlos</b> und <b>vertraulich</b>. Die "
                "Beraterinnen und Berater haben Schweigepflicht. Sie dürfen eine "
                "Person Ihres Vertrauens mitbringen.</p>"
                "<ul><li><b>Migrationsberatung für erwachsene Zuwanderer (MBE):</b> "
                "für Menschen ab 27 Jahren</li>"
                "<li><b>Jugendmigrationsdienst (JMD):</b> für junge Menschen von 12 "
                "bis 27 Jahren</li>"
                "<li><b>Flüchtlingsberatung der Wohlfahrtsverbände:</b> für Menschen "
                "im Asylverfahren und mit Duldung</li></ul>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Wobei hilft die Beratung?"),
            (
                "paragraph",
                "<ul><li>Briefe von Ämtern verstehen und beantworten</li>"
                "<li>Anträge stellen, zum Beispiel für Kindergeld oder Wohngeld</li>"
                "<li>einen Sprachkurs finden</li>"
                "<li>Fragen zu Aufenthalt, Familiennachzug und Arbeit</li>"
                "<li>Probleme in der Familie, mit Geld oder mit Schulden</li></ul>"
                "<p>Wenn die Beratungsstelle selbst nicht helfen kann, nennt sie "
                "Ihnen eine passende Stelle.</p>",
            ),
            ("heading", "Ehrenamtliche Lotsinnen und Lotsen"),
            (
                "paragraph",
                "<p>In vielen Gemeinden helfen Ehrenamtliche. Sie begleiten Sie zu "
                "Terminen, üben mit Ihnen Deutsch und zeigen Ihnen den Ort. Die Hilfe "
                "ist freiwillig und kostenlos.</p>"
                "<p>Ehrenamtliche dürfen keine Rechtsberatung geben. Bei Fragen zu "
                "Aufenthalt oder Asyl gehen Sie bitte zu einer Beratungsstelle. "
                "Kontakt zu Lotsinnen und Lotsen bekommen Sie über die "
                "Koordinierungsstelle Ehrenamt oder über Ihr Amt.</p>",
            ),
            ("heading", "Dolmetschen"),
            (
                "paragraph",
                "<p>Bei wichtigen Gesprächen haben Sie oft das Recht auf eine "
                "Dolmetscherin oder einen Dolmetscher. Fragen Sie vor dem Termin "
                "danach. Der Kreis hat einen Pool von Sprach- und "
                "Integrationsmittlern für Gespräche in Ämtern, Kitas und Schulen.</p>"
                "<p>Bitte lassen Sie nicht Ihre Kinder übersetzen. Viele Themen sind "
                "für Kinder zu schwer oder zu belastend.</p>",
            ),
            ("heading", "Schnelle Hilfe in Krisen"),
            (
                "paragraph",
                "<ul><li><b>Notruf Polizei:</b> 110</li>"
                "<li><b>Feuerwehr und Rettungsdienst:</b> 112</li>"
                "<li><b>Hilfetelefon Gewalt gegen Frauen:</b> 116 016 – kostenlos, "
                "Tag und Nacht, in vielen Sprachen</li>"
                "<li><b>Telefonseelsorge:</b> 0800 111 0 111 – kostenlos, Tag und "
                "Nacht</li></ul>",
            ),
        ],
        "offices": ["migrationsberatung", "jugendmigrationsdienst", "ehrenamt-harrislee"],
    },
    # 3 ---------------------------------------------------------------------
    {
        "slug": "sprache-lernen",
        "title": "Sprache lernen",
        "summary": (
            "Integrationskurs, Berufssprachkurs und Sprachcafé: So lernen Sie "
            "Deutsch im Kreis Schleswig-Flensburg – auch mit kleinen Kindern."
        ),
        "body": [
            ("heading", "Der Integrationskurs"),
            (
                "paragraph",
                "<p>Der Integrationskurs hat zwei Teile: einen <b>Sprachkurs</b> und "
                "einen <b>Orientierungskurs</b>. Der Sprachkurs hat meistens 600 "
                "Unterrichtsstunden. Im Orientierungskurs (100 Stunden) lernen Sie "
                "etwas über Geschichte, Politik und Werte in Deutschland.</p>"
                "<p>Am Ende machen Sie zwei Prüfungen: den „Deutsch-Test für "
                "Zuwanderer“ (Ziel: Niveau B1) und den Test „Leben in Deutschland“. "
                "Die Kurse werden vom Bundesamt für Migration und Flüchtlinge (BAMF) "
                "organisiert.</p>",
            ),
            (
                "paragraph",
                "<p>Es gibt besondere Kurse, zum Beispiel:</p>"
                "<ul><li>Alphabetisierungskurse für Menschen, die nicht oder nicht in "
                "lateinischer Schrift lesen und schreiben können</li>"
                "<li>Eltern- und Frauenkurse mit passenden Uhrzeiten</li>"
                "<li>Jugendintegrationskurse für junge Menschen bis 27 Jahre</li>"
                "<li>Intensivkurse für Menschen, die schnell lernen</li></ul>",
            ),
            ("heading", "Berechtigungsschein und Anmeldung"),
            (
                "paragraph",
                "<p>Viele Menschen bekommen mit dem Aufenthaltstitel einen "
                "<b>Berechtigungsschein</b> von der Ausländerbehörde. Manche müssen "
                "den Kurs besuchen, zum Beispiel wenn das Jobcenter es verlangt. Wenn "
                "Sie keinen Schein haben, können Sie beim BAMF einen Antrag auf "
                "Zulassung stellen. Das gilt zum Beispiel für Menschen aus der EU.</p>"
                "<p>Mit dem Schein gehen Sie zu einem Kursträger, zum Beispiel zur "
                "Volkshochschule. Dort machen Sie einen Einstufungstest. Danach "
                "bekommen Sie einen Platz in einem passenden Kurs. Mehr "
                "Informationen finden Sie beim "
                '<a href="https://www.bamf.de">Bundesamt für Migration und '
                "Flüchtlinge</a>.</p>",
            ),
            (
                "paragraph",
                "<p>Für den Kurs zahlen Sie einen kleinen Betrag pro "
                "Unterrichtsstunde. Wenn Sie Leistungen vom Jobcenter oder vom "
                "Sozialamt bekommen, können Sie sich davon befreien lassen. Wenn der "
                "Kursort weit weg ist, gibt es unter bestimmten Bedingungen einen "
                "Zuschuss zu den Fahrtkosten. Fragen Sie beim Kursträger.</p>",
            ),
            (
                "note",
                "Fragen Sie immer zuerst, ob Sie einen Berechtigungsschein bekommen. "
                "Diese Informationen ersetzen keine persönliche Beratung – die "
                "Migrationsberatung hilft Ihnen beim Antrag.",
            ),
            ("heading", "Kinderbetreuung während des Kurses"),
            (
                "paragraph",
                "<p>Sie haben kleine Kinder und noch keinen Kita-Platz? Manche "
                "Kursträger bieten eine <b>Kinderbetreuung während des Kurses</b> an. "
                "Sagen Sie bei der Anmeldung, dass Sie Kinder haben. Eltern- und "
                "Frauenkurse finden oft am Vormittag statt, wenn die größeren Kinder "
                "in der Schule sind.</p>"
                "<p>Melden Sie Ihr Kind trotzdem früh für einen Kita-Platz an. Mehr "
                "dazu lesen Sie im Thema „Kinder, Jugend und Familie“.</p>",
            ),
            ("heading", "Deutsch für den Beruf"),
            (
                "paragraph",
                "<p>Nach dem Integrationskurs können Sie einen "
                "<b>Berufssprachkurs</b> besuchen. Dort lernen Sie Deutsch für die "
                "Arbeit, zum Beispiel bis zum Niveau B2 oder C1. Es gibt auch Kurse "
                "für bestimmte Berufe, etwa in der Pflege. Den Kurs vermittelt meist "
                "das Jobcenter oder die Agentur für Arbeit. Wenn Sie schon arbeiten, "
                "können Sie sich direkt beim Kursträger melden.</p>",
            ),
            ("heading", "Sprachcafés und Lernen im Alltag"),
            (
                "paragraph",
                "<p>In Harrislee, Süderbrarup, Kappeln und Satrup gibt es "
                "Sprachcafés. Dort sprechen Sie mit Ehrenamtlichen und anderen "
                "Lernenden Deutsch. Das ist kostenlos, eine Anmeldung ist nicht "
                "nötig.</p>"
                "<p>Auch die Büchereien und die Fahrbücherei helfen: Dort gibt es "
                "Bücher in einfachem Deutsch und Kinderbücher in mehreren Sprachen. "
                "Kostenlos online lernen können Sie im "
                '<a href="https://www.vhs-lernportal.de">vhs-Lernportal</a>.</p>',
            ),
        ],
        "offices": ["vhs", "migrationsberatung", "ehrenamt-harrislee"],
    },
    # 4 ---------------------------------------------------------------------
    {
        "slug": "kinder-jugend-und-familie",
        "title": "Kinder, Jugend und Familie",
        "summary": (
            "Kita und Tagespflege, Kindergeld, Vorsorge und Hilfe für Familien: "
            "Was Eltern im Kreis Schleswig-Flensburg wissen sollten."
        ),
        "body": [
            ("heading", "Kita und Kindertagespflege"),
            (
                "paragraph",
                "<p>Jedes Kind ab einem Jahr hat das Recht auf einen Platz in einer "
                "Kita oder bei einer Tagesmutter oder einem Tagesvater "
                "(Kindertagespflege). In der Kita lernen Kinder spielerisch Deutsch "
                "und finden Freunde.</p>"
                "<p>Suchen Sie früh einen Platz. Viele Kitas haben Wartelisten. In "
                "Schleswig-Holstein melden Sie Ihr Kind über das Kita-Portal des "
                "Landes oder direkt in der Kita an. Die Kita kostet einen "
                "Elternbeitrag. Bei kleinem Einkommen können Sie eine Ermäßigung "
                "beantragen.</p>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Geld für Familien"),
            (
                "paragraph",
                "<ul><li><b>Kindergeld:</b> bei der Familienkasse beantragen</li>"
                "<li><b>Kinderzuschlag:</b> für Familien mit kleinem Einkommen</li>"
                "<li><b>Elterngeld:</b> wenn Sie nach der Geburt weniger oder nicht "
                "arbeiten</li>"
                "<li><b>Bildung und Teilhabe:</b> Geld für Schulausflüge, Mittagessen, "
                "Nachhilfe oder den Sportverein</li></ul>"
                "<p>Ob Sie diese Leistungen bekommen, hängt auch von Ihrem "
                "Aufenthaltstitel ab. Lassen Sie sich beraten, bevor Sie einen Antrag "
                "stellen.</p>",
            ),
            ("heading", "Gesundheit der Kinder"),
            (
                "paragraph",
                "<p>Kinder gehen regelmäßig zur <b>Vorsorgeuntersuchung</b> beim "
                "Kinderarzt (U1 bis U9 und J1). Die Untersuchungen sind kostenlos. "
                "Bringen Sie das gelbe Untersuchungsheft und den Impfpass mit.</p>"
                "<p>Für die Kita und die Schule brauchen Kinder einen Nachweis über "
                "die Masern-Impfung. Das Gesundheitsamt berät Sie zu Impfungen.</p>",
            ),
            ("heading", "Hilfe und Beratung für Familien"),
            (
                "paragraph",
                "<p>Familienzentren sind Treffpunkte für Eltern und Kinder. Dort gibt "
                "es Eltern-Kind-Gruppen, Beratung und Kurse. Die <b>Frühen Hilfen</b> "
                "unterstützen Schwangere und Familien mit Babys und kleinen Kindern, "
                "zum Beispiel mit Besuchen einer Familienhebamme.</p>"
                "<p>Das Jugendamt des Kreises hilft bei Problemen in der Familie, bei "
                "der Erziehung oder bei Trennung. Sie können sich selbst an das "
                "Jugendamt wenden. Es ist dafür da, Familien zu unterstützen.</p>",
            ),
            ("heading", "Freizeit für Kinder und Jugendliche"),
            (
                "paragraph",
                "<p>In fast jedem Ort gibt es Sportvereine, eine Jugendfeuerwehr, "
                "Musikgruppen oder ein Jugendzentrum. Dort treffen Kinder und "
                "Jugendliche Gleichaltrige und lernen schnell Deutsch. Den "
                "Vereinsbeitrag kann das Jobcenter oder das Sozialamt über „Bildung "
                "und Teilhabe“ bezahlen.</p>",
            ),
        ],
        "offices": ["familienzentrum", "jugendmigrationsdienst"],
    },
    # 5 ---------------------------------------------------------------------
    {
        "slug": "schule-und-bildung",
        "title": "Schule und Bildung",
        "summary": (
            "Schulpflicht, DaZ-Zentren, Schulformen und Abschlüsse: So finden "
            "Kinder und Jugendliche ihren Weg durch die Schule."
        ),
        "body": [
            ("heading", "Schulpflicht"),
            (
                "paragraph",
                "<p>In Deutschland müssen alle Kinder zur Schule gehen. Das gilt "
                "auch für Kinder im Asylverfahren. Die Schule ist kostenlos.</p>"
                "<p>In Schleswig-Holstein kommen Kinder in die Schule, wenn sie bis "
                "zum 30. Juni sechs Jahre alt werden. Das Schuljahr beginnt im "
                "Sommer. Melden Sie Ihr Kind bei der Grundschule an Ihrem Wohnort an. "
                "Wenn Sie neu zuziehen, hilft Ihnen das Schulamt des Kreises.</p>",
            ),
            ("heading", "Deutsch als Zweitsprache (DaZ)"),
            (
                "paragraph",
                "<p>Kinder, die noch kein Deutsch sprechen, lernen zuerst in einem "
                "<b>DaZ-Zentrum</b>. In der Basisstufe haben sie viel "
                "Deutschunterricht. In der Aufbaustufe sind sie schon oft in ihrer "
                "normalen Klasse und bekommen zusätzlich Deutschunterricht. Nach und "
                "nach lernen sie ganz in der Regelklasse.</p>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Schulformen in Schleswig-Holstein"),
            (
                "paragraph",
                "<ul><li><b>Grundschule:</b> Klasse 1 bis 4</li>"
                "<li><b>Gemeinschaftsschule:</b> ab Klasse 5, alle Abschlüsse "
                "möglich, manche mit Oberstufe</li>"
                "<li><b>Gymnasium:</b> ab Klasse 5, Abschluss Abitur</li>"
                "<li><b>Berufsbildende Schulen:</b> für Ausbildung, Berufsvorbereitung "
                "und weitere Abschlüsse</li></ul>"
                "<p>Wichtige Abschlüsse sind der Erste allgemeinbildende "
                "Schulabschluss (nach Klasse 9), der Mittlere Schulabschluss (nach "
                "Klasse 10) und das Abitur. In unserer Region gibt es außerdem "
                "Schulen der dänischen Minderheit.</p>",
            ),
            ("heading", "Eltern und Schule"),
            (
                "paragraph",
                "<p>Eltern sind wichtige Partner der Schule. Gehen Sie zu "
                "Elternabenden und zum Elternsprechtag. Sie dürfen eine Dolmetscherin "
                "oder einen Dolmetscher mitbringen oder die Schule danach fragen.</p>"
                "<ul><li>Ist Ihr Kind krank? Rufen Sie am selben Morgen in der Schule "
                "an.</li>"
                "<li>Sportunterricht, Schwimmen und Klassenfahrten gehören zum "
                "Unterricht.</li>"
                "<li>Die Zeugnisse zeigen die Noten von 1 (sehr gut) bis 6 "
                "(ungenügend).</li></ul>",
            ),
            ("heading", "Späte Einsteiger und Erwachsene"),
            (
                "paragraph",
                "<p>Jugendliche ab etwa 16 Jahren lernen oft an einer "
                "berufsbildenden Schule. Dort gibt es Klassen mit viel "
                "Deutschunterricht und Vorbereitung auf eine Ausbildung. Der "
                "Jugendmigrationsdienst berät Sie zu den Möglichkeiten.</p>"
                "<p>Erwachsene können Schulabschlüsse an der Volkshochschule "
                "nachholen. Schulzeugnisse aus dem Ausland können Sie beim "
                "Bildungsministerium des Landes anerkennen lassen.</p>",
            ),
        ],
        "offices": ["jugendmigrationsdienst", "familienzentrum", "vhs"],
    },
    # 6 ---------------------------------------------------------------------
    {
        "slug": "ausbildung-und-arbeit",
        "title": "Ausbildung und Arbeit",
        "summary": (
            "Arbeitserlaubnis, Jobcenter, Anerkennung von Abschlüssen und "
            "Ausbildung: Ihr Weg in den Arbeitsmarkt im Kreis Schleswig-Flensburg."
        ),
        "body": [
            ("heading", "Darf ich arbeiten?"),
            (
                "paragraph",
                "<p>Das steht in Ihrem Aufenthaltstitel. Dort steht zum Beispiel "
                "„Erwerbstätigkeit gestattet“. Dann dürfen Sie jede Arbeit annehmen. "
                "Steht dort etwas anderes, brauchen Sie vor Arbeitsbeginn eine "
                "Erlaubnis der Ausländerbehörde.</p>"
                "<p>Menschen im Asylverfahren dürfen oft nach einigen Monaten "
                "arbeiten, aber nur mit Erlaubnis. Menschen aus der Europäischen "
                "Union dürfen ohne Erlaubnis arbeiten. Arbeiten Sie nie ohne "
                "Erlaubnis und nie „schwarz“. Das kann Ihren Aufenthalt gefährden.</p>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Jobcenter und Agentur für Arbeit"),
            (
                "paragraph",
                "<p>Wenn Sie Grundsicherung für Arbeitsuchende bekommen, ist das "
                "<b>Jobcenter</b> für Sie zuständig. Es hilft bei der Arbeitssuche, "
                "bei Sprachkursen und bei Weiterbildungen. Die <b>Agentur für "
                "Arbeit</b> berät alle anderen, zum Beispiel bei der Berufswahl.</p>"
                "<p>Gehen Sie zu jedem Termin, zu dem Sie eingeladen werden. Wenn Sie "
                "krank sind, sagen Sie vorher ab und bringen Sie eine "
                "Krankschreibung. Sonst kann das Geld gekürzt werden.</p>",
            ),
            ("heading", "Ausländische Abschlüsse anerkennen"),
            (
                "paragraph",
                "<p>Manche Berufe dürfen Sie nur mit einer Anerkennung ausüben, zum "
                "Beispiel als Ärztin, Pflegefachkraft, Lehrer oder Erzieherin. Für "
                "viele andere Berufe ist eine Anerkennung nicht Pflicht, hilft aber "
                "bei der Bewerbung und beim Lohn.</p>"
                "<p>Auf dem Portal "
                '<a href="https://www.anerkennung-in-deutschland.de">Anerkennung in '
                "Deutschland</a> finden Sie die zuständige Stelle. Bringen Sie zur "
                "Beratung Zeugnisse, Arbeitsnachweise und, wenn vorhanden, "
                "Übersetzungen mit. Die Kosten für das Verfahren übernimmt unter "
                "bestimmten Bedingungen das Jobcenter oder die Agentur für Arbeit.</p>",
            ),
            ("heading", "Ausbildung in Deutschland"),
            (
                "paragraph",
                "<p>In Deutschland lernt man viele Berufe in einer <b>dualen "
                "Ausbildung</b>. Sie dauert zwei bis dreieinhalb Jahre. Sie arbeiten "
                "in einem Betrieb und gehen an einigen Tagen in die Berufsschule. Sie "
                "bekommen von Anfang an Geld.</p>"
                "<p>In unserer Region suchen viele Betriebe Auszubildende, zum "
                "Beispiel in Pflege, Handwerk, Gastronomie und Landwirtschaft. Eine "
                "Ausbildung kann auch für Ihren Aufenthalt wichtig sein. Lassen Sie "
                "sich dazu beraten, bevor Sie einen Vertrag unterschreiben.</p>",
            ),
            ("heading", "Ihre Rechte bei der Arbeit"),
            (
                "paragraph",
                "<ul><li>Sie haben das Recht auf einen schriftlichen Arbeitsvertrag.</li>"
                "<li>Es gibt einen gesetzlichen <b>Mindestlohn</b>. Er gilt auch für "
                "Minijobs.</li>"
                "<li>Sie haben Anspruch auf bezahlten Urlaub und auf Lohn, wenn Sie "
                "krank sind.</li>"
                "<li>Melden Sie sich krank, bevor die Arbeit beginnt.</li></ul>"
                "<p>Bekommen Sie keinen Lohn oder werden Sie schlecht behandelt? "
                "Die Beratungsstellen „Faire Integration“ beraten Geflüchtete und "
                "andere Zugewanderte kostenlos zu ihren Rechten bei der Arbeit.</p>",
            ),
        ],
        "offices": ["jobcenter", "anerkennungsberatung", "jugendmigrationsdienst"],
    },
    # 7 ---------------------------------------------------------------------
    {
        "slug": "wohnen",
        "title": "Wohnen",
        "summary": (
            "Wohnung finden, Wohnberechtigungsschein, Mietvertrag und Kaution, "
            "Mülltrennung und Rundfunkbeitrag: das Wichtigste zum Wohnen."
        ),
        "body": [
            ("heading", "Eine Wohnung finden"),
            (
                "paragraph",
                "<p>Bezahlbare Wohnungen sind im Kreis knapp, besonders in "
                "Schleswig und in der Nähe von Flensburg. Suchen Sie auf vielen "
                "Wegen: in Internetportalen, in der Zeitung, bei "
                "Wohnungsbaugenossenschaften und über Aushänge im Supermarkt. "
                "Erzählen Sie auch Nachbarn und Kollegen, dass Sie eine Wohnung "
                "suchen.</p>"
                "<p><b>Wichtig:</b> Bekommen Sie Geld vom Jobcenter oder vom "
                "Sozialamt? Dann zeigen Sie das Wohnungsangebot dort, <b>bevor</b> "
                "Sie den Mietvertrag unterschreiben. Das Amt zahlt nur eine Miete bis "
                "zu einer bestimmten Höhe.</p>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Wohnberechtigungsschein (WBS)"),
            (
                "paragraph",
                "<p>Für eine geförderte Wohnung (Sozialwohnung) brauchen Sie einen "
                "<b>Wohnberechtigungsschein</b>. Sie bekommen ihn, wenn Ihr Einkommen "
                "unter einer bestimmten Grenze liegt. Den Antrag stellen Sie bei "
                "Ihrem Amt oder Ihrer Stadt.</p>"
                "<p>Bringen Sie Ausweis, Aufenthaltstitel und Nachweise über das "
                "Einkommen aller Personen im Haushalt mit. Der Schein gilt meistens "
                "ein Jahr.</p>",
            ),
            ("heading", "Mietvertrag und Kaution"),
            (
                "paragraph",
                "<p>Lesen Sie den Mietvertrag genau, bevor Sie unterschreiben. Achten "
                "Sie auf diese Wörter:</p>"
                "<ul><li><b>Kaltmiete:</b> die Miete für die Wohnung allein</li>"
                "<li><b>Nebenkosten:</b> zum Beispiel Wasser, Müll und Hausmeister</li>"
                "<li><b>Warmmiete:</b> Kaltmiete plus Nebenkosten und Heizung</li></ul>"
                "<p>Die <b>Kaution</b> ist höchstens drei Monatskaltmieten hoch. Sie "
                "dürfen sie in drei Raten zahlen. Das Jobcenter kann die Kaution als "
                "Darlehen übernehmen. Machen Sie beim Einzug Fotos und ein Protokoll "
                "über den Zustand der Wohnung.</p>",
            ),
            ("heading", "Gut zusammen wohnen"),
            (
                "paragraph",
                "<ul><li><b>Ruhezeiten:</b> Meist ist von 22 bis 6 Uhr und am Sonntag "
                "Ruhe. Das steht in der Hausordnung.</li>"
                "<li><b>Lüften:</b> Öffnen Sie die Fenster zwei- bis dreimal am Tag "
                "für einige Minuten ganz. So entsteht kein Schimmel.</li>"
                "<li><b>Heizen:</b> Lassen Sie die Räume im Winter nicht ganz kalt "
                "werden.</li>"
                "<li><b>Strom und Gas:</b> Sie zahlen jeden Monat einen Abschlag. "
                "Einmal im Jahr kommt eine Abrechnung.</li></ul>",
            ),
            ("heading", "Müll richtig trennen"),
            (
                "paragraph",
                "<p>In Deutschland trennt man den Müll. Die Farben der Tonnen können "
                "je nach Gemeinde unterschiedlich sein.</p>"
                "<ul><li><b>Restmüll:</b> alles, was nicht in die anderen Tonnen "
                "gehört</li>"
                "<li><b>Biotonne:</b> Essensreste, Obst- und Gemüseschalen, "
                "Gartenabfälle</li>"
                "<li><b>Gelber Sack oder Gelbe Tonne:</b> Verpackungen aus Plastik "
                "und Metall</li>"
                "<li><b>Papiertonne:</b> Papier, Zeitungen und Kartons</li>"
                "<li><b>Glascontainer:</b> Flaschen und Gläser, getrennt nach Weiß, "
                "Grün und Braun</li></ul>"
                "<p>Sperrmüll, Elektrogeräte und Batterien bringen Sie zum "
                "Recyclinghof oder melden eine Abholung an. Die Abfuhrtermine stehen "
                "im Abfallkalender Ihrer Gemeinde.</p>",
            ),
            ("heading", "Rundfunkbeitrag"),
            (
                "paragraph",
                "<p>Für jede Wohnung muss ein <b>Rundfunkbeitrag</b> bezahlt werden – "
                "auch wenn Sie keinen Fernseher haben. Sie bekommen einen Brief vom "
                "„ARD ZDF Deutschlandradio Beitragsservice“. Dieser Brief ist echt. "
                "Bitte ignorieren Sie ihn nicht.</p>"
                "<p>Wenn Sie Grundsicherung, Sozialhilfe oder Leistungen nach dem "
                "Asylbewerberleistungsgesetz bekommen, können Sie sich befreien "
                "lassen. Schicken Sie dazu eine Kopie Ihres Bescheids. Informationen "
                'in mehreren Sprachen finden Sie unter <a href="https://www.rundfunkbeitrag.de">'
                "rundfunkbeitrag.de</a>.</p>",
            ),
        ],
        "offices": ["wohnen-tarp", "jobcenter"],
    },
    # 8 ---------------------------------------------------------------------
    {
        "slug": "gesundheit",
        "title": "Gesundheit",
        "summary": (
            "Krankenversicherung, Hausarzt, Bereitschaftsdienst 116117, Notruf 112 "
            "und Dolmetschen: So finden Sie medizinische Hilfe."
        ),
        "body": [
            ("heading", "Krankenversicherung"),
            (
                "paragraph",
                "<p>In Deutschland muss jeder Mensch krankenversichert sein. Die "
                "meisten Menschen sind in einer gesetzlichen Krankenkasse. Sie "
                "bekommen eine <b>Gesundheitskarte</b>. Bringen Sie die Karte zu "
                "jedem Arztbesuch mit.</p>"
                "<ul><li>Wenn Sie arbeiten, meldet Ihr Arbeitgeber Sie bei der "
                "Krankenkasse an. Sie dürfen die Krankenkasse selbst wählen.</li>"
                "<li>Wenn Sie Geld vom Jobcenter bekommen, sind Sie über das "
                "Jobcenter versichert.</li>"
                "<li>Asylsuchende bekommen in Schleswig-Holstein in der Regel auch "
                "eine Gesundheitskarte. In den ersten Jahren gibt es aber nicht alle "
                "Leistungen. Fragen Sie Ihr Sozialamt.</li></ul>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Hausarzt und Fachärzte"),
            (
                "paragraph",
                "<p>Suchen Sie sich eine <b>Hausärztin oder einen Hausarzt</b> in "
                "Ihrer Nähe. Der Hausarzt ist Ihre erste Adresse, wenn Sie krank "
                "sind. Er schickt Sie mit einer Überweisung zu Fachärzten, zum "
                "Beispiel zum Augenarzt.</p>"
                "<p>Machen Sie immer einen Termin, am Telefon oder online. Kommen Sie "
                "pünktlich. Wenn Sie nicht kommen können, sagen Sie ab. Die "
                "Terminservicestelle unter <b>116117</b> hilft, einen Termin bei einem "
                "Facharzt zu finden. Medikamente mit Rezept bekommen Sie in der "
                "Apotheke.</p>",
            ),
            ("heading", "Nachts, am Wochenende und im Notfall"),
            (
                "paragraph",
                "<ul><li><b>112 – Notruf:</b> bei Lebensgefahr, zum Beispiel bei "
                "Atemnot, starken Schmerzen in der Brust, schweren Unfällen oder "
                "Bewusstlosigkeit. Der Anruf ist kostenlos.</li>"
                "<li><b>116117 – Ärztlicher Bereitschaftsdienst:</b> wenn die Praxis "
                "geschlossen ist und es nicht lebensgefährlich ist, zum Beispiel bei "
                "hohem Fieber am Wochenende. Auch diese Nummer ist kostenlos.</li>"
                "<li><b>Anlaufpraxen:</b> In der Nähe der Krankenhäuser in Schleswig "
                "und Flensburg gibt es Praxen des Bereitschaftsdienstes für Abende "
                "und Wochenenden.</li>"
                "<li><b>Apotheken-Notdienst:</b> Eine Apotheke in Ihrer Nähe hat "
                "immer geöffnet. Das steht an der Tür jeder Apotheke.</li></ul>"
                '<p>Mehr Informationen: <a href="https://www.116117.de">116117.de</a>.</p>',
            ),
            ("heading", "Dolmetschen beim Arzt"),
            (
                "paragraph",
                "<p>Sagen Sie schon bei der Terminvereinbarung, welche Sprache Sie "
                "sprechen. Manche Praxen sprechen Englisch oder andere Sprachen. Für "
                "Termine beim Gesundheitsamt und in Beratungsstellen vermittelt der "
                "Kreis Sprach- und Integrationsmittler. Manchmal ist auch "
                "Video-Dolmetschen möglich.</p>"
                "<p>Die Krankenkasse bezahlt Dolmetscher meistens nicht. Fragen Sie "
                "bei einer Beratungsstelle, wer die Kosten übernehmen kann. Bitte "
                "lassen Sie Ihre Kinder nicht beim Arzt übersetzen.</p>",
            ),
            ("heading", "Seelische Gesundheit"),
            (
                "paragraph",
                "<p>Viele Menschen haben Krieg, Gewalt oder eine schwere Flucht "
                "erlebt. Schlafprobleme, Angst oder Traurigkeit sind danach häufig. "
                "Sie sind damit nicht allein, und es gibt Hilfe.</p>"
                "<p>Sprechen Sie mit Ihrem Hausarzt. Der Sozialpsychiatrische Dienst "
                "des Gesundheitsamts berät kostenlos und vertraulich. In "
                "Schleswig-Holstein gibt es außerdem Psychosoziale Zentren für "
                "Geflüchtete.</p>",
            ),
        ],
        "offices": ["gesundheitsamt", "migrationsberatung"],
    },
    # 9 ---------------------------------------------------------------------
    {
        "slug": "alltag-und-mobilitaet",
        "title": "Alltag und Mobilität",
        "summary": (
            "Bus und Bahn, Deutschlandticket, Fahrrad, Führerschein, Einkaufen "
            "und Freizeit auf dem Land: Tipps für den Alltag."
        ),
        "body": [
            ("heading", "Unterwegs mit Bus und Bahn"),
            (
                "paragraph",
                "<p>Auf dem Land fahren Busse oft nur wenige Male am Tag. Am Abend, "
                "am Wochenende und in den Schulferien fahren noch weniger Busse. "
                "Planen Sie Ihre Fahrt deshalb vorher. Die Fahrpläne finden Sie bei "
                '<a href="https://www.nah.sh">NAH.SH</a> und in der App.</p>'
                "<p>In manchen Gemeinden gibt es Rufbusse oder Bürgerbusse. Einen "
                "Rufbus müssen Sie vorher telefonisch bestellen. Züge fahren zum "
                "Beispiel von Schleswig und Süderbrarup nach Flensburg, Kiel und "
                "Hamburg.</p>",
            ),
            (
                "paragraph",
                "<p>Mit dem <b>Deutschlandticket</b> fahren Sie mit allen Bussen und "
                "Regionalzügen in ganz Deutschland. Es ist ein Abo und kostet jeden "
                "Monat gleich viel. Sie können es jeden Monat kündigen. Für "
                "Schülerinnen und Schüler gibt es oft eine Schülerfahrkarte. Fragen "
                "Sie in der Schule.</p>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Fahrrad fahren"),
            (
                "paragraph",
                "<p>Mit dem Fahrrad kommen Sie auf dem Land gut voran. Beachten Sie "
                "die Regeln:</p>"
                "<ul><li>Fahren Sie auf dem Radweg oder auf der rechten Seite der "
                "Straße.</li>"
                "<li>Im Dunkeln brauchen Sie Licht vorne und hinten.</li>"
                "<li>Ein Helm ist nicht Pflicht, aber er schützt Sie.</li></ul>"
                "<p>Ehrenamtliche Fahrradwerkstätten reparieren Räder und geben "
                "manchmal gebrauchte Fahrräder ab. In Harrislee gibt es Radfahrkurse "
                "für Erwachsene, auch nur für Frauen.</p>",
            ),
            ("heading", "Führerschein"),
            (
                "paragraph",
                "<p>Ein Führerschein aus einem Land der EU gilt in Deutschland weiter. "
                "Ein Führerschein aus einem anderen Land gilt meist nur "
                "<b>sechs Monate</b> nach der Anmeldung Ihres Wohnsitzes. Danach "
                "brauchen Sie einen deutschen Führerschein.</p>"
                "<p>Den Antrag auf Umschreibung stellen Sie bei der "
                "Fahrerlaubnisbehörde des Kreises. Für manche Länder müssen Sie eine "
                "Prüfung machen. Stellen Sie den Antrag früh, denn es dauert einige "
                "Wochen.</p>",
            ),
            ("heading", "Einkaufen und Verträge"),
            (
                "paragraph",
                "<p>Geschäfte haben meist von Montag bis Samstag geöffnet. Am Sonntag "
                "und an Feiertagen sind sie geschlossen. In Urlaubsorten an der "
                "Ostsee und an der Schlei haben manche Geschäfte im Sommer auch "
                "sonntags geöffnet.</p>"
                "<p>Unterschreiben Sie nichts an der Haustür oder am Telefon, was Sie "
                "nicht verstehen. Bei vielen Verträgen haben Sie 14 Tage Zeit, um sie "
                "zu widerrufen. Die Verbraucherzentrale Schleswig-Holstein berät Sie "
                "bei Problemen mit Verträgen.</p>",
            ),
            ("heading", "Freizeit und Vereine"),
            (
                "paragraph",
                "<p>Vereine sind ein wichtiger Teil des Lebens auf dem Land: "
                "Sportvereine, Chöre, die Freiwillige Feuerwehr oder die Landfrauen. "
                "Dort lernen Sie Menschen kennen und üben Deutsch. Fragen Sie einfach "
                "nach einem Probetraining.</p>"
                "<p>In unserer Region lebt auch die dänische Minderheit. Sie hat "
                "eigene Kindergärten, Schulen, Büchereien und Vereine. Und wundern "
                "Sie sich nicht: Viele Menschen sagen hier den ganzen Tag „Moin“ zur "
                "Begrüßung.</p>",
            ),
        ],
        "offices": ["ehrenamt-harrislee", "buergerbuero-satrup"],
    },
    # 10 --------------------------------------------------------------------
    {
        "slug": "rechte-und-pflichten",
        "title": "Rechte und Pflichten",
        "summary": (
            "Grundgesetz, Gleichberechtigung, Schutz vor Diskriminierung, "
            "Fristen bei Behörden und Einbürgerung: Ihre Rechte und Pflichten."
        ),
        "body": [
            ("heading", "Das Grundgesetz"),
            (
                "paragraph",
                "<p>Das Grundgesetz ist die Verfassung von Deutschland. Es gilt für "
                "alle Menschen, die hier leben. Einige wichtige Grundsätze:</p>"
                "<ul><li>Die Würde des Menschen ist unantastbar.</li>"
                "<li>Frauen und Männer haben die gleichen Rechte.</li>"
                "<li>Jeder Mensch darf seine Religion frei wählen und ausüben – oder "
                "keine Religion haben.</li>"
                "<li>Jeder Mensch darf seine Meinung frei sagen.</li>"
                "<li>Kinder haben ein Recht auf eine Erziehung ohne Gewalt.</li></ul>",
            ),
            (
                "note",
                "Diese Informationen ersetzen keine persönliche Beratung. Jede Situation "
                "ist anders. Bitte lassen Sie sich bei einer Beratungsstelle beraten.",
            ),
            ("heading", "Ihre Pflichten"),
            (
                "paragraph",
                "<ul><li>Melden Sie jeden Umzug im Bürgerbüro.</li>"
                "<li>Verlängern Sie Ihren Aufenthaltstitel und Ihren Pass "
                "rechtzeitig.</li>"
                "<li>Schicken Sie Ihre Kinder zur Schule.</li>"
                "<li>Teilen Sie dem Jobcenter oder dem Sozialamt sofort mit, wenn "
                "sich etwas ändert, zum Beispiel Einkommen, Adresse oder "
                "Familie.</li>"
                "<li>Lesen und beantworten Sie Briefe von Behörden.</li></ul>",
            ),
            ("heading", "Briefe von Behörden und Fristen"),
            (
                "paragraph",
                "<p>Eine Entscheidung einer Behörde heißt <b>Bescheid</b>. Am Ende "
                "des Bescheids steht, was Sie tun können, wenn Sie nicht "
                "einverstanden sind. Meistens können Sie innerhalb <b>eines "
                "Monats</b> Widerspruch einlegen.</p>"
                "<p>Wenn Sie wenig Geld haben, können Sie beim Amtsgericht einen "
                "Beratungshilfeschein beantragen. Dann bezahlen Sie für eine "
                "Beratung bei einer Anwältin oder einem Anwalt nur einen kleinen "
                "Betrag.</p>",
            ),
            ("heading", "Schutz vor Diskriminierung"),
            (
                "paragraph",
                "<p>Niemand darf Sie wegen Ihrer Herkunft, Hautfarbe, Religion, "
                "Ihres Geschlechts, Ihres Alters, einer Behinderung oder Ihrer "
                "sexuellen Identität benachteiligen. Das gilt auch bei der "
                "Wohnungssuche und bei der Arbeit.</p>"
                "<p>Wenn Sie Diskriminierung erleben, schreiben Sie auf, was passiert "
                "ist: Datum, Ort, Zeugen. Beratung gibt es bei der "
                "Antidiskriminierungsstelle des Landes Schleswig-Holstein und bei der "
                '<a href="https://www.antidiskriminierungsstelle.de">Antidiskriminierungsstelle '
                "des Bundes</a>. Bei Bedrohung oder Angriffen rufen Sie die Polizei "
                "unter 110.</p>",
            ),
            ("heading", "Mitbestimmen und Einbürgerung"),
            (
                "paragraph",
                "<p>Bürgerinnen und Bürger der EU dürfen bei Kommunalwahlen wählen. "
                "Alle Menschen können sich in Vereinen, in der Elternvertretung oder "
                "bei Beteiligungsverfahren des Kreises einbringen – zum Beispiel "
                "beim Integrationskonzept auf diesem Portal.</p>"
                "<p>Wer lange in Deutschland lebt, kann sich einbürgern lassen. In "
                "der Regel ist das nach fünf Jahren möglich. Sie brauchen unter "
                "anderem Deutschkenntnisse auf Niveau B1 und den Einbürgerungstest. "
                "Ihre bisherige Staatsangehörigkeit dürfen Sie meist behalten. Die "
                "Einbürgerungsbehörde des Kreises berät Sie.</p>",
            ),
        ],
        "offices": ["auslaenderbehoerde", "migrationsberatung"],
    },
    # 11 --------------------------------------------------------------------
    {
        "slug": "notfall",
        "title": "Notfall",
        "summary": (
            "Wichtige Nummern: Polizei 110, Feuerwehr und Rettungsdienst 112, "
            "Bereitschaftsdienst 116117 sowie kostenlose Hilfetelefone."
        ),
        "body": [
            ("heading", "Notrufnummern"),
            (
                "paragraph",
                "<ul><li><b><a href='tel:112'>112</a>:</b> Feuerwehr und Rettungsdienst</li>"
                "<li><b><a href='tel:110'>110</a>:</b> Polizei</li>"
                "<li><b><a href='tel:116117'>116117</a>:</b> Ärztlicher Bereitschaftsdienst</li>"
                "<li><b><a href='tel:055119240'>0551 19240</a>:</b> Giftinformationszentrum Nord, wenn jemand "
                "etwas Giftiges gegessen oder getrunken hat</li>"
                "<li><b><a href='tel:116016'>116 016</a>:</b> Hilfetelefon Gewalt gegen Frauen, in vielen "
                "Sprachen</li>"
                "<li><b><a href='tel:116111'>116 111</a>:</b> Nummer gegen Kummer für Kinder und "
                "Jugendliche</li>"
                "<li><b><a href='tel:08001110111'>0800 111 0 111</a>:</b> Telefonseelsorge</li></ul>"
                "<p>Die Notrufnummern 110 und 112 sind kostenlos. Sie funktionieren "
                "auch mit dem Handy ohne Guthaben.</p>",
            ),
            (
                "note",
                "Im Notfall rufen Sie immer zuerst 112 oder 110. Diese Seite ersetzt "
                "keine persönliche Beratung und keine ärztliche Hilfe.",
            ),
            ("heading", "So machen Sie einen Notruf"),
            (
                "paragraph",
                "<p>Bleiben Sie ruhig und beantworten Sie die Fragen:</p>"
                "<ol><li><b>Wo</b> ist es passiert? Sagen Sie Ort, Straße und "
                "Hausnummer.</li>"
                "<li><b>Was</b> ist passiert?</li>"
                "<li><b>Wie viele</b> Menschen sind verletzt oder krank?</li>"
                "<li><b>Warten</b> Sie auf Fragen. Legen Sie nicht selbst auf.</li></ol>"
                "<p>Wenn Sie wenig Deutsch sprechen: Sagen Sie zuerst die Adresse und "
                "Ihre Sprache. Menschen, die nicht gut hören oder sprechen können, "
                "können den Notruf mit der offiziellen Notruf-App „nora“ absetzen.</p>",
            ),
            ("heading", "Gewalt und Bedrohung"),
            (
                "paragraph",
                "<p>Gewalt ist in Deutschland verboten – auch in der Familie. Wenn "
                "Sie bedroht werden, rufen Sie die Polizei unter 110. Die Polizei "
                "kann die gewalttätige Person aus der Wohnung schicken.</p>"
                "<p>Frauen und ihre Kinder finden Schutz in einem Frauenhaus. Das "
                "Hilfetelefon 116 016 hilft Ihnen Tag und Nacht, einen Platz zu "
                "finden. Kinder und Jugendliche können sich auch selbst an das "
                "Jugendamt wenden.</p>",
            ),
            ("heading", "Feuer, Sturm und Hochwasser"),
            (
                "paragraph",
                "<p>In Schleswig-Holstein muss in jeder Wohnung ein "
                "<b>Rauchmelder</b> hängen, in Schlafzimmern, Kinderzimmern und "
                "Fluren. Wenn er piept, verlassen Sie sofort die Wohnung und rufen "
                "Sie 112.</p>"
                "<p>An Ostsee und Schlei kann es bei Sturm Hochwasser geben. Warnungen "
                "bekommen Sie über die Warn-App NINA und per Nachricht auf Ihr Handy "
                "(Cell Broadcast). Folgen Sie den Anweisungen von Feuerwehr und "
                "Polizei.</p>",
            ),
        ],
        "offices": ["gesundheitsamt"],
    },
]


# ---------------------------------------------------------------------------
# Rechtliche Seiten
# ---------------------------------------------------------------------------

LEGAL = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "body": [
            (
                "note",
                "Dies ist eine Demonstrationsversion des Portals. Namen von "
                "Personen, Adressen der Beratungsstellen, Telefonnummern und "
                "E-Mail-Adressen sind erfunden. Verbindliche Informationen des "
                "Kreises finden Sie auf www.schleswig-flensburg.de.",
            ),
            ("heading", "Herausgeber"),
            (
                "paragraph",
                "<p><b>Kreis Schleswig-Flensburg</b>, Der Landrat, Flensburger "
                "Straße 7, 24837 Schleswig</p>"
                "<p>Der Kreis Schleswig-Flensburg ist eine Körperschaft des "
                "öffentlichen Rechts. Er wird durch den Landrat vertreten.</p>"
                "<ul><li>Telefon: 04621 87-0</li>"
                "<li>E-Mail: kontakt@example.org</li></ul>",
            ),
            ("heading", "Aufsichtsbehörde"),
            (
                "paragraph",
                "<p>Die Kommunalaufsicht über den Kreis führt das Innenministerium "
                "des Landes Schleswig-Holstein in Kiel.</p>",
            ),
            ("heading", "Verantwortlich für den Inhalt"),
            (
                "paragraph",
                "<p>Verantwortlich im Sinne von § 18 Absatz 2 "
                "Medienstaatsvertrag: Frauke Jessen, Fachdienst Integration und "
                "Teilhabe, Kreis Schleswig-Flensburg, Flensburger Straße 7, "
                "24837 Schleswig.</p>"
                "<p>Redaktion Willkommensportal und Beteiligungsplattform: "
                "Jonas Thomsen und Leyla Karimi, E-Mail: integration@example.org</p>",
            ),
            ("heading", "Haftung für Links"),
            (
                "paragraph",
                "<p>Dieses Portal enthält Links zu Websites anderer Anbieter. Für "
                "deren Inhalte sind die jeweiligen Anbieter verantwortlich. Die "
                "verlinkten Seiten wurden zum Zeitpunkt der Verlinkung geprüft. Wenn "
                "uns Rechtsverstöße bekannt werden, entfernen wir die Links "
                "umgehend.</p>",
            ),
            ("heading", "Beiträge von Nutzerinnen und Nutzern"),
            (
                "paragraph",
                "<p>Kommentare zu Beteiligungsverfahren geben die Meinung ihrer "
                "Verfasserinnen und Verfasser wieder, nicht die des Kreises. Beiträge, "
                "die gegen die Beteiligungsregeln verstoßen, etwa beleidigende oder "
                "diskriminierende Inhalte, werden nicht veröffentlicht oder "
                "entfernt.</p>",
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "body": [
            (
                "paragraph",
                "<p>Der Schutz Ihrer Daten ist uns wichtig. Hier erklären wir, welche "
                "personenbezogenen Daten wir auf diesem Portal verarbeiten, warum wir "
                "das tun und welche Rechte Sie haben. Dieses Portal verzichtet "
                "bewusst auf Tracking, Werbung und Inhalte von Drittanbietern.</p>",
            ),
            ("heading", "Verantwortliche Stelle"),
            (
                "paragraph",
                "<p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) "
                "ist der <b>Kreis Schleswig-Flensburg</b>, Der Landrat, Flensburger "
                "Straße 7, 24837 Schleswig, E-Mail: kontakt@example.org.</p>"
                "<p>Sie erreichen die behördliche Datenschutzbeauftragte des Kreises "
                "unter derselben Anschrift mit dem Zusatz „Datenschutzbeauftragte“ "
                "oder per E-Mail an datenschutz@example.org.</p>",
            ),
            ("heading", "Besuch der Website"),
            (
                "paragraph",
                "<p>Damit Ihr Browser die Seiten anzeigen kann, muss der Server Ihre "
                "IP-Adresse kurzzeitig verarbeiten. Wir verwenden sie nur, um die "
                "Seiten auszuliefern und den sicheren Betrieb zu gewährleisten. Wir "
                "erstellen keine Nutzungsprofile und setzen keine Analyse- oder "
                "Tracking-Werkzeuge ein.</p>"
                "<p>Alle Schriften, Bilder und Skripte werden von unserem eigenen "
                "Server geladen. Es werden keine Anfragen an Dritte gestellt, etwa "
                "an Anbieter von Schriftarten, Karten, Videos oder Profilbildern.</p>",
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                "<p>Wir setzen nur ein <b>technisch notwendiges Cookie</b>. Es dient "
                "der Sitzung und dem Schutz von Formularen vor Missbrauch "
                "(CSRF-Schutz). Es enthält keine Angaben zu Ihrer Person und wird "
                "nicht für andere Zwecke genutzt. Eine Einwilligung ist dafür nach "
                "§ 25 Absatz 2 Nummer 2 TDDDG nicht erforderlich.</p>",
            ),
            ("heading", "Kommentare und Beteiligung"),
            (
                "paragraph",
                "<p>Wenn Sie einen Entwurf kommentieren, verarbeiten wir:</p>"
                "<ul><li><b>Name oder Pseudonym:</b> Er wird mit Ihrem Beitrag "
                "veröffentlicht. Sie müssen nicht Ihren echten Namen angeben.</li>"
                "<li><b>E-Mail-Adresse:</b> Wir nutzen sie nur, um Ihren Beitrag zu "
                "bestätigen, und – wenn Sie das wünschen – um Sie zu benachrichtigen, "
                "zum Beispiel wenn die Verwaltung auf Ihren Beitrag antwortet. Ihre "
                "E-Mail-Adresse wird <b>nie veröffentlicht</b> und nicht an Dritte "
                "weitergegeben.</li>"
                "<li><b>Ihr Beitrag:</b> der Text und der Zeitpunkt des "
                "Beitrags.</li></ul>"
                "<p>Wir speichern <b>keine IP-Adressen</b> zusammen mit Ihren "
                "Beiträgen. Bitte schreiben Sie keine persönlichen Daten über sich "
                "oder andere in Ihren Beitrag.</p>",
            ),
            (
                "paragraph",
                "<p>Nach dem Ende einer Beteiligung wertet die Verwaltung alle "
                "Beiträge aus und beantwortet sie. Die veröffentlichte "
                "Abwägungstabelle und der Beteiligungsbericht enthalten keine "
                "personenbezogenen Daten.</p>",
            ),
            ("heading", "Rechtsgrundlagen"),
            (
                "paragraph",
                "<ul><li>Die Bereitstellung des Portals und die Durchführung von "
                "Beteiligungsverfahren sind Aufgaben im öffentlichen Interesse. "
                "Rechtsgrundlage ist Art. 6 Absatz 1 Buchstabe e DSGVO in Verbindung "
                "mit dem Landesdatenschutzgesetz Schleswig-Holstein.</li>"
                "<li>Benachrichtigungen per E-Mail erhalten Sie nur mit Ihrer "
                "Einwilligung (Art. 6 Absatz 1 Buchstabe a DSGVO). Sie können die "
                "Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen, zum "
                "Beispiel über den Abmeldelink in jeder Benachrichtigung.</li></ul>",
            ),
            ("heading", "Speicherdauer"),
            (
                "paragraph",
                "<p>Ihre <b>E-Mail-Adresse</b> wird <b>sechs Monate nach dem Ende</b> "
                "der Beteiligung gelöscht. Nicht bestätigte Beiträge und die "
                "zugehörige E-Mail-Adresse löschen wir schon früher. Veröffentlichte "
                "Beiträge bleiben mit Name oder Pseudonym als Teil der Dokumentation "
                "des Verfahrens sichtbar. Auf Wunsch löschen oder anonymisieren wir "
                "Ihren Beitrag.</p>",
            ),
            ("heading", "Ihre Rechte"),
            (
                "paragraph",
                "<p>Sie haben das Recht auf:</p>"
                "<ul><li>Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO)</li>"
                "<li>Berichtigung unrichtiger Daten (Art. 16 DSGVO)</li>"
                "<li>Löschung (Art. 17 DSGVO)</li>"
                "<li>Einschränkung der Verarbeitung (Art. 18 DSGVO)</li>"
                "<li>Widerspruch gegen die Verarbeitung aus Gründen, die sich aus "
                "Ihrer besonderen Situation ergeben (Art. 21 DSGVO)</li></ul>"
                "<p>Wenden Sie sich dazu formlos an datenschutz@example.org.</p>",
            ),
            ("heading", "Beschwerderecht"),
            (
                "paragraph",
                "<p>Sie können sich bei der Aufsichtsbehörde beschweren, wenn Sie "
                "meinen, dass wir Ihre Daten nicht rechtmäßig verarbeiten (Art. 77 "
                "DSGVO). Zuständig ist das <b>Unabhängige Landeszentrum für "
                "Datenschutz Schleswig-Holstein (ULD)</b>, Holstenstraße 98, "
                "24103 Kiel, "
                '<a href="https://www.datenschutzzentrum.de">www.datenschutzzentrum.de</a>.</p>',
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "body": [
            ("heading", "Geltungsbereich"),
            (
                "paragraph",
                "<p>Der Kreis Schleswig-Flensburg ist bemüht, seine Websites im "
                "Einklang mit dem Landesbehindertengleichstellungsgesetz "
                "Schleswig-Holstein (LBGG) und der Richtlinie (EU) 2016/2102 "
                "barrierefrei zugänglich zu machen. Maßstab sind die "
                "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die "
                "Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA und "
                "die europäische Norm EN 301 549.</p>"
                "<p>Diese Erklärung gilt für das Willkommensportal und die "
                "Beteiligungsplattform zum Integrationskonzept des Kreises "
                "Schleswig-Flensburg.</p>",
            ),
            ("heading", "Stand der Vereinbarkeit mit den Anforderungen"),
            (
                "paragraph",
                "<p>Dieses Portal ist wegen der folgenden Unvereinbarkeiten und "
                "Ausnahmen <b>teilweise vereinbar</b> mit den genannten "
                "Anforderungen.</p>",
            ),
            ("heading", "Nicht barrierefreie Inhalte"),
            (
                "paragraph",
                "<ul><li>Ältere PDF-Dokumente zum Entwurf des Integrationskonzepts "
                "von 2017 sind nicht vollständig barrierefrei. Ihnen fehlen zum Teil "
                "Strukturinformationen, eine richtige Lesereihenfolge und "
                "Alternativtexte. Der Inhalt des Entwurfs ist als barrierefreie "
                "HTML-Fassung auf diesem Portal verfügbar.</li>"
                "<li>Kommentare von Nutzerinnen und Nutzern können Textpassagen in "
                "anderen Sprachen enthalten. Diese sind nicht mit der jeweiligen "
                "Sprache ausgezeichnet. Screenreader lesen sie deshalb "
                "möglicherweise falsch vor.</li>"
                "<li>Die Fotodokumentation der Auftaktveranstaltung von 2017 "
                "(Fotos von Moderationswänden) hat keine vollständigen "
                "Textalternativen. Die Ergebnisse der Arbeitsgruppen sind in der "
                "Veranstaltungsbeschreibung als Text zusammengefasst.</li>"
                "<li>Informationen in Leichter Sprache gibt es bisher nur für "
                "ausgewählte Seiten. Videos in Deutscher Gebärdensprache sind in "
                "Vorbereitung.</li></ul>"
                "<p>Wir arbeiten daran, diese Barrieren zu beseitigen.</p>",
            ),
            ("heading", "Erstellung dieser Erklärung"),
            (
                "paragraph",
                "<p>Diese Erklärung wurde am 20. November 2026 erstellt. Sie beruht "
                "auf einer Selbstbewertung durch die Redaktion. Die Erklärung wurde "
                "zuletzt am 20. November 2026 überprüft.</p>",
            ),
            ("heading", "Feedback und Kontakt"),
            (
                "paragraph",
                "<p>Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten "
                "aufgefallen? Oder brauchen Sie Informationen aus einem nicht "
                "barrierefreien Dokument in einer anderen Form? Dann melden Sie sich "
                "bitte bei uns:</p>"
                "<ul><li>E-Mail: barrierefreiheit@example.org</li>"
                "<li>Telefon: 04621 87-1190</li>"
                "<li>Post: Kreis Schleswig-Flensburg, Redaktion Willkommensportal, "
                "Flensburger Straße 7, 24837 Schleswig</li></ul>"
                "<p>Wir beantworten Ihre Anfrage so schnell wie möglich, spätestens "
                "innerhalb eines Monats.</p>",
            ),
            ("heading", "Schlichtungsverfahren"),
            (
                "paragraph",
                "<p>Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende "
                "Antwort erhalten, können Sie sich an die <b>Schlichtungsstelle bei "
                "der oder dem Landesbeauftragten für Menschen mit Behinderungen "
                "Schleswig-Holstein</b> wenden. Sie hilft, Konflikte zwischen Menschen "
                "mit Behinderungen und öffentlichen Stellen außergerichtlich zu "
                "lösen.</p>"
                "<p>Das Schlichtungsverfahren ist kostenlos. Sie brauchen keinen "
                "Rechtsbeistand. Den Antrag können Sie schriftlich, per E-Mail, über "
                "ein barrierefreies Online-Formular oder persönlich stellen. "
                "Informationen, auch in Leichter Sprache, finden Sie unter "
                '<a href="https://www.inklusion.sh">www.inklusion.sh</a>.</p>',
            ),
        ],
    },
]


# ---------------------------------------------------------------------------
# Veranstaltungen
# ---------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "auftaktveranstaltung-integrationskonzept-2017",
        "title": "Auftaktveranstaltung zum Integrationskonzept",
        "start": "2017-10-11T15:00",
        "end": "2017-10-11T19:00",
        "place": (
            "Kreishaus Schleswig, Kreistagssitzungssaal und Besprechungsräume, Flensburger Straße 7, 24837 Schleswig"
        ),
        "summary": (
            "Rund 150 Menschen aus Politik, Haupt- und Ehrenamt sowie "
            "Migrantinnen und Migranten haben in neun Arbeitsgruppen den "
            "Entwurf des Integrationskonzepts beraten."
        ),
        "body": [
            ("heading", "Rückblick"),
            (
                "paragraph",
                "<p>Am 11. Oktober 2017 kamen im Kreishaus in Schleswig rund 150 "
                "Menschen zusammen: Mitglieder des Kreistags und der "
                "Gemeindevertretungen, Beschäftigte aus Verwaltung, Schulen, Kitas und "
                "Beratungsstellen, Ehrenamtliche aus den Helferkreisen und viele "
                "Menschen mit Migrationshintergrund.</p>"
                "<p>Nach der Begrüßung durch den Landrat stellte die "
                "Koordinierungsstelle IAF den Entwurf des Integrationskonzepts vor. "
                "Danach diskutierten die Teilnehmenden in neun Arbeitsgruppen – eine "
                "für jedes Handlungsfeld. Sprachmittlerinnen und Sprachmittler "
                "unterstützten die Gespräche auf Arabisch, Farsi, Tigrinya und "
                "Kurmancî.</p>",
            ),
            ("heading", "Die neun Arbeitsgruppen und ihre Leitfragen"),
            (
                "paragraph",
                "<ol>"
                "<li><b>Bürgerschaftliches Engagement:</b> Wie können wir das "
                "Engagement der Helferkreise dauerhaft sichern und Ehrenamtliche "
                "besser entlasten?</li>"
                "<li><b>Demokratie und Teilhabe:</b> Wie können Zugewanderte im Kreis "
                "mitreden und mitentscheiden?</li>"
                "<li><b>Sprache:</b> Wie kommen Sprachkurse auch in die kleinen "
                "Gemeinden, und wie erreichen wir Mütter mit kleinen Kindern?</li>"
                "<li><b>Frühkindliche Bildung:</b> Wie finden zugewanderte Familien "
                "einen Kita-Platz, und wie gelingt die Zusammenarbeit mit den "
                "Eltern?</li>"
                "<li><b>Schule und Bildung:</b> Wie gelingt der Übergang vom "
                "DaZ-Zentrum in die Regelklasse und von der Schule in den Beruf?</li>"
                "<li><b>Ausbildung und Arbeit:</b> Was brauchen Betriebe und "
                "Geflüchtete, damit Ausbildung und Arbeit gelingen?</li>"
                "<li><b>Wohnen:</b> Wie kommen Menschen aus der "
                "Gemeinschaftsunterkunft in eine eigene Wohnung, und wie bleiben sie "
                "auf dem Land mobil?</li>"
                "<li><b>Gesundheit:</b> Wie verbessern wir den Zugang zu Ärztinnen, "
                "Ärzten und Therapie – auch über Sprachgrenzen hinweg?</li>"
                "<li><b>Beratung, Koordinierung und interkulturelle Öffnung:</b> Wie "
                "finden Ratsuchende die richtige Stelle, und wie öffnet sich die "
                "Verwaltung?</li>"
                "</ol>",
            ),
            ("heading", "Wie ging es weiter?"),
            (
                "paragraph",
                "<p>Die Ergebnisse der Arbeitsgruppen wurden dokumentiert und in den "
                "Entwurf eingearbeitet. Bis zum 31. Oktober 2017 konnten alle "
                "Bürgerinnen und Bürger den Entwurf online kommentieren. Die "
                "Verwaltung hat alle Beiträge ausgewertet. Das fertige Konzept "
                "erschien später unter dem Titel „Wir sind Vielfalt“.</p>",
            ),
            (
                "note",
                "Dies ist ein Rückblick. Die Beteiligung zum Entwurf 2017 ist "
                "abgeschlossen. Aktuell läuft die Fortschreibung des "
                "Integrationskonzepts.",
            ),
        ],
    },
    {
        "slug": "informationsabend-fortschreibung-integrationskonzept",
        "title": "Informationsabend zur Fortschreibung des Integrationskonzepts",
        "start": "2027-02-18T18:00",
        "end": "2027-02-18T20:00",
        "place": ("Kreishaus Schleswig, Kreistagssitzungssaal, Flensburger Straße 7, 24837 Schleswig"),
        "summary": (
            "Der Kreis stellt den Entwurf der Fortschreibung vor und beantwortet "
            "Fragen. Alle Interessierten sind willkommen, der Eintritt ist frei."
        ),
        "body": [
            ("heading", "Worum geht es?"),
            (
                "paragraph",
                "<p>Der Kreis Schleswig-Flensburg schreibt sein Integrationskonzept "
                "fort. Der Entwurf hat drei Kapitel: Sprache und Bildung, Arbeit und "
                "Ausbildung sowie Zusammenleben und Teilhabe. An diesem Abend "
                "stellen wir den Entwurf vor und erklären, wie Sie ihn auf diesem "
                "Portal kommentieren können.</p>",
            ),
            ("heading", "Ablauf"),
            (
                "paragraph",
                "<ul><li>18:00 Uhr: Begrüßung</li>"
                "<li>18:15 Uhr: Was hat sich seit 2017 verändert? Vorstellung des "
                "Entwurfs</li>"
                "<li>18:45 Uhr: Gespräche an drei Thementischen, einer für jedes "
                "Kapitel</li>"
                "<li>19:40 Uhr: Zusammenfassung und Ausblick: Wie geht es nach der "
                "Beteiligung weiter?</li></ul>",
            ),
            ("heading", "Sprachen und Barrierefreiheit"),
            (
                "paragraph",
                "<p>Der Saal ist stufenlos erreichbar. Es gibt eine "
                "Induktionsschleife für Menschen mit Hörgeräten. Auf Wunsch "
                "organisieren wir Dolmetschen in Deutsche Gebärdensprache, "
                "Arabisch, Farsi, Ukrainisch und Tigrinya. Bitte melden Sie Ihren "
                "Bedarf bis zum 4. Februar 2027 an. Während der Veranstaltung gibt es "
                "eine Kinderbetreuung.</p>",
            ),
            ("heading", "Anmeldung"),
            (
                "paragraph",
                "<p>Eine Anmeldung ist nicht nötig, hilft uns aber bei der Planung. "
                "Schreiben Sie an integration@example.org oder rufen Sie an unter "
                "04621 87-1185.</p>",
            ),
            (
                "note",
                "Sie können nicht kommen? Sie können den Entwurf auch online auf "
                "diesem Portal lesen und Absatz für Absatz kommentieren.",
            ),
        ],
    },
    {
        "slug": "interkulturelles-sprachcafe-suederbrarup-2027-03",
        "title": "Interkulturelles Sprachcafé",
        "start": "2027-03-06T15:00",
        "end": "2027-03-06T17:00",
        "place": "Familienzentrum Süderbrarup, Schmiedeweg 7, 24392 Süderbrarup",
        "summary": (
            "Deutsch sprechen bei Kaffee und Kuchen: Neue und alteingesessene "
            "Nachbarinnen und Nachbarn treffen sich zum Gespräch. Ohne Anmeldung, "
            "kostenlos."
        ),
        "body": [
            ("heading", "Deutsch üben ohne Druck"),
            (
                "paragraph",
                "<p>Im Sprachcafé üben Sie Deutsch im Gespräch – ganz ohne Prüfung "
                "und ohne Noten. Ehrenamtliche aus Süderbrarup und Umgebung sitzen "
                "mit Ihnen an kleinen Tischen. Alle Sprachniveaus sind willkommen, "
                "auch Anfängerinnen und Anfänger.</p>",
            ),
            ("heading", "Thema im März: Frühling im Garten"),
            (
                "paragraph",
                "<p>Wir sprechen über Gärten, Pflanzen und das Wetter im Norden. "
                "Wer möchte, kann danach Kräutersamen in kleine Töpfe säen und mit "
                "nach Hause nehmen. Für Kinder gibt es eine Spielecke mit "
                "Betreuung.</p>",
            ),
            ("heading", "Anreise"),
            (
                "paragraph",
                "<p>Das Familienzentrum liegt etwa zehn Minuten zu Fuß vom Bahnhof "
                "Süderbrarup entfernt. Fahrräder können Sie im Hof abstellen. Das "
                "Gebäude ist im Erdgeschoss stufenlos erreichbar.</p>",
            ),
            (
                "note",
                "Die Ehrenamtlichen im Sprachcafé geben keine Rechtsberatung. Bei "
                "Fragen zu Aufenthalt, Geld oder Behörden nennen sie Ihnen gern eine "
                "Beratungsstelle.",
            ),
        ],
    },
]
