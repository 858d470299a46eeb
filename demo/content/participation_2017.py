"""Demo-Inhalt: Bürgerbeteiligung zum Entwurf des Integrationskonzepts (Oktober 2017).

Reine Daten (str/list/dict/tuple/bool/None). Alle Namen, Pseudonyme und
E-Mail-Adressen sind erfunden; die E-Mail-Adressen werden nie angezeigt und
dienen nur dazu, Teilnehmende zu zählen.

- ``DRAFT_2016``: die Fassung, auf die sich alle Beiträge beziehen (der Text in
  ``concept_2017.py``).
- ``CONTRIBUTIONS``: die Beiträge vom 1. bis 31. Oktober 2017 (Ortszeit Berlin).
  ``paragraph`` ist ``None`` (Kommentar zum ganzen Kapitel), ``("paragraph", n)``
  (n-ter Block vom Typ „paragraph“ im Kapitel, ab 1 gezählt) oder
  ``("measure", n)`` (n-te Zeile der Maßnahmentabelle). ``response`` ist die
  Stellungnahme des Kreises (``outcome``: considered, partly, not_considered
  oder noted); ``taken_up`` verweist auf die Stelle in der Fassung von 2018,
  gezählt nach Anwendung der Änderungen.
- ``REVISIONS_2018``: die Überarbeitung nach der Beteiligung, je Kapitel. In den
  Änderungen bezieht sich n immer auf die Zählung der Fassung von 2017; die
  Änderungen werden in der angegebenen Reihenfolge angewendet.
"""

DRAFT_2016 = {
    "date": "2016-12-15T10:00",
    "note": "Erster Entwurf an das Innenministerium",
}

