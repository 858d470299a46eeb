"""Demo-Inhalt: Entwurf der Fortschreibung des Integrationskonzepts (2026/27).

Reine Daten (str/list/dict/tuple). Maßnahmen, Zuständigkeiten und Kennzahlen
sind für die Demo verfasst.
"""

CONCEPT = {
    "slug": "fortschreibung-integrationskonzept",
    "title": "Fortschreibung des Integrationskonzepts",
    "intro": (
        "<p>Seit dem ersten Integrationskonzept von 2017, das später unter dem "
        "Titel „Wir sind Vielfalt“ erschienen ist, hat sich im Kreis "
        "Schleswig-Flensburg viel verändert. Seit 2022 haben wir viele Menschen "
        "aus der Ukraine aufgenommen. Betriebe werben gezielt Fachkräfte aus dem "
        "Ausland an. Verwaltungsleistungen werden zunehmend digital angeboten, "
        "und bezahlbarer Wohnraum ist knapper geworden.</p>"
        "<p>Die Fortschreibung bündelt die Erfahrungen aus der Umsetzung des "
        "ersten Konzepts und konzentriert sich auf drei Schwerpunkte: Sprache "
        "und Bildung, Arbeit und Ausbildung sowie Zusammenleben und Teilhabe. "
        "Jedes Kapitel beschreibt Ausgangslage, Handlungsbedarf, Ziele, "
        "Maßnahmen und Indikatoren.</p>"
        "<p>Wie 2017 können alle Bürgerinnen und Bürger den Entwurf Absatz für "
        "Absatz kommentieren. Jeder Beitrag wird gelesen und beantwortet. Nach "
        "dem Ende der Beteiligung veröffentlicht die Verwaltung eine "
        "Abwägungstabelle, aus der hervorgeht, welche Anregungen übernommen "
        "wurden und aus welchen Gründen andere nicht. Beim Informationsabend am "
        "18. Februar 2027 im Kreishaus in Schleswig stellen wir den Entwurf "
        "persönlich vor.</p>"
    ),
    "summary": (
        "Entwurf 2026/27: Das Integrationskonzept wird fortgeschrieben – mit den "
        "Schwerpunkten Sprache und Bildung, Arbeit und Ausbildung sowie "
        "Zusammenleben und Teilhabe."
    ),
    "chapters": [
        # 1 -----------------------------------------------------------------
        {
            "number": 1,
            "slug": "sprache-und-bildung",
            "title": "Sprache und Bildung",
            "summary": (
                "Das Kapitel zieht Bilanz der Sprachförderung seit 2017 und "
                "beschreibt, wie Kita, Schule und Erwachsenenbildung auf neue "
                "Zuwanderung und knappe Ressourcen reagieren."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Seit 2017 ist das Angebot an Integrations- und "
                    "Berufssprachkursen im Kreis gewachsen. Heute gibt es Kursorte in "
                    "Schleswig, Kappeln, Tarp, Harrislee und Süderbrarup. Mit der "
                    "Aufnahme von Geflüchteten aus der Ukraine seit dem Frühjahr 2022 "
                    "stieg die Nachfrage erneut stark an, und zeitweise warteten "
                    "Interessierte mehrere Monate auf einen Kursplatz.</p>",
                ),
                (
                    "paragraph",
                    "<p>Viele Menschen aus der Ukraine bringen gute "
                    "Bildungsabschlüsse mit und lernen schnell. Zugleich sind sie "
                    "durch Kinderbetreuung, Sorge um Angehörige und die Ungewissheit "
                    "über eine Rückkehr belastet. Andere Gruppen, etwa Menschen mit "
                    "wenig Schulerfahrung, erreichen das Niveau B1 auch nach dem "
                    "Integrationskurs häufig nicht. Veränderungen in der Finanzierung "
                    "der Bundeskurse erschweren den Trägern die Planung.</p>",
                ),
                (
                    "paragraph",
                    "<p>In Kitas und Schulen ist Mehrsprachigkeit Alltag. Die "
                    "DaZ-Zentren haben seit 2022 viele Kinder aus der Ukraine "
                    "aufgenommen. Gleichzeitig fehlen Kita-Plätze, pädagogische "
                    "Fachkräfte und Lehrkräfte mit DaZ-Qualifikation. Digitale "
                    "Lernangebote werden stärker genutzt, setzen aber Geräte, "
                    "Internetzugang und digitale Grundkenntnisse voraus.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Sprachförderung muss flexibler werden: mit Kursen am Abend "
                    "und am Wochenende, mit hybriden Formaten und mit Sprachlernen am "
                    "Arbeitsplatz. Wer den Integrationskurs ohne B1 beendet, braucht "
                    "ein Anschlussangebot. Ehrenamtliche Sprachangebote sollen gezielt "
                    "mit den Kursen verknüpft werden.</p>",
                ),
                (
                    "paragraph",
                    "<p>In Kita und Schule muss die Sprachbildung trotz "
                    "Fachkräftemangels gesichert werden. Eltern sollen stärker als "
                    "Partner einbezogen werden, auch mit digitalen und mehrsprachigen "
                    "Informationen.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Die Wartezeit auf einen Integrationskurs beträgt im Kreis höchstens zwei Monate.",
                        "In jeder Region des Kreises gibt es mindestens ein "
                        "Kursangebot am Abend, am Wochenende oder in hybrider Form.",
                        "Teilnehmende, die das Niveau B1 nicht erreichen, erhalten ein passendes Anschlussangebot.",
                        "Neu zugewanderte Schülerinnen und Schüler wechseln innerhalb "
                        "von zwei Schuljahren aus der Basisstufe in die Regelklasse.",
                        "Zugewanderte verfügen über die digitalen Grundkenntnisse, um "
                        "Lernplattformen und Online-Dienste der Verwaltung zu nutzen.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Digitale Kursbörse für alle Sprachangebote im Kreis "
                                "mit freien Plätzen, Kursorten und Angaben zur "
                                "Kinderbetreuung, verknüpft mit dem Willkommensportal."
                            ),
                            "responsible": ("Kreis Schleswig-Flensburg, Koordinierungsstelle Integration"),
                            "partners": ("Volkshochschulen, Kursträger, Jobcenter, Regionalkoordination des BAMF"),
                            "timeframe": "2027",
                        },
                        {
                            "measure": (
                                "Hybride Integrationskurse und Lernwerkstätten mit "
                                "Leihgeräten in Kappeln, Süderbrarup und Satrup. "
                                "Teilnehmende aus kleinen Gemeinden müssen so seltener "
                                "zum Kursort fahren."
                            ),
                            "responsible": "Volkshochschulen im Kreis",
                            "partners": "Ämter, Büchereien, ehrenamtliche Digitalpatinnen und -paten",
                            "timeframe": "2027–2028",
                        },
                        {
                            "measure": (
                                "Anschlusskurse „Deutsch für Alltag und Beruf“ für "
                                "Teilnehmende ohne B1-Abschluss, kombiniert mit "
                                "ehrenamtlichen Sprachpatenschaften."
                            ),
                            "responsible": "Volkshochschulen im Kreis",
                            "partners": (
                                "Migrationsberatung, Jobcenter, Koordinierungsstelle Ehrenamt und Integration"
                            ),
                            "timeframe": "ab 2027",
                        },
                        {
                            "measure": (
                                "Programm „Kita-Sprachbrücke“: mehrsprachige "
                                "Elterninformationen, Eltern-Kind-Gruppen als "
                                "Brückenangebot und Fortbildung der Kita-Teams zu "
                                "Mehrsprachigkeit."
                            ),
                            "responsible": ("Kreis Schleswig-Flensburg, Fachdienst Kindertagesbetreuung"),
                            "partners": "Familienzentren, Kita-Träger, Gesundheitsamt",
                            "timeframe": "2027–2029",
                        },
                        {
                            "measure": (
                                "Digitalkurse für Zugewanderte zu Online-Anträgen, "
                                "E-Mail, Lernplattformen und sicherer Nutzung des "
                                "Smartphones."
                            ),
                            "responsible": "Volkshochschulen im Kreis",
                            "partners": (
                                "Bürgerbüros der Ämter, Verbraucherzentrale "
                                "Schleswig-Holstein, ehrenamtliche Digitalpatinnen "
                                "und -paten"
                            ),
                            "timeframe": "ab 2027",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Durchschnittliche Wartezeit bis zum Beginn eines Integrationskurses",
                        "Zahl der Kursplätze in Abend-, Wochenend- und Hybridformaten",
                        "Anteil der Teilnehmenden mit B1-Abschluss und Zahl der belegten Anschlusskursplätze",
                        "Durchschnittliche Verweildauer in der Basisstufe der DaZ-Zentren",
                    ],
                ),
            ],
        },
        # 2 -----------------------------------------------------------------
        {
            "number": 2,
            "slug": "arbeit-und-ausbildung",
            "title": "Arbeit und Ausbildung",
            "summary": (
                "Fachkräftemangel und neue Regeln zur Einwanderung verändern den "
                "Arbeitsmarkt. Das Kapitel beschreibt, wie Zugewanderte schneller "
                "und dauerhaft in Arbeit und Ausbildung kommen."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Viele Betriebe im Kreis finden kaum noch Auszubildende und "
                    "Fachkräfte, besonders in Pflege, Handwerk, Gastronomie, Logistik "
                    "und Landwirtschaft. Die Beschäftigung von Zugewanderten ist seit "
                    "2017 deutlich gestiegen. Viele der Menschen, die 2015 und 2016 "
                    "als Geflüchtete kamen, haben inzwischen eine Ausbildung "
                    "abgeschlossen und arbeiten in Betrieben der Region.</p>",
                ),
                (
                    "paragraph",
                    "<p>Das weiterentwickelte Fachkräfteeinwanderungsgesetz hat die "
                    "Zuwanderung zur Arbeit erleichtert, zum Beispiel durch die "
                    "Chancenkarte und mehr Möglichkeiten für Menschen mit "
                    "Berufserfahrung. Die Ausländerbehörde des Kreises ist dadurch "
                    "zunehmend auch Ansprechpartnerin für Arbeitgeber und neu "
                    "eingereiste Fachkräfte. Anerkennungsverfahren und die Erteilung "
                    "von Aufenthaltstiteln dauern jedoch oft noch mehrere Monate.</p>",
                ),
                (
                    "paragraph",
                    "<p>Geflüchtete aus der Ukraine erhalten seit Juni 2022 Leistungen "
                    "des Jobcenters. Mit dem „Job-Turbo“ setzen Jobcenter und Agentur "
                    "für Arbeit seit 2023 darauf, nach dem Integrationskurs früh in "
                    "Arbeit zu vermitteln, auch mit noch geringen Deutschkenntnissen "
                    "und begleitender Sprachförderung. Viele Ukrainerinnen arbeiten "
                    "bislang unterhalb ihrer Qualifikation, häufig wegen fehlender "
                    "Kinderbetreuung und langwieriger Anerkennung.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Arbeit und Spracherwerb müssen parallel laufen, nicht "
                    "nacheinander. Betriebe brauchen Unterstützung beim Ankommen "
                    "internationaler Beschäftigter, bei der Wohnungssuche und bei der "
                    "Sprachförderung am Arbeitsplatz. Anerkennungs- und "
                    "Aufenthaltsverfahren sollen digitaler, transparenter und "
                    "schneller werden.</p>",
                ),
                (
                    "paragraph",
                    "<p>Frauen mit Migrationsgeschichte sind weiterhin seltener "
                    "erwerbstätig als Männer. Kinderbetreuung, Teilzeitausbildung und "
                    "wohnortnahe Qualifizierung bleiben der Schlüssel für ihre "
                    "Teilhabe am Arbeitsmarkt.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Zugewanderte mit Arbeitserlaubnis nehmen im Durchschnitt "
                        "früher eine sozialversicherungspflichtige Beschäftigung auf.",
                        "Mehr Menschen arbeiten entsprechend ihrer Qualifikation, weil "
                        "Anerkennungsverfahren früh beginnen und begleitet werden.",
                        "Betriebe im Kreis finden eine zentrale Anlaufstelle für die "
                        "Gewinnung und Bindung internationaler Fachkräfte.",
                        "Die Erwerbsquote zugewanderter Frauen steigt.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Welcome Center für internationale Fachkräfte als "
                                "gemeinsame Anlaufstelle von Ausländerbehörde, "
                                "Wirtschaftsförderung und Jobcenter, mit festen "
                                "Sprechtagen in Schleswig und Harrislee."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": (
                                "Wirtschaftsförderung, IHK Flensburg, Handwerkskammer "
                                "Flensburg, Agentur für Arbeit Flensburg"
                            ),
                            "timeframe": "2027–2028",
                        },
                        {
                            "measure": (
                                "Online-Antrag und Statusauskunft für Aufenthaltstitel "
                                "zur Beschäftigung und für Verlängerungen sowie "
                                "elektronische Terminvergabe in der Ausländerbehörde."
                            ),
                            "responsible": "Ausländerbehörde des Kreises",
                            "partners": ("Land Schleswig-Holstein, IT-Dienstleister der Kreisverwaltung"),
                            "timeframe": "2027",
                        },
                        {
                            "measure": (
                                "Sprachförderung im Betrieb: jobbezogene Deutschkurse "
                                "und Lernbegleitung direkt am Arbeitsplatz für kleine "
                                "und mittlere Unternehmen."
                            ),
                            "responsible": "Volkshochschulen und Kursträger",
                            "partners": ("Betriebe, IQ Netzwerk Schleswig-Holstein, Jobcenter"),
                            "timeframe": "ab 2027",
                        },
                        {
                            "measure": (
                                "Anerkennungslotsinnen und -lotsen begleiten "
                                "Zugewanderte von der Erstberatung bis zum Bescheid "
                                "und vermitteln Anpassungsqualifizierungen, vor allem "
                                "in Pflege, Erziehung und technischen Berufen."
                            ),
                            "responsible": "IQ Netzwerk Schleswig-Holstein",
                            "partners": (
                                "Beratungsstelle Anerkennung und Arbeit Handewitt, "
                                "Jobcenter, Pflegeschulen, Berufsbildungszentren"
                            ),
                            "timeframe": "2027–2029",
                        },
                        {
                            "measure": (
                                "Teilzeitausbildung und Qualifizierung in Teilzeit mit "
                                "Kinderbetreuung für Mütter, beworben über "
                                "Familienzentren und Sprachkurse."
                            ),
                            "responsible": "Jobcenter Schleswig-Flensburg",
                            "partners": (
                                "Familienzentren, Kita-Träger, Betriebe, Gleichstellungsbeauftragte des Kreises"
                            ),
                            "timeframe": "ab 2027",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Beschäftigungsquote von Zugewanderten nach Herkunftsgruppen und Geschlecht",
                        "Dauer von Anerkennungsverfahren und von Verfahren zur "
                        "Erteilung von Aufenthaltstiteln zur Beschäftigung",
                        "Zahl der im Welcome Center beratenen Betriebe und Fachkräfte",
                        "Zahl der Teilzeitausbildungen von Frauen mit Migrationsgeschichte",
                    ],
                ),
            ],
        },
        # 3 -----------------------------------------------------------------
        {
            "number": 3,
            "slug": "zusammenleben-und-teilhabe",
            "title": "Zusammenleben und Teilhabe",
            "summary": (
                "Das Kapitel behandelt Wohnen, digitale Verwaltung, Beteiligung, "
                "Ehrenamt und den Schutz vor Diskriminierung – also die Frage, wie "
                "Zugewanderte und Alteingesessene gut zusammenleben."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Bezahlbarer Wohnraum ist im ganzen Kreis knapp geworden. Nach "
                    "2022 mussten Gemeinden kurzfristig Wohnungen und "
                    "Notunterkünfte für Geflüchtete aus der Ukraine bereitstellen; "
                    "einige Gemeinschaftsunterkünfte sind bis heute belegt. Haushalte "
                    "mit geringem Einkommen, Familien mit vielen Kindern und "
                    "Alleinstehende finden kaum Wohnungen, unabhängig von ihrer "
                    "Herkunft.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Verwaltung wird digitaler: Viele Anträge lassen sich "
                    "inzwischen online stellen, Termine werden elektronisch vergeben. "
                    "Das erleichtert vieles, schließt aber Menschen aus, denen "
                    "Deutschkenntnisse, Geräte oder Erfahrung im Umgang mit digitalen "
                    "Diensten fehlen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Seit 2017 haben sich neue Migrantenorganisationen gegründet, "
                    "und Zugewanderte engagieren sich in Feuerwehren, Sportvereinen "
                    "und als Sprachmittlerinnen und Sprachmittler. Zugleich berichten "
                    "Beratungsstellen von zunehmender Diskriminierung bei der "
                    "Wohnungssuche und im Alltag. Das ehrenamtliche Engagement in der "
                    "Integrationsarbeit ruht auf weniger Schultern als 2017.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Wohnraum für Menschen mit geringem Einkommen muss geschaffen "
                    "und gesichert werden, und Diskriminierung auf dem Wohnungsmarkt "
                    "muss erkennbar und angreifbar werden. Digitale Angebote der "
                    "Verwaltung brauchen verständliche Sprache und mehrere Sprachen, "
                    "und der persönliche Zugang muss erhalten bleiben.</p>",
                ),
                (
                    "paragraph",
                    "<p>Zugewanderte sollen nicht nur Zielgruppe, sondern "
                    "Mitgestaltende sein. Das erfordert verbindliche "
                    "Beteiligungsformen, eine bessere Unterstützung von "
                    "Migrantenorganisationen und eine Stärkung des Ehrenamts.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Anerkannte Geflüchtete in Gemeinschaftsunterkünften finden schneller eigenen Wohnraum.",
                        "Die wichtigsten Verwaltungsleistungen des Kreises sind online "
                        "in verständlicher Sprache und zugleich persönlich erreichbar.",
                        "Zugewanderte sind in einem Integrationsbeirat des Kreises "
                        "vertreten und wirken an der Umsetzung des Konzepts mit.",
                        "Menschen, die Diskriminierung erleben, erhalten im Kreis niedrigschwellige Beratung.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Kreisweite Wohnraumoffensive: Unterstützung der "
                                "Gemeinden beim geförderten Wohnungsbau, Fortführung "
                                "der Wohnungslotsen und Mietausfallgarantie für "
                                "Vermieter, die an Haushalte aus Unterkünften vermieten."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": (
                                "Ämter und Gemeinden, Wohnungsbaugenossenschaften, "
                                "Jobcenter, Investitionsbank Schleswig-Holstein"
                            ),
                            "timeframe": "2027–2030",
                        },
                        {
                            "measure": (
                                "Mehrsprachige Erklärhilfen zu den Online-Diensten des "
                                "Kreises und „Digitale Sprechstunden“ in den "
                                "Bürgerbüros, in denen Beschäftigte oder Digitalpaten "
                                "beim Ausfüllen von Online-Anträgen helfen."
                            ),
                            "responsible": ("Kreis Schleswig-Flensburg, Fachdienst Digitalisierung"),
                            "partners": "Ämter, Volkshochschulen, Ehrenamtliche",
                            "timeframe": "ab 2027",
                        },
                        {
                            "measure": (
                                "Einrichtung eines Integrationsbeirats auf Kreisebene "
                                "mit gewählten und berufenen Mitgliedern, der zu "
                                "Vorlagen des Kreistags Stellung nehmen kann."
                            ),
                            "responsible": "Kreistag Schleswig-Flensburg",
                            "partners": ("Migrantenorganisationen, Koordinierungsstelle Integration"),
                            "timeframe": "2027–2028",
                        },
                        {
                            "measure": (
                                "Beratungsnetz gegen Diskriminierung mit Sprechstunden "
                                "in Schleswig und Kappeln, Schulungen für Vermieter und "
                                "Verwaltung und einem jährlichen Bericht über "
                                "gemeldete Fälle."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": (
                                "Antidiskriminierungsstelle des Landes "
                                "Schleswig-Holstein, Migrationsberatung, Mietervereine"
                            ),
                            "timeframe": "ab 2027",
                        },
                        {
                            "measure": (
                                "Ehrenamtsbörse und Fortbildungen für Engagierte, mit "
                                "gezielter Ansprache von Zugewanderten als Lotsinnen "
                                "und Lotsen, Übungsleitungen und Feuerwehrleute."
                            ),
                            "responsible": "Koordinierungsstelle Ehrenamt und Integration",
                            "partners": (
                                "Kreissportverband, Kreisfeuerwehrverband, Kirchengemeinden, Migrantenorganisationen"
                            ),
                            "timeframe": "laufend",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der anerkannten Geflüchteten in Gemeinschaftsunterkünften "
                        "und durchschnittliche Dauer bis zum Umzug",
                        "Anteil der Verwaltungsleistungen des Kreises mit Online-Zugang in verständlicher Sprache",
                        "Zahl der Sitzungen und Stellungnahmen des Integrationsbeirats",
                        "Zahl der Beratungsfälle wegen Diskriminierung",
                    ],
                ),
            ],
        },
    ],
}

# Beiträge der laufenden Beteiligung (für die Demo verfasst), damit Lesende sehen, wie Kommentare,
# Antworten und Zustimmungen aussehen, und selbst zustimmen können. ``days`` zählt ab dem Beginn der
# Beteiligung, ``supports`` die bestätigten Zustimmungen (Adressen der Demo, nie gezeigt).
CONTRIBUTIONS = [
    {
        "key": "abendkurse",
        "chapter": 1,
        "paragraph": ("paragraph", 1),
        "reply_to": None,
        "days": 2,
        "name": "Katrin M.",
        "email": "katrin.m@example.org",
        "text": (
            "Viele Eltern in Kappeln arbeiten tagsüber im Schichtdienst. Sprachkurse am Abend oder am "
            "Samstag mit Kinderbetreuung würden ihnen den Einstieg erst möglich machen."
        ),
        "supports": 4,
    },
    {
        "key": "abendkurse-antwort",
        "chapter": 1,
        "paragraph": ("paragraph", 1),
        "reply_to": "abendkurse",
        "days": 3,
        "name": "Yusuf A.",
        "email": "yusuf.a@example.org",
        "text": (
            "Das kann ich bestätigen. Ich habe selbst zwei Jahre auf einen Abendkurs in Schleswig gewartet. "
            "Ein Online-Kurs mit einem Treffen pro Woche wäre auch eine Hilfe."
        ),
        "supports": 1,
    },
    {
        "key": "anerkennung",
        "chapter": 2,
        "paragraph": ("paragraph", 2),
        "reply_to": None,
        "days": 5,
        "name": "Olena K.",
        "email": "olena.k@example.org",
        "text": (
            "Die Anerkennung meines Abschlusses als Krankenpflegerin hat über ein Jahr gedauert. Eine "
            "Ansprechperson im Kreis, die den Stand kennt, hätte viel Zeit gespart."
        ),
        "supports": 2,
    },
    {
        "key": "betriebe",
        "chapter": 2,
        "paragraph": None,
        "reply_to": None,
        "days": 9,
        "name": "Handwerksbetrieb Lorenzen",
        "email": "lorenzen@example.org",
        "text": (
            "Als kleiner Betrieb wüssten wir gern, an wen wir uns wenden, wenn wir einen Geflüchteten "
            "ausbilden möchten. Eine Liste der Stellen im Kapitel wäre hilfreich."
        ),
        "supports": 0,
    },
]