CONTRIBUTIONS = [
    {
        "key": "c01",
        "chapter": 3,
        "paragraph": ("paragraph", 1),
        "reply_to": None,
        "name": "Anke S.",
        "email": "anke.s@example.com",
        "date": "2017-10-01T19:42",
        "text": (
            "Aus Süderbrarup zum Integrationskurs nach Schleswig: Der Bus fährt morgens kurz nach "
            "sieben, mit Umstieg ist man fast eine Stunde unterwegs, und zurück gibt es am frühen "
            "Nachmittag lange nichts. Zwei Frauen aus unserem Helferkreis haben den Kurs deshalb "
            "abgebrochen.\n\n"
            "Bitte schreiben Sie die Fahrzeiten ruhig konkret ins Konzept. „Lang und teuer“ ist "
            "noch freundlich ausgedrückt."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für die konkreten Angaben. Wir haben die Fahrzeiten aus Süderbrarup "
                "als Beispiel in die Beschreibung der Ausgangslage aufgenommen. Verbesserungen bei "
                "Bus und Fahrkarten werden im Kapitel Wohnen (Mobilität im ländlichen Raum) "
                "behandelt; der Fahrtkostenzuschuss nach Maßnahme 4 bleibt bestehen."
            ),
            "taken_up": ("paragraph", 1),
        },
    },
    {
        "key": "c02",
        "chapter": 1,
        "paragraph": None,
        "reply_to": None,
        "name": "M. Petersen",
        "email": "m.petersen@example.com",
        "date": "2017-10-02T08:15",
        "text": (
            "Schön und gut, aber wer bezahlt das alles? In diesem Kapitel stehen fünf Maßnahmen, "
            "und bei keiner steht, was sie kostet. Unter Ehrenamt habe ich bisher verstanden, dass "
            "es den Steuerzahler nichts kostet."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Der Kreis nimmt den Hinweis zur Kenntnis. Das Integrationskonzept ist ein "
                "Rahmenkonzept; die Kosten der einzelnen Maßnahmen werden in den jährlichen "
                "Haushaltsberatungen des Kreistags festgelegt und dort öffentlich beraten. Ein "
                "Teil der Maßnahmen wird aus Förderprogrammen des Landes und des Bundes finanziert."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c03",
        "chapter": 1,
        "paragraph": None,
        "reply_to": "c02",
        "name": "Willkommensnetz Kappeln e. V.",
        "email": "willkommensnetz.kappeln@example.com",
        "date": "2017-10-02T20:31",
        "text": (
            "Ehrenamt ist unbezahlt, aber nicht kostenlos. Räume, Lehrmaterial, Fahrten zu "
            "Behörden und eine Haftpflichtversicherung müssen irgendwo herkommen, und bisher "
            "zahlen das oft die Ehrenamtlichen selbst. Gerade deshalb finden wir es richtig, dass "
            "das Konzept Geld für Koordination und Qualifizierung vorsieht."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für die Ergänzung. Der Kreis teilt die Einschätzung, dass "
                "ehrenamtliches Engagement verlässliche Rahmenbedingungen braucht. Die Maßnahmen "
                "dieses Kapitels sollen dazu beitragen; zu Förderprogrammen für Helferkreise berät "
                "die Koordinierungsstelle IAF (Kapitel 11, Maßnahme 3)."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c04",
        "chapter": 7,
        "paragraph": ("paragraph", 2),
        "reply_to": None,
        "name": "Hanna aus Handewitt",
        "email": "hanna.handewitt@example.com",
        "date": "2017-10-03T11:30",
        "text": (
            "In Handewitt und Harrislee ist der Wohnungsmarkt genauso eng wie in Schleswig, das "
            "sollte in diesem Absatz stehen. Eine Familie aus Eritrea, die wir begleiten, sucht "
            "seit 14 Monaten eine Vierzimmerwohnung und lebt noch immer zu sechst in zwei Zimmern. "
            "Große Wohnungen gibt es hier praktisch nicht."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für den Hinweis. Die Beschreibung des Wohnungsmarkts nennt in der "
                "überarbeiteten Fassung ausdrücklich Handewitt und Harrislee sowie den Mangel an "
                "Wohnungen für große Familien. Außerdem werden die Wohnungslotsinnen und -lotsen "
                "auf das Umland von Flensburg ausgeweitet (Maßnahme 1)."
            ),
            "taken_up": ("paragraph", 2),
        },
    },
    {
        "key": "c05",
        "chapter": 6,
        "paragraph": ("paragraph", 3),
        "reply_to": None,
        "name": "Rania K.",
        "email": "rania.k@example.com",
        "date": "2017-10-04T21:05",
        "text": (
            "Ich bin Krankenschwester aus Syrien (Bachelor in Nursing, Universität Damaskus, sechs "
            "Jahre Berufserfahrung). Seit elf Monaten warte ich auf die Anerkennung. Man hat mir "
            "gesagt, ich brauche B2 und danach eine Kenntnisprüfung oder einen Anpassungslehrgang, "
            "aber niemand im Kreis kann mir sagen, wo es so einen Lehrgang gibt.\n\n"
            "In den Kliniken fehlt Personal, und ich darf nur als Pflegehelferin arbeiten. Bitte "
            "schreiben Sie etwas zu den Pflegeberufen in das Konzept."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank, dass Sie Ihre Erfahrung geschildert haben. Die überarbeitete Fassung "
                "beschreibt die zusätzlichen Schritte der Anerkennung in reglementierten Berufen "
                "wie der Pflege. Neu aufgenommen ist eine Anpassungsqualifizierung für "
                "Pflegefachkräfte mit ausländischem Abschluss, die auf die Kenntnisprüfung "
                "vorbereitet und Praxiseinsätze in Kliniken im Kreis umfasst (Maßnahme 6)."
            ),
            "taken_up": ("measure", 6),
        },
    },
    {
        "key": "c06",
        "chapter": 3,
        "paragraph": ("measure", 5),
        "reply_to": None,
        "name": "Willkommensnetz Kappeln e. V.",
        "email": "willkommensnetz.kappeln@example.com",
        "date": "2017-10-05T16:48",
        "text": (
            "Unser Sprachcafé in Kappeln läuft seit zwei Jahren jeden Donnerstag in der "
            "Stadtbücherei, mit 15 bis 25 Gästen. Ein Leitfaden ist nett, was uns wirklich fehlt, "
            "sind Lehrmaterial in Klassenstärke und ein Raum, für den wir keine Miete zahlen "
            "müssen.\n\n"
            "Unsere Erfahrungen teilen wir gern: "
            "https://willkommensnetz-kappeln.example.org/sprachcafe"
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für das Angebot, Ihre Erfahrungen zu teilen. Die überarbeitete "
                "Fassung würdigt die ehrenamtlichen Sprachcafés in einem eigenen Absatz; Ihre "
                "Erfahrungen fließen in den Leitfaden nach Maßnahme 5 ein, und Lehrmaterial kann "
                "künftig aus dem Materialpool der Volkshochschulen ausgeliehen werden. Kostenfreie "
                "Räume kann der Kreis nicht zusagen, weil sie von den Städten und Gemeinden "
                "bereitgestellt werden."
            ),
            "taken_up": ("paragraph", 6),
        },
    },
    {
        "key": "c07",
        "chapter": 8,
        "paragraph": ("paragraph", 2),
        "reply_to": None,
        "name": "Dr. H. Jensen",
        "email": "praxis.jensen@example.com",
        "date": "2017-10-06T10:20",
        "text": (
            "Als Hausarzt in Kappeln kann ich diesen Absatz nur bestätigen. In meiner Praxis "
            "übersetzen häufig die Kinder der Patientinnen und Patienten, auch bei Befunden, die "
            "kein Kind übersetzen sollte. Telefondolmetschen würden wir sofort nutzen, wenn die "
            "Kostenfrage geklärt wäre."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für die Schilderung aus der Praxis. Die Ausgangslage beschreibt in "
                "der überarbeiteten Fassung ausdrücklich, dass häufig Kinder oder Begleitpersonen "
                "übersetzen. Der Dolmetscherpool (Maßnahme 1) wird für niedergelassene Arztpraxen "
                "geöffnet und um Telefon- und Video-Dolmetschen erweitert."
            ),
            "taken_up": ("paragraph", 2),
        },
    },
    {
        "key": "c08",
        "chapter": 1,
        "paragraph": ("paragraph", 2),
        "reply_to": None,
        "name": "Anke S.",
        "email": "anke.s@example.com",
        "date": "2017-10-07T14:02",
        "text": (
            "„Überlastung“ ist noch untertrieben. Von unseren 30 Aktiven im Helferkreis "
            "Süderbrarup sind noch neun übrig. Die meisten haben nicht aus Bequemlichkeit "
            "aufgehört, sondern weil sie mit Abschiebungen, Widersprüchen und Wohnungsnot allein "
            "gelassen wurden.\n\n"
            "Wir brauchen Supervision und jemanden zum Reden, nicht noch einen Empfang."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für diese deutlichen Worte. Die Belastung der Helferkreise wird in "
                "der überarbeiteten Fassung konkreter beschrieben. Neu aufgenommen ist Maßnahme 6: "
                "regionale Supervisions- und Austauschgruppen für Ehrenamtliche in Schleswig, "
                "Kappeln und Tarp, kostenfrei und unter fachlicher Leitung."
            ),
            "taken_up": ("measure", 6),
        },
    },
    {
        "key": "c09",
        "chapter": 5,
        "paragraph": None,
        "reply_to": None,
        "name": "Lehrerin aus Schleswig",
        "email": "daz.lehrerin@example.com",
        "date": "2017-10-08T20:37",
        "text": (
            "Ich unterrichte in einem DaZ-Zentrum in Schleswig. Die Ausgangslage ist richtig "
            "beschrieben, aber es fehlt die Zeit nach dem Wechsel in die Regelklasse: Dort "
            "bekommen die Kinder oft gar keine Förderung mehr, und die Kolleginnen und Kollegen in "
            "den Regelklassen sind für Deutsch als Zweitsprache nicht ausgebildet. Ohne "
            "zusätzliche Lehrerstunden bleibt der individuelle Übergangsplan ein Stück Papier."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Vielen Dank für den Hinweis aus der Schulpraxis. Die Ausstattung der Schulen mit "
                "Lehrerstunden und die Fortbildung der Lehrkräfte liegen in der Zuständigkeit des "
                "Landes und können im Integrationskonzept des Kreises nicht festgelegt werden. Das "
                "Schulamt bringt Ihre Anregung in die Gespräche mit dem Bildungsministerium ein."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c10",
        "chapter": 6,
        "paragraph": None,
        "reply_to": None,
        "name": "Jobcenter-Beirat",
        "email": "jobcenter-beirat@example.com",
        "date": "2017-10-09T12:10",
        "text": (
            "Der Beirat begrüßt das Willkommensmodul (Maßnahme 1). Wir regen an, dass der "
            "Ersttermin grundsätzlich mit Sprachmittlung stattfindet und nicht nur „bei Bedarf“. "
            "Der Bedarf wird sonst oft erst bemerkt, wenn der Termin bereits gescheitert ist."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Eine Sprachmittlung bei jedem Ersttermin ist mit den vorhandenen Kapazitäten "
                "nicht möglich, zumal sich viele Kundinnen und Kunden bereits auf Deutsch oder "
                "Englisch verständigen können. Das Jobcenter fragt den Bedarf stattdessen schon "
                "bei der Terminvergabe mit einem mehrsprachigen Formular ab. Der Text der Maßnahme "
                "bleibt deshalb unverändert."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c11",
        "chapter": 2,
        "paragraph": ("measure", 1),
        "reply_to": None,
        "name": "Migrantenforum Schleswig",
        "email": "migrantenforum@example.com",
        "date": "2017-10-10T18:55",
        "text": (
            "Warum nur die „Prüfung“ eines Integrationsbeirats? Andere Kommunen in "
            "Schleswig-Holstein haben längst einen. Ein Forum einmal im Jahr ersetzt kein Gremium, "
            "das regelmäßig tagt, Anträge stellen kann und gehört werden muss."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Über die Einrichtung eines Integrationsbeirats entscheidet der Kreistag; das "
                "Integrationskonzept kann diese Entscheidung nicht vorwegnehmen. Die Verwaltung "
                "wird dem Sozialausschuss im Jahr 2018 eine Beschlussvorlage mit möglichen "
                "Varianten vorlegen und das Migrantenforum dabei beteiligen. Die Formulierung der "
                "Maßnahme bleibt daher unverändert."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c12",
        "chapter": 3,
        "paragraph": None,
        "reply_to": None,
        "name": "Ehrenamt Tarp",
        "email": "ehrenamt.tarp@example.com",
        "date": "2017-10-11T18:40",
        "text": (
            "Heute bei der Auftaktveranstaltung wurde es in der AG Sprache mehrfach gesagt: Viele "
            "Menschen aus Tarp und Umgebung bekommen keinen Kursplatz in Schleswig oder schaffen "
            "die Fahrt nicht. Wir schlagen ein Sprachcafé in Tarp vor. Räume im Gemeindezentrum "
            "wären da, Ehrenamtliche auch. Was fehlt, ist jemand, der es anstößt, und etwas "
            "Material."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für den Vorschlag aus der Arbeitsgruppe. Die überarbeitete Fassung "
                "enthält die neue Maßnahme 6: Aufbau weiterer ehrenamtlicher Sprachcafés, zunächst "
                "in Tarp und Süderbrarup, mit einem Startpaket aus Lehrmaterial und mehrsprachigen "
                "Aushängen. Die Koordinierungsstelle IAF meldet sich Anfang 2018 bei Ihrer "
                "Initiative."
            ),
            "taken_up": ("measure", 6),
        },
    },
    {
        "key": "c13",
        "chapter": 1,
        "paragraph": ("measure", 3),
        "reply_to": None,
        "name": "Willkommensnetz Kappeln e. V.",
        "email": "willkommensnetz.kappeln@example.com",
        "date": "2017-10-11T19:15",
        "text": (
            "Zum Empfang: Anerkennung freut uns. Aber die Ehrenamtskarte nützt auf dem Land wenig, "
            "weil hier kaum ein Geschäft mitmacht. Viel mehr hilft uns eine Erstattung der "
            "Fahrtkosten, wenn wir Menschen zur Ausländerbehörde nach Schleswig begleiten."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Eine allgemeine Fahrtkostenerstattung für ehrenamtliche Begleitungen kann der "
                "Kreis nicht übernehmen, weil dafür keine Haushaltsmittel vorgesehen sind. "
                "Helferkreise können Fahrtkosten aber über Förderprogramme des Landes für das "
                "Ehrenamt abrechnen; die Koordinierungsstelle IAF berät dazu. Der jährliche "
                "Empfang bleibt als Zeichen der Anerkennung bestehen."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c14",
        "chapter": 7,
        "paragraph": ("paragraph", 5),
        "reply_to": None,
        "name": "Ole",
        "email": "fahrradwerkstatt.ole@example.com",
        "date": "2017-10-11T20:02",
        "text": (
            "Wir von der Fahrradwerkstatt in Süderbrarup haben seit 2016 über 120 Räder an "
            "Geflüchtete ausgegeben. Aber im Winter fährt niemand 20 Kilometer mit dem Rad nach "
            "Schleswig. Der Bus Süderbrarup–Schleswig fährt nachmittags nur alle zwei Stunden und "
            "am Wochenende kaum. Das muss als Problem im Konzept stehen."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für Ihren Einsatz und den Hinweis. Die Busverbindung zwischen "
                "Süderbrarup und Schleswig wird in der überarbeiteten Fassung als Beispiel für die "
                "Mobilitätsprobleme im ländlichen Raum genannt. Einen dichteren Takt kann das "
                "Integrationskonzept nicht zusagen; er wird im Regionalen Nahverkehrsplan des "
                "Kreises beraten, an den wir Ihre Anregung weitergegeben haben."
            ),
            "taken_up": ("paragraph", 5),
        },
    },
    {
        "key": "c15",
        "chapter": 6,
        "paragraph": ("measure", 5),
        "reply_to": None,
        "name": "Frauencafé Schleswig",
        "email": "frauencafe.schleswig@example.com",
        "date": "2017-10-11T21:30",
        "text": (
            "In der AG Arbeit bei der Auftaktveranstaltung heute war keine einzige geflüchtete "
            "Frau. Das sagt viel. Die Frauen aus unserem Café wollen arbeiten, aber der Kurs "
            "beginnt um acht und die Kita öffnet auch erst um acht. Eine Teilzeitqualifizierung "
            "erst ab 2019 ist zu spät."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für die Rückmeldung aus der Auftaktveranstaltung. Der Beginn der "
                "Teilzeitqualifizierung wurde auf 2018 vorgezogen, und die Kurszeiten werden auf "
                "die Öffnungszeiten der Kitas abgestimmt. Eine Kinderbetreuung vor Kursbeginn kann "
                "der Kreis nicht an allen Orten garantieren, weil sie von den Kita-Trägern abhängt."
            ),
            "taken_up": ("measure", 5),
        },
    },
    {
        "key": "c16",
        "chapter": 4,
        "paragraph": ("measure", 2),
        "reply_to": None,
        "name": "Birte L.",
        "email": "birte.l@example.com",
        "date": "2017-10-11T22:47",
        "text": (
            "Ich arbeite als Erzieherin in Tarp. Eltern-Kind-Gruppen sind gut, aber bitte zuerst "
            "dort, wo die Wartelisten am längsten sind: Bei uns stehen über 30 Kinder auf der "
            "Warteliste, in Handewitt soll es ähnlich sein. Und die Gruppen brauchen eine "
            "pädagogische Fachkraft, die sie leitet. Ehrenamtliche allein schaffen das nicht."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für die Hinweise. Maßnahme 2 nennt in der überarbeiteten Fassung "
                "Tarp, Handewitt und Kappeln als erste Standorte und sieht eine Leitung durch "
                "pädagogische Fachkräfte vor. Zusätzliche Stellen über die Familienzentren hinaus "
                "kann der Kreis derzeit nicht zusagen; die Zahl der Gruppen richtet sich nach den "
                "verfügbaren Fördermitteln."
            ),
            "taken_up": ("measure", 2),
        },
    },
    {
        "key": "c17",
        "chapter": 3,
        "paragraph": ("paragraph", 3),
        "reply_to": None,
        "name": "Heike M.",
        "email": "heike.m@example.com",
        "date": "2017-10-12T07:50",
        "text": (
            "Ich leite seit drei Jahren Alphabetisierungskurse. Frauen mit kleinen Kindern, die "
            "nicht in lateinischer Schrift lesen und schreiben können, brechen am häufigsten ab, "
            "meist wegen der Kinderbetreuung. Ein Alpha-Kurs am Vormittag mit Betreuung im "
            "Nebenraum würde hier mehr bewirken als jede Kursübersicht."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für die Einschätzung aus der Kurspraxis. Die überarbeitete Fassung "
                "enthält die neue Maßnahme 7: Alphabetisierungskurse am Vormittag mit "
                "kursbegleitender Kinderbetreuung in Schleswig und Kappeln, vorrangig für Mütter "
                "mit kleinen Kindern."
            ),
            "taken_up": ("measure", 7),
        },
    },
    {
        "key": "c18",
        "chapter": 1,
        "paragraph": ("measure", 5),
        "reply_to": None,
        "name": "Yusuf",
        "email": "yusuf@example.com",
        "date": "2017-10-12T13:25",
        "text": (
            "Ich komme aus Aleppo und helfe seit einem Jahr als Dolmetscher bei Arztbesuchen in "
            "Tarp und Schleswig. Ich mache das gern. Aber die Busfahrten bezahle ich selbst, das "
            "sind manchmal 40 Euro im Monat. Die Aufwandsentschädigung sollte auch die Fahrtkosten "
            "enthalten."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für Ihr Engagement. Maßnahme 5 sieht in der überarbeiteten Fassung "
                "ausdrücklich vor, dass ehrenamtliche Lotsinnen und Lotsen neben der "
                "Aufwandsentschädigung auch ihre Fahrtkosten erstattet bekommen."
            ),
            "taken_up": ("measure", 5),
        },
    },
    {
        "key": "c19",
        "chapter": 3,
        "paragraph": ("paragraph", 3),
        "reply_to": "c17",
        "name": "Frauencafé Schleswig",
        "email": "frauencafe.schleswig@example.com",
        "date": "2017-10-12T22:10",
        "text": (
            "Das unterstützen wir. Bei uns im Frauencafé sitzen jeden Dienstag Mütter, die seit "
            "einem Jahr auf einen Alpha-Kurs mit Kinderbetreuung warten."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für die Unterstützung. Wie in der Stellungnahme zum vorherigen "
                "Beitrag beschrieben, wurden Alphabetisierungskurse mit Kinderbetreuung als neue "
                "Maßnahme 7 aufgenommen. Die Volkshochschulen informieren das Frauencafé, sobald "
                "die ersten Kurse beginnen."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c20",
        "chapter": 4,
        "paragraph": None,
        "reply_to": None,
        "name": "Familie aus Satrup",
        "email": "familie.satrup@example.com",
        "date": "2017-10-13T09:40",
        "text": (
            "Wir sind im März nach Satrup gezogen und haben für unsere zweijährige Tochter bis "
            "heute keinen Krippenplatz. Auch in Tarp, wo meine Frau arbeitet, hieß es: frühestens "
            "August 2018. Das ist kein Problem nur von zugewanderten Familien, sondern von allen, "
            "die im Laufe des Jahres umziehen."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für Ihren Beitrag. Der Ausbau der Betreuungsplätze ist Aufgabe der "
                "Gemeinden und des Kreises als Träger der öffentlichen Jugendhilfe und wird in der "
                "Kita-Bedarfsplanung behandelt, nicht im Integrationskonzept. Die Brückenangebote "
                "nach Maßnahme 2 stehen allen Familien auf der Warteliste offen."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c21",
        "chapter": 5,
        "paragraph": None,
        "reply_to": None,
        "name": "Eltern-Initiative DaZ Harrislee",
        "email": "elterninitiative.harrislee@example.com",
        "date": "2017-10-13T17:05",
        "text": (
            "Elternabende allein reichen nicht. Viele Eltern kommen abends nicht, weil sie "
            "arbeiten oder kleine Kinder zu Hause haben. Bei uns funktioniert ein Elterncafé am "
            "Vormittag in der Schule viel besser, mit einer Dolmetscherin und ohne Tagesordnung."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für das Beispiel aus Harrislee. Maßnahme 3 legt die Form der "
                "Informationsangebote bewusst nicht fest; Schulen können auch Elterncafés am "
                "Vormittag anbieten. Das Schulamt stellt Ihr Beispiel den Schulen mit DaZ-Zentren "
                "vor."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c22",
        "chapter": 2,
        "paragraph": ("paragraph", 3),
        "reply_to": None,
        "name": "Lena",
        "email": "lena.fl@example.com",
        "date": "2017-10-14T11:12",
        "text": (
            "„Vereinzelt“ finde ich verharmlosend. Meine Mitbewohnerin trägt Kopftuch und wird im "
            "Bus nach Schleswig immer wieder angepöbelt. Sie zeigt das nicht an, weil sie nicht "
            "weiß, wo. Bitte benennen Sie das Problem so, wie es ist."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für Ihren Beitrag. Die überarbeitete Fassung verzichtet auf das Wort "
                "„vereinzelt“ und nennt Anfeindungen im Alltag, etwa in Bussen und bei der "
                "Wohnungssuche. Belastbare Zahlen zu Vorfällen im Kreis liegen bisher nicht vor; "
                "sie sollen künftig über die Anlaufstelle nach Maßnahme 4 erhoben werden."
            ),
            "taken_up": ("paragraph", 3),
        },
    },
    {
        "key": "c23",
        "chapter": 7,
        "paragraph": None,
        "reply_to": None,
        "name": "Priya",
        "email": "priya@example.com",
        "date": "2017-10-15T17:45",
        "text": (
            "Sorry for writing in English – my German is still at A2 level. I work as an engineer "
            "in Handewitt, and it took me five months to find a flat. Many landlords did not "
            "answer at all once they saw my name.\n\n"
            "Could the portal list housing companies that are open to renting to internationals? "
            "An English version of the 'Mieterführerschein' would also help people like me."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für Ihren Beitrag. Eine Liste einzelner Vermieterinnen und Vermieter "
                "kann der Kreis nicht veröffentlichen; mit der neuen Ansprechstelle für Vermieter "
                "(Maßnahme 5) sollen aber mehr Vermieter für die Vermietung an Zugewanderte "
                "gewonnen werden. Der Mieterführerschein wird bei Bedarf mit Sprachmittlung "
                "angeboten, auch auf Englisch. (In short: we cannot publish a list of landlords, "
                "but a new contact point for landlords has been added as measure 5, and the tenant "
                "course can be held with English interpretation.)"
            ),
            "taken_up": ("measure", 5),
        },
    },
    {
        "key": "c24",
        "chapter": 6,
        "paragraph": ("paragraph", 3),
        "reply_to": "c05",
        "name": "Yusuf",
        "email": "yusuf@example.com",
        "date": "2017-10-16T08:30",
        "text": (
            "Bei meinem Cousin, er ist Apotheker, war es genauso. Die Beratung in Flensburg war "
            "gut, aber er musste dreimal hinfahren. Sprechtage hier im Kreis wären eine große "
            "Hilfe, zum Beispiel in Tarp."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für die Ergänzung. Die Sprechtage der Anerkennungsberatung finden "
                "nach der überarbeiteten Maßnahme 2 auch in Tarp statt und werden um Beratung per "
                "Telefon und Video ergänzt. Häufigere Termine sind mit den Mitteln des IQ "
                "Netzwerks derzeit nicht möglich."
            ),
            "taken_up": ("measure", 2),
        },
    },
    {
        "key": "c25",
        "chapter": 10,
        "paragraph": None,
        "reply_to": None,
        "name": "Uwe K.",
        "email": "uwe.k@example.com",
        "date": "2017-10-17T19:20",
        "text": (
            "Ich bin ehrenamtlicher Gemeindevertreter in einer Gemeinde mit 900 Einwohnern. "
            "„Integration als kommunale Daueraufgabe“ klingt gut, aber wir haben keinen einzigen "
            "hauptamtlichen Mitarbeiter. Wenn der Kreis Aufgaben an die Gemeinden gibt, muss er "
            "auch Geld mitgeben."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Das Konzept überträgt den Gemeinden keine neuen Pflichtaufgaben, sondern soll sie "
                "bei ihrer bestehenden Arbeit unterstützen. Die Finanzausstattung der Gemeinden "
                "regelt das Land im kommunalen Finanzausgleich; eine allgemeine Finanzierung durch "
                "den Kreis ist nicht möglich. Die Koordinierungsstelle IAF berät Gemeinden zu "
                "Fördermitteln (Kapitel 11, Maßnahme 3), und die Handreichung nach Maßnahme 3 soll "
                "gerade kleinen Gemeinden mit Beispielen helfen."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c26",
        "chapter": 9,
        "paragraph": None,
        "reply_to": None,
        "name": "Carola B.",
        "email": "carola.b@example.com",
        "date": "2017-10-18T10:05",
        "text": (
            "Ein Beispiel aus meiner Beratung in Kappeln: Ein Bescheid über die Kosten der "
            "Unterkunft hatte elf Seiten. Die Familie hat ihn weggeworfen, weil sie ihn für "
            "Werbung hielt. Verständliche Schreiben sind keine Kleinigkeit. Bitte fangen Sie mit "
            "den Bescheiden an, die am häufigsten zu Widersprüchen führen."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für das anschauliche Beispiel. Die Ausländerbehörde und der "
                "Fachdienst Soziales beginnen bei der Umsetzung von Maßnahme 4 mit den Schreiben, "
                "die am häufigsten Rückfragen und Widersprüche auslösen. Eine Änderung des "
                "Konzepttextes ist dafür nicht erforderlich."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c27",
        "chapter": 8,
        "paragraph": ("measure", 1),
        "reply_to": None,
        "name": "Abu Omar",
        "email": "abu.omar@example.com",
        "date": "2017-10-19T21:48",
        "text": (
            "ذهبت مع زوجتي إلى طبيبة النساء في شليسفيغ، ولم يكن هناك مترجم. ابني عمره ١٢ سنة واضطر "
            "أن يترجم لنا. هذا صعب جداً علينا وعليه.\n\n"
            "(Übersetzung: Ich war mit meiner Frau bei der Frauenärztin in Schleswig, und es gab "
            "keinen Dolmetscher. Mein Sohn ist 12 Jahre alt und musste für uns übersetzen. Das ist "
            "sehr schwer für uns und für ihn.)"
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für Ihre Nachricht. Kinder sollen beim Arzt nicht für ihre Eltern "
                "übersetzen müssen. Deshalb wird der Dolmetscherpool des Kreises (Maßnahme 1) auch "
                "für Arztpraxen geöffnet, auch mit Dolmetschen per Telefon und Video."
            ),
            "taken_up": ("measure", 1),
        },
    },
    {
        "key": "c28",
        "chapter": 11,
        "paragraph": None,
        "reply_to": None,
        "name": "Ehrenamt Tarp",
        "email": "ehrenamt.tarp@example.com",
        "date": "2017-10-20T14:30",
        "text": (
            "Dass die Koordinierungsstelle keine Einzelfälle berät, verstehen wir. Aber dann muss "
            "klar sein, wer es tut. In Tarp gibt es alle zwei Wochen eine zweistündige "
            "Sprechstunde der Migrationsberatung, und die reicht hinten und vorne nicht."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für den Hinweis. Wir haben ihn an den Runden Tisch Migrationsberatung "
                "(Kapitel 9, Maßnahme 2) weitergegeben, der Sprechzeiten und Außensprechstunden "
                "abstimmt. Die personelle Ausstattung der Beratungsdienste wird von Bund und Land "
                "finanziert und kann im Konzept nicht festgelegt werden."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c29",
        "chapter": 1,
        "paragraph": ("paragraph", 3),
        "reply_to": None,
        "name": "Helferkreis Oeversee",
        "email": "helferkreis.oeversee@example.com",
        "date": "2017-10-21T09:15",
        "text": (
            "Absatz 3 sagt im Kern dasselbe wie Absatz 2, nur kürzer. Wir würden beide "
            "zusammenfassen und dafür deutlicher schreiben, was konkret fehlt: eine feste "
            "Ansprechperson im Amt und jemand, an den man sich wenden kann, wenn es einem selbst "
            "zu viel wird."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für den Vorschlag. Absatz 3 wurde gestrichen; seine Aussagen sind in "
                "den überarbeiteten Absatz 2 eingeflossen, der nun auch das Fehlen von Supervision "
                "und kollegialem Austausch benennt."
            ),
            "taken_up": ("paragraph", 2),
        },
    },
    {
        "key": "c30",
        "chapter": 1,
        "paragraph": ("paragraph", 3),
        "reply_to": "c29",
        "name": "Pastorin aus Angeln",
        "email": "pastorin.angeln@example.com",
        "date": "2017-10-21T16:40",
        "text": (
            "Zustimmung, mit einer Ergänzung: Dass die Vernetzung mit den Kirchengemeinden an "
            "einzelnen Personen hängt, stimmt leider. Dieser Gedanke sollte beim Zusammenfassen "
            "nicht verloren gehen."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für die Ergänzung. Der überarbeitete Absatz 2 nennt die Abhängigkeit "
                "der Vernetzung von einzelnen Personen ausdrücklich. Eine eigene Maßnahme für die "
                "Kirchengemeinden ist nicht vorgesehen; sie sind aber als Partner des kreisweiten "
                "Netzwerks der Ehrenamtskoordination (Maßnahme 1) eingeladen."
            ),
            "taken_up": ("paragraph", 2),
        },
    },
    {
        "key": "c31",
        "chapter": 5,
        "paragraph": None,
        "reply_to": None,
        "name": "Omid",
        "email": "omid@example.com",
        "date": "2017-10-22T20:05",
        "text": (
            "Ich wohne in Böklund. Ich gehe in die Berufsschule in Schleswig. Nach der Schule "
            "fahre ich eine Stunde mit dem Bus. Zu Hause kann mir keiner bei den Hausaufgaben "
            "helfen. Eine Hausaufgabenhilfe im Dorf oder in der Bücherei wäre sehr gut. Bitte auch "
            "für Berufsschüler."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Danke für Ihren Beitrag. Die Lernhilfen aus Maßnahme 4 sollen auch für "
                "Berufsschülerinnen und Berufsschüler offen sein. Ob es in Böklund eine Lernhilfe "
                "gibt, hängt von der Gemeinde und von Ehrenamtlichen ab. Die Übergangscoaches an "
                "der Berufsschule (Maßnahme 2) helfen Ihnen bei der Suche."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c32",
        "chapter": 6,
        "paragraph": None,
        "reply_to": None,
        "name": "Thomas W.",
        "email": "thomas.w@example.com",
        "date": "2017-10-23T12:30",
        "text": (
            "Wir bilden seit 2016 einen jungen Mann aus Afghanistan zum Tischler aus. In der "
            "Werkstatt ist er einer der Besten, aber in der Berufsschule versteht er die Fachtexte "
            "nicht, und vor der schriftlichen Gesellenprüfung haben wir beide Sorge. Was fehlt, "
            "ist ausbildungsbegleitender Deutschunterricht in der Nähe, am besten abends oder am "
            "Berufsschultag.\n\n"
            "Und bitte: eine Ansprechperson in der Ausländerbehörde, die zurückruft, wenn es um "
            "die Ausbildungsduldung geht."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für die Schilderung aus Ihrem Betrieb. Die überarbeitete Fassung "
                "beschreibt im Handlungsbedarf in einem neuen Absatz, dass ausbildungsbegleitender "
                "Deutschunterricht wohnortnah und zu Zeiten angeboten werden muss, die sich mit "
                "Betrieb und Berufsschule vereinbaren lassen. Fragen zur Ausbildungsduldung "
                "beantwortet der Arbeitgeberservice Integration (Maßnahme 3), der dafür eine feste "
                "Ansprechperson in der Ausländerbehörde hat."
            ),
            "taken_up": ("paragraph", 5),
        },
    },
    {
        "key": "c33",
        "chapter": 4,
        "paragraph": ("measure", 4),
        "reply_to": None,
        "name": "Birte L.",
        "email": "birte.l@example.com",
        "date": "2017-10-23T19:55",
        "text": (
            "Noch etwas zum Dolmetscherpool: Wie schnell bekommen wir dort jemanden? Ein "
            "Aufnahmegespräch planen wir zwei Wochen vorher, ein schwieriges Gespräch über die "
            "Entwicklung eines Kindes manchmal ganz kurzfristig. Telefondolmetschen wäre für uns "
            "die praktischste Lösung."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für den Hinweis. Der Dolmetscherpool des Kreises wird nach der "
                "überarbeiteten Maßnahme 1 im Kapitel Gesundheit um Telefon- und Video-Dolmetschen "
                "erweitert; dieses Angebot steht auch Kitas für kurzfristige Gespräche offen. "
                "Feste Reaktionszeiten kann der Kreis noch nicht zusagen, solange der Pool im "
                "Aufbau ist."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c34",
        "chapter": 7,
        "paragraph": ("measure", 4),
        "reply_to": None,
        "name": "Anke S.",
        "email": "anke.s@example.com",
        "date": "2017-10-24T08:05",
        "text": (
            "Zum Mobilitätspaket: „Prüfung vergünstigter Fahrkarten“ – geprüft wird seit zwei "
            "Jahren. Eine Monatskarte Süderbrarup–Schleswig kostet über 100 Euro. Bitte eine feste "
            "Zusage mit Datum."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für Ihre Beharrlichkeit. Die überarbeitete Maßnahme 4 sieht statt "
                "eines Prüfauftrags eine vergünstigte Monatskarte für Teilnehmende an "
                "Integrations- und Berufssprachkursen ab dem Fahrplanwechsel im Dezember 2018 vor. "
                "Eine allgemeine Ermäßigung für alle Menschen mit geringem Einkommen kann das "
                "Integrationskonzept nicht regeln; darüber entscheidet der Kreistag im Rahmen des "
                "Nahverkehrsplans."
            ),
            "taken_up": ("measure", 4),
        },
    },
    {
        "key": "c35",
        "chapter": 7,
        "paragraph": ("measure", 4),
        "reply_to": "c34",
        "name": "Ole",
        "email": "fahrradwerkstatt.ole@example.com",
        "date": "2017-10-24T19:30",
        "text": (
            "Und bitte die Radfahrkurse nicht vergessen. Bei uns wollen vor allem Frauen Radfahren "
            "lernen, aber es fehlt ein Übungsplatz, und keiner weiß, wie die Teilnehmerinnen "
            "versichert sind."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Radfahrkurse für Erwachsene bleiben Bestandteil von Maßnahme 4. Die "
                "Koordinierungsstelle IAF vermittelt den Kontakt zur Verkehrswacht, die "
                "Übungsflächen und Versicherungsschutz für solche Kurse organisieren kann."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c36",
        "chapter": 7,
        "paragraph": ("measure", 1),
        "reply_to": None,
        "name": "Hanna aus Handewitt",
        "email": "hanna.handewitt@example.com",
        "date": "2017-10-25T10:45",
        "text": (
            "Wohnungslotsen nur im Raum Schleswig und im Raum Kappeln? Im Umland von Flensburg ist "
            "der Markt am engsten. Bitte nehmen Sie Handewitt und Harrislee als dritte "
            "Modellregion auf."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für die Anregung. Maßnahme 1 sieht in der überarbeiteten Fassung drei "
                "Modellregionen vor: den Raum Schleswig, den Raum Kappeln und das Umland von "
                "Flensburg mit Handewitt und Harrislee."
            ),
            "taken_up": ("measure", 1),
        },
    },
    {
        "key": "c37",
        "chapter": 7,
        "paragraph": None,
        "reply_to": None,
        "name": "Klartext",
        "email": "klartext@example.com",
        "date": "2017-10-25T13:20",
        "text": (
            "Warum wird hier eigentlich nur über Wohnungen für Flüchtlinge geredet? Die meisten "
            "von denen wollen doch gar nicht arbeiten und lassen sich alles bezahlen, während "
            "Einheimische leer ausgehen."
        ),
        "followup": False,
        "hidden_reason": "Verstößt gegen die Diskussionsregeln: pauschale Herabsetzung einer Personengruppe.",
        "response": None,
    },
    {
        "key": "c38",
        "chapter": 7,
        "paragraph": None,
        "reply_to": None,
        "name": "M. Petersen",
        "email": "m.petersen@example.com",
        "date": "2017-10-25T18:10",
        "text": (
            "Ich bin Rentner mit kleiner Rente und suche seit einem Jahr eine bezahlbare Wohnung "
            "in Schleswig. Gut, dass im Konzept steht, der soziale Wohnungsbau müsse für alle "
            "Haushalte mit geringem Einkommen gestärkt werden. Aber was tut der Kreis konkret? Ich "
            "lese nur von Lotsen und Kursen, nicht von neuen Wohnungen."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Vielen Dank für Ihren Beitrag. Der Bau geförderter Wohnungen ist nicht Gegenstand "
                "des Integrationskonzepts; er wird über die soziale Wohnraumförderung des Landes "
                "und die Bauleitplanung der Städte und Gemeinden gesteuert. Eine eigene Maßnahme "
                "dazu wurde deshalb nicht aufgenommen. Der Kreis unterstützt Gemeinden und "
                "Wohnungsbaugenossenschaften bei der Beantragung von Fördermitteln, unabhängig von "
                "der Herkunft der künftigen Mieterinnen und Mieter."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c39",
        "chapter": 7,
        "paragraph": ("measure", 2),
        "reply_to": None,
        "name": "Vermieterin aus Böklund",
        "email": "vermieterin.boeklund@example.com",
        "date": "2017-10-26T09:00",
        "text": (
            "Ich vermiete seit 2016 zwei Wohnungen an syrische Familien, ohne Probleme. Was mir "
            "gefehlt hat, ist jemand, den ich anrufen kann, wenn die Nebenkostenabrechnung nicht "
            "verstanden wird oder die Miete vom Jobcenter zu spät kommt. Der Mieterführerschein "
            "ist gut, aber auch Vermieter brauchen eine Ansprechperson."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank für Ihre positive Erfahrung und die Anregung. Die überarbeitete "
                "Fassung enthält die neue Maßnahme 5: eine Ansprechstelle für Vermieterinnen und "
                "Vermieter beim Kreis mit telefonischer Sprechstunde zu Mietzahlungen, Nebenkosten "
                "und Konflikten im Mietverhältnis."
            ),
            "taken_up": ("measure", 5),
        },
    },
    {
        "key": "c40",
        "chapter": 7,
        "paragraph": None,
        "reply_to": "c38",
        "name": "Hanna aus Handewitt",
        "email": "hanna.handewitt@example.com",
        "date": "2017-10-26T12:40",
        "text": (
            "Da haben Sie recht: Wohnungsnot betrifft hier alle mit wenig Geld, und man sollte die "
            "Gruppen nicht gegeneinander ausspielen. In Handewitt haben wir gute Erfahrungen damit "
            "gemacht, gemeinsam bei der Gemeinde nach geförderten Wohnungen zu fragen."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": None,
    },
    {
        "key": "c41",
        "chapter": 2,
        "paragraph": None,
        "reply_to": None,
        "name": "Lena",
        "email": "lena.fl@example.com",
        "date": "2017-10-26T15:35",
        "text": (
            "Die Workshopreihe „Demokratie vor Ort“ finde ich eine gute Idee. Bitte aber nicht nur "
            "für Geflüchtete, sondern gemeinsam mit Schülerinnen und Schülern von hier. Dann "
            "lernen beide Seiten etwas."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Vielen Dank für die Anregung. Die Workshopreihe richtet sich bewusst an "
                "Geflüchtete ohne Zugang zum Orientierungskurs, die ein eigenes, auf ihre "
                "Sprachkenntnisse abgestimmtes Angebot brauchen. Gemeinsame Formate mit "
                "Schulklassen sind Aufgabe der Schulen und der politischen Bildung; wir haben "
                "Ihren Vorschlag an die Volkshochschulen und die Landeszentrale für politische "
                "Bildung weitergegeben."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c42",
        "chapter": 2,
        "paragraph": ("measure", 4),
        "reply_to": None,
        "name": "Merve",
        "email": "merve@example.com",
        "date": "2017-10-27T11:50",
        "text": (
            "Eine Anlaufstelle erst ab 2019 ist zu spät. Wer heute beim Bewerbungsgespräch oder "
            "bei der Wohnungssuche diskriminiert wird, braucht jetzt Hilfe. Könnte man nicht "
            "wenigstens die Schulung der Beratungsstellen schon 2018 machen?"
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Vielen Dank für den Vorschlag. Die Schulung der Beratungsstellen zum Allgemeinen "
                "Gleichbehandlungsgesetz wurde auf 2018 vorgezogen. Die Anlaufstelle selbst kann "
                "erst 2019 eingerichtet werden, weil Stelle und Kooperation vorbereitet werden "
                "müssen; bis dahin berät die Antidiskriminierungsstelle des Landes direkt."
            ),
            "taken_up": ("measure", 4),
        },
    },
    {
        "key": "c43",
        "chapter": 3,
        "paragraph": ("measure", 2),
        "reply_to": None,
        "name": "Ahmad R.",
        "email": "ahmad.r@example.com",
        "date": "2017-10-27T20:15",
        "text": (
            "Ich arbeite in einem Betrieb in Kappeln. Ich habe Schicht, früh und spät. Ich will "
            "Deutsch B1 machen. Aber alle Kurse sind am Vormittag. Bitte auch Kurse am Abend oder "
            "am Samstag."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Danke für Ihren Beitrag. Wir haben Maßnahme 2 geändert: Die Kursträger sollen "
                "auch Kurse am Abend und am Wochenende planen, für Menschen im Schichtdienst. Die "
                "Kursübersicht (Maßnahme 1) zeigt, wann und wo es solche Kurse gibt."
            ),
            "taken_up": ("measure", 2),
        },
    },
    {
        "key": "c44",
        "chapter": 3,
        "paragraph": ("measure", 2),
        "reply_to": "c43",
        "name": "Jobcenter-Beirat",
        "email": "jobcenter-beirat@example.com",
        "date": "2017-10-28T10:10",
        "text": (
            "Dem schließen wir uns an. Berufsbegleitende Kurse gibt es im Programm des BAMF "
            "durchaus, sie kommen im Kreis aber mangels Teilnehmender an einem Ort kaum zustande. "
            "Genau das sollte die Sprachkurskonferenz bündeln."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für die Unterstützung. Die Sprachkurskonferenz stimmt nach der "
                "überarbeiteten Maßnahme 2 ausdrücklich auch Kurszeiten für Berufstätige ab; "
                "Anmeldungen aus mehreren Orten sollen dafür gebündelt werden."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c45",
        "chapter": 3,
        "paragraph": None,
        "reply_to": "c12",
        "name": "Anke S.",
        "email": "anke.s@example.com",
        "date": "2017-10-28T16:25",
        "text": (
            "Für Süderbrarup gilt dasselbe: Ein Sprachcafé würde vielen helfen, die sich die "
            "Busfahrt nach Schleswig nicht leisten können. Wir könnten den Raum im Gemeindehaus "
            "nutzen."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "considered",
            "text": (
                "Vielen Dank. Süderbrarup ist neben Tarp als erster Standort der neuen Maßnahme 6 "
                "(Aufbau weiterer Sprachcafés) vorgesehen. Die Koordinierungsstelle IAF nimmt "
                "Anfang 2018 Kontakt zum Helferkreis auf."
            ),
            "taken_up": ("measure", 6),
        },
    },
    {
        "key": "c46",
        "chapter": 3,
        "paragraph": None,
        "reply_to": "c45",
        "name": "Ehrenamt Tarp",
        "email": "ehrenamt.tarp@example.com",
        "date": "2017-10-29T12:40",
        "text": (
            "Gern tauschen wir uns aus, wenn es losgeht. Wir können unsere Materialliste und den "
            "Aushang in fünf Sprachen teilen, den wir für das Gemeindezentrum vorbereitet haben."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": None,
    },
    {
        "key": "c47",
        "chapter": 9,
        "paragraph": None,
        "reply_to": None,
        "name": "Merve",
        "email": "merve@example.com",
        "date": "2017-10-29T18:00",
        "text": (
            "Ich bin in Schleswig aufgewachsen, meine Eltern kommen aus der Türkei. Von einer "
            "Ausbildung in der Kreisverwaltung habe ich in der Schule nie etwas gehört. Die Idee, "
            "junge Menschen mit Migrationsgeschichte gezielt anzusprechen, ist gut, aber bitte mit "
            "Vorbildern: Auszubildende, die selbst in die Schulen gehen und erzählen, wie es ist."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für die Anregung. Die Personalabteilung bezieht bei der Umsetzung von "
                "Maßnahme 5 Auszubildende der Kreisverwaltung ein, die ihre Ausbildung selbst an "
                "Schulen vorstellen. Eine Änderung des Konzepttextes ist dafür nicht erforderlich."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c48",
        "chapter": 10,
        "paragraph": None,
        "reply_to": None,
        "name": "P. Nissen",
        "email": "p.nissen@example.com",
        "date": "2017-10-30T09:20",
        "text": (
            "Schön, dass die dänische Minderheit erwähnt wird. Die dänischen Schulen und "
            "Kindergärten nehmen auch zugewanderte Kinder auf, und einige Familien nutzen das "
            "bereits. Das könnte man als Chance nennen, denn Mehrsprachigkeit ist im Grenzland "
            "ganz normal."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für den Hinweis. Erfahrungen aus Einrichtungen der dänischen "
                "Minderheit werden als Beispiele guter Praxis in die Handreichung „Integration in "
                "der Gemeinde“ (Maßnahme 3) aufgenommen."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c49",
        "chapter": 11,
        "paragraph": None,
        "reply_to": None,
        "name": "Omid",
        "email": "omid@example.com",
        "date": "2017-10-30T14:45",
        "text": (
            "Ich finde gut, dass es ein Konzept gibt. Aber ich habe es nur verstanden, weil meine "
            "Lehrerin mir geholfen hat. Bitte schreiben Sie es auch in einfacher Sprache und auf "
            "Dari."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "partly",
            "text": (
                "Danke für Ihren Beitrag. Nach dem Beschluss im Kreistag gibt es eine kurze "
                "Zusammenfassung in Leichter Sprache im Willkommensportal. Die Zusammenfassung "
                "wird auch in mehrere Sprachen übersetzt, auch auf Dari. Das ganze Konzept können "
                "wir leider nicht übersetzen, weil es sehr lang ist."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c50",
        "chapter": 6,
        "paragraph": ("paragraph", 3),
        "reply_to": "c24",
        "name": "Rania K.",
        "email": "rania.k@example.com",
        "date": "2017-10-30T21:10",
        "text": (
            "Danke, Yusuf. Ich habe inzwischen einen Platz im B2-Kurs in Flensburg bekommen. Wenn "
            "es im Kreis einen Anpassungslehrgang gäbe, würde ich sofort anfangen."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für die Rückmeldung und viel Erfolg im B2-Kurs. Die neue "
                "Anpassungsqualifizierung für Pflegefachkräfte (Maßnahme 6) soll 2019 beginnen; "
                "die Anerkennungsberatung informiert Interessierte rechtzeitig über den Start."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c51",
        "chapter": 6,
        "paragraph": None,
        "reply_to": None,
        "name": "Omid",
        "email": "omid@example.com",
        "date": "2017-10-31T10:30",
        "text": (
            "Ich mache jetzt eine Ausbildung als Maler. Mein Chef ist gut. Aber ich bekomme immer "
            "nur für drei Monate eine Duldung. Mein Chef hat Angst, dass ich gehen muss. Bitte "
            "helfen Sie den Betrieben mit Informationen."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Danke für Ihren Beitrag. Betriebe können sich beim Arbeitgeberservice Integration "
                "(Maßnahme 3) zur Ausbildungsduldung beraten lassen. Zu Ihrer eigenen Duldung "
                "können wir hier nichts sagen. Bitte gehen Sie zur Migrationsberatung oder zum "
                "Jugendmigrationsdienst. Dort hilft man Ihnen kostenlos."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c52",
        "chapter": 8,
        "paragraph": None,
        "reply_to": None,
        "name": "Carola B.",
        "email": "carola.b@example.com",
        "date": "2017-10-31T16:55",
        "text": (
            "Der nächste Therapieplatz für traumatisierte Geflüchtete ist für unsere Klientinnen "
            "und Klienten in Kiel, mit einer Wartezeit von derzeit etwa neun Monaten. "
            "Fortbildungen sind wichtig, ersetzen aber keine Behandlung. Wir regen an, dass ein "
            "Psychosoziales Zentrum eine regelmäßige Außensprechstunde im Kreis anbietet."
        ),
        "followup": True,
        "hidden_reason": "",
        "response": {
            "outcome": "not_considered",
            "text": (
                "Vielen Dank für die Anregung. Behandlungsangebote für Traumafolgestörungen werden "
                "vom Land und über die Kassenärztliche Vereinigung geplant und finanziert; der "
                "Kreis kann eine Außensprechstunde nicht selbst einrichten. Der "
                "Sozialpsychiatrische Dienst bringt den Bedarf in die Gespräche mit den "
                "Psychosozialen Zentren ein."
            ),
            "taken_up": None,
        },
    },
    {
        "key": "c53",
        "chapter": 1,
        "paragraph": None,
        "reply_to": None,
        "name": "Jugendwart aus Sörup",
        "email": "jugendwart.soerup@example.com",
        "date": "2017-10-31T22:40",
        "text": (
            "Bei uns im Fußball spielen seit 2016 zwölf Jugendliche aus Syrien und Afghanistan "
            "mit. Am Willen zur Offenheit fehlt es nicht. Die Probleme sind Spielerpässe, Fahrten "
            "zu Auswärtsspielen und Ausrüstung, und Bildung und Teilhabe deckt davon nur einen "
            "Teil ab."
        ),
        "followup": False,
        "hidden_reason": "",
        "response": {
            "outcome": "noted",
            "text": (
                "Vielen Dank für den Einblick in die Vereinsarbeit. Die Hinweise werden an den "
                "Kreissportverband weitergegeben, der das Programm „Vereine öffnen sich“ (Maßnahme "
                "4) umsetzt und Vereine zu weiteren Fördermöglichkeiten berät."
            ),
            "taken_up": None,
        },
    },
]

REVISIONS_2018 = {
    1: {
        "date": "2018-03-20T10:15",
        "note": (
            "Nach der Beteiligung überarbeitet: Belastung der Helferkreise deutlicher beschrieben, "
            "Absatz 3 in Absatz 2 aufgegangen, Fahrtkosten für Lotsinnen und Lotsen ergänzt, neue "
            "Maßnahme 6 (Supervision für Ehrenamtliche)"
        ),
        "changes": [
            (
                "replace_paragraph",
                2,
                (
                    "<p>Inzwischen verändert sich die Arbeit der Helferkreise. Die akute "
                    "Erstversorgung ist weitgehend abgeschlossen; im Vordergrund stehen nun "
                    "Wohnungssuche, Ausbildung, Arbeit und Familiennachzug. Viele Ehrenamtliche "
                    "berichten von Überlastung, von Unsicherheit in rechtlichen Fragen und von "
                    "Frustration über lange Verfahren. In einigen Helferkreisen ist die Zahl der "
                    "Aktiven bereits um mehr als die Hälfte zurückgegangen. Hauptamtliche "
                    "Ansprechpersonen für das Ehrenamt gibt es bisher nur in einem Teil der Ämter, "
                    "die Vernetzung mit Vereinen und Kirchengemeinden hängt stark von einzelnen "
                    "Personen ab, und Angebote zur Supervision oder zum kollegialen Austausch "
                    "fehlen fast überall.</p>"
                ),
            ),
            ("remove_paragraph", 3),
            (
                "replace_measure",
                5,
                {
                    "measure": (
                        "Gewinnung von Zugewanderten als ehrenamtliche Lotsinnen und Lotsen in "
                        "ihrer Herkunftssprache, mit Aufwandsentschädigung einschließlich "
                        "Erstattung der Fahrtkosten und begleitender Fortbildung."
                    ),
                    "responsible": "Koordinierungsstelle IAF",
                    "partners": (
                        "Migrantenorganisationen, Migrationsberatung für erwachsene Zuwanderer, Jugendmigrationsdienst"
                    ),
                    "timeframe": "ab 2018",
                },
            ),
            (
                "add_measure",
                {
                    "measure": (
                        "Supervision und kollegiale Beratung für Ehrenamtliche: regionale Gruppen "
                        "in Schleswig, Kappeln und Tarp unter fachlicher Leitung, viermal im Jahr "
                        "und kostenfrei."
                    ),
                    "responsible": "Koordinierungsstelle IAF",
                    "partners": "Wohlfahrtsverbände, Kirchenkreis Schleswig-Flensburg, Helferkreise",
                    "timeframe": "ab 2018",
                },
            ),
        ],
    },
    2: {
        "date": "2018-03-20T10:20",
        "note": (
            "Nach der Beteiligung überarbeitet: Anfeindungen im Alltag deutlicher benannt, "
            "Schulung der Beratungsstellen (Maßnahme 4) auf 2018 vorgezogen"
        ),
        "changes": [
            (
                "replace_paragraph",
                3,
                (
                    "<p>Auch im Kreis Schleswig-Flensburg gibt es Vorbehalte gegenüber "
                    "Zugewanderten, Anfeindungen und fremdenfeindliche Äußerungen, vor allem in "
                    "sozialen Netzwerken, aber auch im Alltag, etwa in Bussen und bei der "
                    "Wohnungssuche. Betroffene wissen oft nicht, an wen sie sich wenden können, "
                    "und viele Vorfälle werden nicht gemeldet.</p>"
                ),
            ),
            (
                "replace_measure",
                4,
                {
                    "measure": (
                        "Schulung der Beratungsstellen zum Allgemeinen Gleichbehandlungsgesetz ab "
                        "2018. Einrichtung einer Anlaufstelle bei Diskriminierung in Kooperation "
                        "mit der Antidiskriminierungsstelle des Landes ab 2019."
                    ),
                    "responsible": "Kreis Schleswig-Flensburg",
                    "partners": (
                        "Antidiskriminierungsstelle des Landes Schleswig-Holstein, Migrationsberatungsstellen"
                    ),
                    "timeframe": "2018–2019",
                },
            ),
        ],
    },
    3: {
        "date": "2018-03-14T09:30",
        "note": (
            "Nach der Beteiligung überarbeitet: Fahrzeiten im ländlichen Raum konkretisiert, "
            "Absatz zu Sprachcafés ergänzt, Maßnahme 2 um Abend- und Wochenendkurse erweitert, "
            "neue Maßnahmen 6 (Sprachcafés in Tarp und Süderbrarup) und 7 (Alphabetisierung mit "
            "Kinderbetreuung)"
        ),
        "changes": [
            (
                "replace_paragraph",
                1,
                (
                    "<p>Der Bedarf an Deutschkursen ist seit 2015 stark gestiegen. "
                    "Integrationskurse des Bundesamts für Migration und Flüchtlinge werden im "
                    "Kreis vor allem in Schleswig, Kappeln und im Umland von Flensburg angeboten. "
                    "In vielen ländlichen Gemeinden gibt es kein Kursangebot in erreichbarer Nähe, "
                    "und tägliche Busfahrten sind für Teilnehmende ohne Auto lang und teuer. Aus "
                    "Süderbrarup etwa dauert die Fahrt zum Kursort Schleswig mit Umstieg fast eine "
                    "Stunde, und am frühen Nachmittag gibt es kaum Rückfahrten.</p>"
                ),
            ),
            (
                "add_paragraph_after",
                5,
                (
                    "<p>Ehrenamtliche Sprachcafés, wie sie etwa in Kappeln seit 2015 bestehen, "
                    "haben sich bewährt: Dort können Zugewanderte das Gelernte im Gespräch "
                    "anwenden und Kontakte knüpfen. Sie brauchen verlässliche Räume, Material und "
                    "Ansprechpersonen, und in Orten ohne Kursangebot wie Tarp und Süderbrarup "
                    "fehlen sie bisher.</p>"
                ),
            ),
            (
                "replace_measure",
                2,
                {
                    "measure": (
                        "Halbjährliche Sprachkurskonferenz der Träger zur Abstimmung von "
                        "Kursstarts, Kursorten und Kurszeiten, damit auch in Süderbrarup, Tarp und "
                        "Satrup Kurse zustande kommen und Berufstätige im Schichtdienst Abend- und "
                        "Wochenendkurse besuchen können."
                    ),
                    "responsible": "Koordinierungsstelle IAF",
                    "partners": "Regionalkoordination des BAMF, Volkshochschulen, private Kursträger",
                    "timeframe": "ab 2018",
                },
            ),
            (
                "add_measure",
                {
                    "measure": (
                        "Aufbau weiterer ehrenamtlicher Sprachcafés, zunächst in Tarp und "
                        "Süderbrarup, mit einem Startpaket aus Lehrmaterial, Aushängen in mehreren "
                        "Sprachen und Beratung durch erfahrene Sprachcafés im Kreis."
                    ),
                    "responsible": "Koordinierungsstelle IAF",
                    "partners": "Helferkreise, Gemeinden Tarp und Süderbrarup, Büchereien, Volkshochschulen",
                    "timeframe": "2018",
                },
            ),
            (
                "add_measure",
                {
                    "measure": (
                        "Alphabetisierungskurse am Vormittag mit kursbegleitender Kinderbetreuung "
                        "in Schleswig und Kappeln, vorrangig für Mütter mit kleinen Kindern."
                    ),
                    "responsible": "Volkshochschulen im Kreis",
                    "partners": "Kursträger, Familienzentren, Jobcenter",
                    "timeframe": "2018–2020",
                },
            ),
        ],
    },
    4: {
        "date": "2018-03-14T09:45",
        "note": (
            "Nach der Beteiligung überarbeitet: Maßnahme 2 nennt die ersten Standorte der "
            "Eltern-Kind-Gruppen und ihre fachliche Leitung"
        ),
        "changes": [
            (
                "replace_measure",
                2,
                {
                    "measure": (
                        "Eltern-Kind-Gruppen als Brückenangebot in Gemeinden mit Wartelisten, "
                        "zunächst in Tarp, Handewitt und Kappeln, geleitet von pädagogischen "
                        "Fachkräften und unterstützt von Ehrenamtlichen, angelehnt an die Arbeit "
                        "der Familienzentren."
                    ),
                    "responsible": "Familienzentren, Kita-Träger",
                    "partners": "Kreisjugendamt, Ämter und Gemeinden, Ehrenamtliche",
                    "timeframe": "2018–2020",
                },
            ),
        ],
    },
    6: {
        "date": "2018-04-05T11:00",
        "note": (
            "Nach der Beteiligung überarbeitet: Anerkennung in Pflegeberufen und "
            "ausbildungsbegleitende Sprachförderung ergänzt, Sprechtage auch in Tarp, "
            "Teilzeitqualifizierung für Frauen auf 2018 vorgezogen, neue Maßnahme 6 "
            "(Anpassungsqualifizierung Pflege)"
        ),
        "changes": [
            (
                "replace_paragraph",
                3,
                (
                    "<p>Viele Geflüchtete bringen Berufserfahrung mit, aber keine formalen "
                    "Nachweise. Das Anerkennungsverfahren für ausländische Abschlüsse ist "
                    "aufwendig, und Beratung dazu gibt es bisher vor allem in Flensburg und Kiel. "
                    "In reglementierten Berufen wie der Pflege sind nach der Prüfung der "
                    "Unterlagen häufig noch eine Kenntnisprüfung oder ein Anpassungslehrgang "
                    "nötig, die im Kreis bisher nicht angeboten werden. Arbeitgeber sind oft "
                    "unsicher, welche rechtlichen Voraussetzungen für eine Beschäftigung "
                    "gelten.</p>"
                ),
            ),
            (
                "add_paragraph_after",
                4,
                (
                    "<p>Betriebe berichten, dass Auszubildende mit Fluchtgeschichte im Betrieb gut "
                    "zurechtkommen, aber an der Fachsprache in der Berufsschule und in der "
                    "schriftlichen Prüfung scheitern können. Ausbildungsbegleitender "
                    "Deutschunterricht muss deshalb wohnortnah und zu Zeiten angeboten werden, die "
                    "sich mit Betrieb und Berufsschule vereinbaren lassen.</p>"
                ),
            ),
            (
                "replace_measure",
                2,
                {
                    "measure": (
                        "Regelmäßige Sprechtage der Anerkennungsberatung in Schleswig, Kappeln und "
                        "Tarp, ergänzt um Beratung per Telefon und Video."
                    ),
                    "responsible": "IQ Netzwerk Schleswig-Holstein",
                    "partners": "Jobcenter, Kreishandwerkerschaft, Industrie- und Handelskammer zu Flensburg",
                    "timeframe": "ab 2018",
                },
            ),
            (
                "replace_measure",
                5,
                {
                    "measure": (
                        "Qualifizierung in Teilzeit mit Kinderbetreuung für Frauen, zum Beispiel "
                        "in Pflege, Hauswirtschaft und Einzelhandel. Die Kurszeiten werden auf die "
                        "Öffnungszeiten der Kitas abgestimmt."
                    ),
                    "responsible": "Jobcenter Schleswig-Flensburg",
                    "partners": "Bildungsträger, Familienzentren, Gleichstellungsbeauftragte des Kreises",
                    "timeframe": "2018–2020",
                },
            ),
            (
                "add_measure",
                {
                    "measure": (
                        "Anpassungsqualifizierung für Pflegefachkräfte mit ausländischem "
                        "Abschluss: Vorbereitung auf die Kenntnisprüfung mit Fachsprachkurs Pflege "
                        "und Praxiseinsätzen in Kliniken und Pflegeeinrichtungen im Kreis."
                    ),
                    "responsible": "IQ Netzwerk Schleswig-Holstein, Jobcenter Schleswig-Flensburg",
                    "partners": (
                        "Kliniken und Pflegeeinrichtungen im Kreis, Pflegeschulen, Agentur für Arbeit Flensburg"
                    ),
                    "timeframe": "2019–2020",
                },
            ),
        ],
    },
    7: {
        "date": "2018-04-05T11:20",
        "note": (
            "Nach der Beteiligung überarbeitet: Wohnungsmarkt im Umland von Flensburg und "
            "Busverbindungen konkreter beschrieben, dritte Modellregion für Wohnungslotsen, "
            "vergünstigte Monatskarte statt Prüfauftrag, neue Maßnahme 5 (Ansprechstelle für "
            "Vermieter)"
        ),
        "changes": [
            (
                "replace_paragraph",
                2,
                (
                    "<p>Bezahlbarer Wohnraum ist vor allem in Schleswig, im Umland von Flensburg "
                    "mit Handewitt und Harrislee und in den touristischen Orten an Schlei und "
                    "Ostsee knapp. Dort konkurrieren Geflüchtete mit anderen Haushalten mit "
                    "geringem Einkommen um kleine und um große Wohnungen; Wohnungen für Familien "
                    "mit vier und mehr Kindern gibt es kaum. In kleineren Gemeinden stehen eher "
                    "Wohnungen leer, doch es fehlen Busverbindungen zu Sprachkursen, Arztpraxen "
                    "und Arbeitsplätzen.</p>"
                ),
            ),
            (
                "replace_paragraph",
                5,
                (
                    "<p>Wer auf dem Land wohnt, braucht Mobilität. Viele Buslinien, etwa zwischen "
                    "Süderbrarup und Schleswig, fahren am Nachmittag nur alle zwei Stunden und am "
                    "Wochenende kaum, und Monatskarten sind für Menschen mit geringem Einkommen "
                    "teuer. Busangebote, Bürgerbusse, Fahrradwerkstätten und Mitfahrgelegenheiten "
                    "müssen so zusammenwirken, dass Sprachkurs, Schule und Arbeit erreichbar "
                    "sind.</p>"
                ),
            ),
            (
                "replace_measure",
                1,
                {
                    "measure": (
                        "Wohnungslotsinnen und -lotsen in drei Modellregionen (Raum Schleswig, "
                        "Raum Kappeln und Umland Flensburg mit Handewitt und Harrislee) beraten "
                        "Wohnungssuchende und Vermieter und vermitteln zwischen ihnen."
                    ),
                    "responsible": "Kreis Schleswig-Flensburg, Koordinierungsstelle IAF",
                    "partners": "Ämter, Wohnungsbaugenossenschaften, Eigentümerverbände, Jobcenter",
                    "timeframe": "2018–2020",
                },
            ),
            (
                "replace_measure",
                4,
                {
                    "measure": (
                        "Mobilitätspaket für den ländlichen Raum: Fahrradwerkstätten, Radfahrkurse "
                        "für Erwachsene, Information über Bürgerbusse und Rufbusse sowie eine "
                        "vergünstigte Monatskarte für Teilnehmende an Integrations- und "
                        "Berufssprachkursen ab dem Fahrplanwechsel im Dezember 2018."
                    ),
                    "responsible": "Kreis Schleswig-Flensburg als Aufgabenträger des Busverkehrs",
                    "partners": "Verkehrsunternehmen, Helferkreise, Verkehrswacht",
                    "timeframe": "2018–2020",
                },
            ),
            (
                "add_measure",
                {
                    "measure": (
                        "Ansprechstelle für Vermieterinnen und Vermieter beim Kreis: telefonische "
                        "Sprechstunde zu Mietzahlungen durch Jobcenter und Sozialämter, "
                        "Nebenkosten und Konflikten im Mietverhältnis, mit Vermittlung von "
                        "Sprachmittlung."
                    ),
                    "responsible": "Kreis Schleswig-Flensburg, Fachdienst Soziales",
                    "partners": ("Jobcenter Schleswig-Flensburg, Wohnungslotsinnen und -lotsen, Eigentümerverbände"),
                    "timeframe": "ab 2018",
                },
            ),
        ],
    },
    8: {
        "date": "2018-04-05T11:35",
        "note": (
            "Nach der Beteiligung überarbeitet: Sprachmittlung in Arztpraxen deutlicher "
            "beschrieben, Dolmetscherpool (Maßnahme 1) für Arztpraxen und Telefondolmetschen "
            "geöffnet"
        ),
        "changes": [
            (
                "replace_paragraph",
                2,
                (
                    "<p>Im ländlichen Raum sind Haus- und Fachärzte ungleich verteilt, und Termine "
                    "bei Fachärzten und Psychotherapeuten sind mit langen Wartezeiten verbunden. "
                    "Viele Praxen können sich mit Patientinnen und Patienten ohne "
                    "Deutschkenntnisse kaum verständigen. Häufig übersetzen Kinder oder "
                    "ehrenamtliche Begleitpersonen, auch bei Diagnosen und in der Frauenheilkunde, "
                    "wo das niemandem zugemutet werden sollte. Die Kosten für Dolmetschen "
                    "übernehmen die Krankenkassen nicht.</p>"
                ),
            ),
            (
                "replace_measure",
                1,
                {
                    "measure": (
                        "Aufbau eines Dolmetscherpools des Kreises mit geschulten Sprach- und "
                        "Integrationsmittlern für Gesundheitsamt, Kliniken, Beratungsstellen und "
                        "niedergelassene Arztpraxen, einschließlich Telefon- und Video-Dolmetschen."
                    ),
                    "responsible": "Kreis Schleswig-Flensburg, Gesundheitsamt",
                    "partners": (
                        "Koordinierungsstelle IAF, Kliniken im Kreis, Kassenärztliche Vereinigung Schleswig-Holstein"
                    ),
                    "timeframe": "2018–2019",
                },
            ),
        ],
    },
}
