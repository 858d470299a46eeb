"""Demo-Inhalt: Entwurf des Integrationskonzepts 2017 (Kreis Schleswig-Flensburg).

Reine Daten (str/list/dict/tuple). Der Text ist an die Struktur des realen
Entwurfs von 2017 angelehnt (neun Handlungsfelder, Regionale
Handlungsempfehlungen, Schwerpunkte der Koordinierungsstelle IAF); die
Formulierungen, Maßnahmen und Kennzahlen sind für die Demo verfasst.
"""

CONCEPT = {
    "slug": "integrationskonzept-2017",
    "title": "Integrationskonzept für Menschen mit Migrationshintergrund",
    "intro": (
        "<p>Die Integration von Menschen mit Migrationshintergrund ist eine "
        "gesamtgesellschaftliche Aufgabe, der sich alle Einwohnerinnen und "
        "Einwohner des Kreises gemeinsam stellen. Das Integrationskonzept "
        "beschreibt, wie Integration im Kreis Schleswig-Flensburg gestaltet "
        "werden soll: von der Ankunft über Sprache, Bildung und Arbeit bis zum "
        "Wohnen, zur Gesundheit und zum Zusammenleben in den Gemeinden.</p>"
        "<p>Das Land Schleswig-Holstein hat die Koordinierungsstellen für die "
        "integrationsorientierte Aufnahme von Flüchtlingen (IAF) beauftragt, für "
        "ihren Kreis oder ihre kreisfreie Stadt ein Integrationskonzept zu "
        "erstellen. Grundlage sind neun Handlungsfelder, angelehnt an den "
        "Flüchtlingspakt des Landes. Der Kreis hat sie um Regionale "
        "Handlungsempfehlungen und um die Schwerpunkte der Koordinierungsstelle "
        "IAF ergänzt. Einen ersten Entwurf hat der Kreis im Dezember 2016 dem "
        "Innenministerium des Landes vorgelegt.</p>"
        "<p>Bei der Auftaktveranstaltung am 11. Oktober 2017 haben rund 150 "
        "Menschen aus Politik, Haupt- und Ehrenamt sowie Menschen mit "
        "Migrationshintergrund den Entwurf in neun Arbeitsgruppen beraten. Bis "
        "zum 31. Oktober 2017 können alle Bürgerinnen und Bürger den Entwurf hier "
        "Absatz für Absatz kommentieren und eigene Ideen, Wünsche und Anregungen "
        "einbringen.</p>"
    ),
    "summary": (
        "Entwurf 2017: neun Handlungsfelder, Regionale Handlungsempfehlungen und "
        "Schwerpunkte der Koordinierungsstelle IAF – kommentierbar bis "
        "31. Oktober 2017."
    ),
    "chapters": [
        # 1 -----------------------------------------------------------------
        {
            "number": 1,
            "slug": "buergerschaftliches-engagement",
            "title": "Bürgerschaftliches Engagement",
            "summary": (
                "Ehrenamtliche haben die Aufnahme der Geflüchteten seit 2015 "
                "entscheidend getragen. Das Kapitel beschreibt, wie ihr "
                "Engagement dauerhaft gestärkt, begleitet und entlastet wird."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Seit dem Herbst 2015 haben sich in nahezu allen Ämtern und "
                    "Gemeinden des Kreises Helferkreise und Willkommensinitiativen "
                    "gebildet. Ehrenamtliche begleiten Geflüchtete zu Behörden und "
                    "Arztpraxen, geben Deutschunterricht, sammeln Möbel und Fahrräder "
                    "und vermitteln Kontakte zu Vereinen und Betrieben. Ohne dieses "
                    "Engagement wäre die Aufnahme in den Jahren 2015 und 2016 nicht "
                    "zu bewältigen gewesen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Inzwischen verändert sich die Arbeit der Helferkreise. Die "
                    "akute Erstversorgung ist weitgehend abgeschlossen; im "
                    "Vordergrund stehen nun Wohnungssuche, Ausbildung, Arbeit und "
                    "Familiennachzug. Viele Ehrenamtliche berichten von Überlastung, "
                    "von Unsicherheit in rechtlichen Fragen und von Frustration über "
                    "lange Verfahren. In einigen Helferkreisen ist die Zahl der "
                    "Aktiven bereits deutlich zurückgegangen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Hauptamtliche Ansprechpersonen für das Ehrenamt gibt es "
                    "bisher nur in einem Teil der Ämter. Die Vernetzung zwischen "
                    "Helferkreisen, Vereinen, Kirchengemeinden und "
                    "Migrantenorganisationen hängt stark vom Einsatz einzelner "
                    "Personen ab.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Das Engagement muss von der Nothilfe in eine verlässliche, "
                    "langfristige Struktur überführt werden. Ehrenamtliche brauchen "
                    "feste Ansprechpersonen, Qualifizierung und Anerkennung, aber "
                    "auch klare Grenzen zwischen ehrenamtlicher Begleitung und "
                    "professioneller Beratung.</p>",
                ),
                (
                    "paragraph",
                    "<p>Zugleich sollen Menschen mit Migrationshintergrund selbst "
                    "stärker als Engagierte gewonnen werden. Wer die Erfahrung des "
                    "Ankommens selbst gemacht hat, ist für Neuzugewanderte oft die "
                    "glaubwürdigste Lotsin oder der glaubwürdigste Lotse.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "In jedem Amt und jeder amtsfreien Gemeinde gibt es eine feste "
                        "Ansprechperson für ehrenamtliche Integrationsarbeit.",
                        "Ehrenamtliche Lotsinnen und Lotsen sind qualifiziert, "
                        "vernetzt und werden in schwierigen Fällen durch hauptamtliche "
                        "Beratung unterstützt.",
                        "Sportvereine, Freiwillige Feuerwehren und Kirchengemeinden "
                        "öffnen sich aktiv für Zugewanderte.",
                        "Zugewanderte engagieren sich selbst als Lotsinnen und Lotsen, "
                        "als Sprachmittlerinnen und Sprachmittler oder in Vereinen.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Aufbau eines kreisweiten Netzwerks der "
                                "Ehrenamtskoordination mit halbjährlichen Treffen der "
                                "Helferkreise und einem gemeinsamen Informationsverteiler."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg, Koordinierungsstelle IAF",
                            "partners": (
                                "Ämter und amtsfreie Gemeinden, Helferkreise, Kirchengemeinden, Wohlfahrtsverbände"
                            ),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Qualifizierungsreihe „Integrationslotsen“ mit Modulen "
                                "zu Asyl- und Aufenthaltsrecht, Leistungsansprüchen, "
                                "interkultureller Kommunikation und Selbstfürsorge. "
                                "Die Reihe wird dezentral in mehreren Ämtern angeboten."
                            ),
                            "responsible": "Volkshochschulen im Kreis, Koordinierungsstelle IAF",
                            "partners": (
                                "Migrationsberatungsstellen, Flüchtlingsrat Schleswig-Holstein, Jugendmigrationsdienst"
                            ),
                            "timeframe": "2018–2019",
                        },
                        {
                            "measure": (
                                "Jährlicher Empfang des Kreises für Engagierte in der "
                                "Integrationsarbeit und aktive Information über die "
                                "Ehrenamtskarte des Landes Schleswig-Holstein."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": "Ämter und Gemeinden, Helferkreise",
                            "timeframe": "jährlich ab 2018",
                        },
                        {
                            "measure": (
                                "Programm „Vereine öffnen sich“: Beratung von "
                                "Sportvereinen und Freiwilligen Feuerwehren zu "
                                "Mitgliedschaft, Beitragsübernahme über Bildung und "
                                "Teilhabe und Patenschaften für neue Mitglieder."
                            ),
                            "responsible": "Kreissportverband Schleswig-Flensburg",
                            "partners": ("Kreisfeuerwehrverband, Sportvereine, Jobcenter (Bildung und Teilhabe)"),
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Gewinnung von Zugewanderten als ehrenamtliche "
                                "Lotsinnen und Lotsen in ihrer Herkunftssprache, mit "
                                "Aufwandsentschädigung und begleitender Fortbildung."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": (
                                "Migrantenorganisationen, Migrationsberatung für "
                                "erwachsene Zuwanderer, Jugendmigrationsdienst"
                            ),
                            "timeframe": "ab 2018",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der Ämter und Gemeinden mit fester Ansprechperson für das Ehrenamt",
                        "Zahl der qualifizierten Integrationslotsinnen und -lotsen, "
                        "davon mit eigener Migrationsgeschichte",
                        "Zahl der Vereine mit Patenschafts- oder Öffnungsangeboten",
                        "Ergebnisse einer jährlichen Kurzbefragung der Helferkreise zu "
                        "Belastung und Unterstützungsbedarf",
                    ],
                ),
            ],
        },
        # 2 -----------------------------------------------------------------
        {
            "number": 2,
            "slug": "demokratie-und-teilhabe",
            "title": "Demokratie und Teilhabe",
            "summary": (
                "Integration gelingt, wenn Zugewanderte mitreden und "
                "mitentscheiden können. Das Kapitel behandelt Werte, politische "
                "Beteiligung, Migrantenorganisationen und den Schutz vor "
                "Diskriminierung."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Das Grundgesetz bildet die gemeinsame Grundlage des "
                    "Zusammenlebens. Viele Neuzugewanderte lernen die Grundzüge der "
                    "Demokratie, der kommunalen Selbstverwaltung und ihrer eigenen "
                    "Rechte erst im Orientierungskurs kennen – sofern sie einen "
                    "Integrationskurs besuchen dürfen. Für Asylsuchende mit unklarer "
                    "Bleibeperspektive fehlen vergleichbare Angebote weitgehend.</p>",
                ),
                (
                    "paragraph",
                    "<p>Politische Mitwirkung ist für Menschen ohne deutsche "
                    "Staatsangehörigkeit stark eingeschränkt: An Kommunalwahlen "
                    "dürfen nur Bürgerinnen und Bürger der Europäischen Union "
                    "teilnehmen. Einen Integrations- oder Migrationsbeirat gibt es auf "
                    "Kreisebene bislang nicht. Migrantenorganisationen sind im "
                    "ländlichen Raum selten und fast ausschließlich ehrenamtlich "
                    "organisiert.</p>",
                ),
                (
                    "paragraph",
                    "<p>Auch im Kreis Schleswig-Flensburg gibt es Vorbehalte gegenüber "
                    "Zugewanderten, vereinzelt auch Anfeindungen und "
                    "fremdenfeindliche Äußerungen, vor allem in sozialen Netzwerken. "
                    "Betroffene wissen oft nicht, an wen sie sich wenden können.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Zugewanderte brauchen frühzeitig verständliche Informationen "
                    "über Rechte, Pflichten und Beteiligungsmöglichkeiten, unabhängig "
                    "von ihrem Aufenthaltsstatus. Zugleich müssen Formen geschaffen "
                    "werden, in denen sie ihre Anliegen gegenüber Politik und "
                    "Verwaltung selbst vertreten können.</p>",
                ),
                (
                    "paragraph",
                    "<p>Diskriminierung und Rassismus muss klar widersprochen werden. "
                    "Dazu gehören erreichbare Anlaufstellen, die Sensibilisierung von "
                    "Verwaltung und Vereinen und eine eindeutige Haltung von Politik "
                    "und Verwaltung.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Zugewanderte kennen die Grundwerte des Grundgesetzes, ihre "
                        "Rechte und die Wege der Mitwirkung in Gemeinde und Kreis.",
                        "Zugewanderte sind in einem Gremium auf Kreisebene beratend an "
                        "Entscheidungen beteiligt, die sie betreffen.",
                        "Migrantenorganisationen werden gestärkt und als Partner der Integrationsarbeit anerkannt.",
                        "Menschen, die Diskriminierung erleben, finden im Kreis eine erreichbare Anlaufstelle.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Prüfung der Einrichtung eines Integrationsbeirats auf "
                                "Kreisebene. Bis zur Entscheidung findet jährlich ein "
                                "Integrationsforum mit Kreistagsabgeordneten und "
                                "Zugewanderten statt."
                            ),
                            "responsible": "Kreistag Schleswig-Flensburg, Sozialausschuss",
                            "partners": "Migrantenorganisationen, Koordinierungsstelle IAF",
                            "timeframe": "2018–2019",
                        },
                        {
                            "measure": (
                                "Workshopreihe „Demokratie vor Ort“ für Geflüchtete "
                                "ohne Zugang zum Integrationskurs: Besuch einer "
                                "Gemeindevertretung, des Rathauses und der Polizei, "
                                "Gespräche mit Kommunalpolitikerinnen und -politikern."
                            ),
                            "responsible": "Volkshochschulen im Kreis",
                            "partners": (
                                "Ämter und Gemeinden, Polizeidirektion Flensburg, "
                                "Landeszentrale für politische Bildung Schleswig-Holstein"
                            ),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Unterstützung von Migrantenorganisationen bei "
                                "Vereinsgründung, Fördermitteln und Räumen sowie "
                                "Aufbau eines Netzwerks der Migrantenorganisationen "
                                "im Kreis."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": ("Migrantenorganisationen, Kreissportverband, Kirchengemeinden, Ämter"),
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Einrichtung einer Anlaufstelle bei Diskriminierung in "
                                "Kooperation mit der Antidiskriminierungsstelle des "
                                "Landes. Schulung der Beratungsstellen zum Allgemeinen "
                                "Gleichbehandlungsgesetz."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": (
                                "Antidiskriminierungsstelle des Landes Schleswig-Holstein, Migrationsberatungsstellen"
                            ),
                            "timeframe": "ab 2019",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der Teilnehmenden an Angeboten der politischen Bildung für Zugewanderte",
                        "Einrichtung und Sitzungshäufigkeit eines Beteiligungsgremiums auf Kreisebene",
                        "Zahl der aktiven Migrantenorganisationen und ihrer Kooperationsprojekte",
                        "Zahl der Beratungsanfragen wegen Diskriminierung",
                    ],
                ),
            ],
        },
        # 3 -----------------------------------------------------------------
        {
            "number": 3,
            "slug": "sprache",
            "title": "Sprache",
            "summary": (
                "Sprache ist der Schlüssel zur Teilhabe. Das Kapitel beschreibt "
                "den Weg von der ersten Orientierung über den Integrationskurs "
                "bis zu berufsbezogenem Deutsch – auch im ländlichen Raum."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Der Bedarf an Deutschkursen ist seit 2015 stark gestiegen. "
                    "Integrationskurse des Bundesamts für Migration und Flüchtlinge "
                    "werden im Kreis vor allem in Schleswig, Kappeln und im Umland von "
                    "Flensburg angeboten. In vielen ländlichen Gemeinden gibt es kein "
                    "Kursangebot in erreichbarer Nähe, und tägliche Busfahrten sind "
                    "für Teilnehmende ohne Auto lang und teuer.</p>",
                ),
                (
                    "paragraph",
                    "<p>Asylsuchende mit unklarer Bleibeperspektive haben keinen "
                    "Anspruch auf einen Integrationskurs. Für sie bieten "
                    "Ehrenamtliche, Volkshochschulen und landesfinanzierte "
                    "Erstorientierungskurse erste Sprachangebote an. Diese sind "
                    "jedoch ungleich verteilt und kaum aufeinander abgestimmt.</p>",
                ),
                (
                    "paragraph",
                    "<p>Besonders schwer erreichbar sind Mütter mit kleinen Kindern, "
                    "Menschen, die nicht oder nicht in lateinischer Schrift "
                    "alphabetisiert sind, und Berufstätige im Schichtdienst. "
                    "Wartezeiten auf passende Kurse, fehlende Kinderbetreuung und "
                    "Kursabbrüche sind häufig.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Es braucht eine Übersicht über alle Sprachangebote im Kreis "
                    "und eine bessere Abstimmung zwischen Kursträgern, Jobcenter, "
                    "Ausländerbehörde und Ehrenamt. Kurse müssen näher an die "
                    "Menschen kommen: durch dezentrale Kursorte, Lösungen für die "
                    "Fahrtkosten und Kinderbetreuung.</p>",
                ),
                (
                    "paragraph",
                    "<p>Nach dem Integrationskurs muss der Übergang in berufsbezogene "
                    "Sprachförderung gesichert sein. Ehrenamtliche Sprachangebote "
                    "sollen die Kurse ergänzen, nicht ersetzen.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Alle Zugewanderten erhalten kurz nach der Ankunft ein Angebot "
                        "zur sprachlichen Erstorientierung, unabhängig von ihrer "
                        "Bleibeperspektive.",
                        "Die Wartezeit zwischen Berechtigung und Beginn eines "
                        "Integrationskurses beträgt höchstens drei Monate.",
                        "Eltern mit kleinen Kindern können dank kursbegleitender "
                        "Kinderbetreuung an Sprachkursen teilnehmen.",
                        "Der Anteil der Teilnehmenden, die das Sprachniveau B1 erreichen, steigt.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Kreisweite Kursübersicht (online und gedruckt) mit "
                                "allen Integrations-, Erstorientierungs- und "
                                "ehrenamtlichen Sprachangeboten, die monatlich "
                                "aktualisiert wird."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": ("Volkshochschulen, Kursträger, Jobcenter, Ausländerbehörde"),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Halbjährliche Sprachkurskonferenz der Träger zur "
                                "Abstimmung von Kursstarts und Kursorten, damit auch "
                                "in Süderbrarup, Tarp und Satrup Kurse zustande kommen."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": ("Regionalkoordination des BAMF, Volkshochschulen, private Kursträger"),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Ausbau der kursbegleitenden Kinderbetreuung an mindestens drei Kursorten im Kreis."
                            ),
                            "responsible": "Kursträger",
                            "partners": (
                                "Kreis Schleswig-Flensburg (Fachdienst "
                                "Kindertagesbetreuung), Familienzentren, Ämter und "
                                "Gemeinden"
                            ),
                            "timeframe": "2018–2019",
                        },
                        {
                            "measure": (
                                "Fahrtkostenzuschuss für Teilnehmende aus Gemeinden "
                                "ohne Kursangebot, soweit keine Erstattung durch das "
                                "BAMF möglich ist."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": "Ämter, Jobcenter",
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Qualifizierung und Vernetzung ehrenamtlicher "
                                "Sprachhelferinnen und Sprachhelfer mit einem Pool an "
                                "Lehrmaterial und einem Leitfaden für Sprachcafés."
                            ),
                            "responsible": "Volkshochschulen im Kreis",
                            "partners": "Helferkreise, Büchereien, Koordinierungsstelle IAF",
                            "timeframe": "laufend",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Durchschnittliche Wartezeit bis zum Beginn eines Integrationskurses",
                        "Zahl der Kursorte im ländlichen Raum",
                        "Zahl der Kursplätze mit kursbegleitender Kinderbetreuung",
                        "Anteil der Prüfungsteilnehmenden mit Niveau B1 im Deutsch-Test für Zuwanderer",
                    ],
                ),
            ],
        },
        # 4 -----------------------------------------------------------------
        {
            "number": 4,
            "slug": "fruehkindliche-bildung",
            "title": "Frühkindliche Bildung",
            "summary": (
                "Kitas und Kindertagespflege sind für Kinder aus zugewanderten "
                "Familien wichtige Orte des Ankommens. Das Kapitel behandelt den "
                "Zugang zu Betreuungsplätzen und die Zusammenarbeit mit Eltern."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Seit 2013 hat jedes Kind ab dem vollendeten ersten "
                    "Lebensjahr einen Rechtsanspruch auf Förderung in einer "
                    "Kindertageseinrichtung oder in der Kindertagespflege. In vielen "
                    "Gemeinden des Kreises sind die Plätze jedoch knapp, vor allem "
                    "für Kinder unter drei Jahren. Familien, die im Laufe des Jahres "
                    "zuziehen, finden häufig erst zum nächsten Kita-Jahr einen "
                    "Platz.</p>",
                ),
                (
                    "paragraph",
                    "<p>Zugewanderte Eltern kennen das System der "
                    "Kindertagesbetreuung oft nicht. Anmeldeverfahren, Elternbeiträge "
                    "und Ermäßigungen sind für sie schwer zu verstehen. Manche Eltern "
                    "haben zudem Bedenken, ihr Kind früh in fremde Betreuung zu "
                    "geben.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Kitas leisten bereits viel: Sie fördern Sprache im Alltag "
                    "und sind für viele Familien die erste Anlaufstelle. Fachkräfte "
                    "berichten aber von Verständigungsschwierigkeiten mit Eltern, von "
                    "Kindern mit belastenden Fluchterfahrungen und von fehlender Zeit "
                    "für zusätzliche Elternarbeit.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Zugewanderte Familien müssen gezielt über die "
                    "Kindertagesbetreuung informiert und bei der Anmeldung begleitet "
                    "werden. Kitas brauchen Unterstützung bei der Sprachbildung, bei "
                    "der Zusammenarbeit mit Eltern und im Umgang mit belasteten "
                    "Kindern. Brückenangebote sollen die Zeit bis zum Kita-Platz "
                    "überbrücken.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Kinder aus zugewanderten Familien besuchen ebenso häufig eine "
                        "Kita wie andere Kinder im Kreis.",
                        "Eltern kennen das Betreuungssystem und werden bei der Anmeldung unterstützt.",
                        "Kita-Fachkräfte sind für alltagsintegrierte Sprachbildung und "
                        "interkulturelle Zusammenarbeit mit Eltern qualifiziert.",
                        "Bis zur Aufnahme in eine Kita gibt es wohnortnahe Brückenangebote wie Eltern-Kind-Gruppen.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Mehrsprachiges Informationsblatt und Erklärvideo zur "
                                "Kindertagesbetreuung im Kreis, verteilt über "
                                "Ausländerbehörde, Jobcenter, Beratungsstellen und "
                                "Helferkreise."
                            ),
                            "responsible": ("Kreis Schleswig-Flensburg, Fachdienst Kindertagesbetreuung"),
                            "partners": "Koordinierungsstelle IAF, Kita-Träger",
                            "timeframe": "2018",
                        },
                        {
                            "measure": (
                                "Eltern-Kind-Gruppen als Brückenangebot in Gemeinden "
                                "mit Wartelisten, angelehnt an die Arbeit der "
                                "Familienzentren."
                            ),
                            "responsible": "Familienzentren, Kita-Träger",
                            "partners": ("Kreisjugendamt, Ämter und Gemeinden, Ehrenamtliche"),
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Fortbildungsreihe für Kita-Fachkräfte zu "
                                "alltagsintegrierter Sprachbildung, Mehrsprachigkeit "
                                "und traumasensibler Pädagogik."
                            ),
                            "responsible": ("Kreis Schleswig-Flensburg, Fachberatung Kindertagesstätten"),
                            "partners": ("Kita-Träger, Fachschulen für Sozialpädagogik, Beratungsstellen"),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Einsatz von Sprach- und Integrationsmittlern für "
                                "Aufnahme- und Entwicklungsgespräche in Kitas über den "
                                "Dolmetscherpool des Kreises."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": "Kita-Träger, Dolmetscherpool des Kreises",
                            "timeframe": "ab 2018",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Betreuungsquote der Kinder aus zugewanderten Familien unter drei und ab drei Jahren",
                        "Zahl der Brückenangebote und ihrer Teilnehmenden",
                        "Zahl der fortgebildeten Kita-Fachkräfte",
                        "Zahl der Einsätze von Sprachmittlerinnen und Sprachmittlern in Kitas",
                    ],
                ),
            ],
        },
        # 5 -----------------------------------------------------------------
        {
            "number": 5,
            "slug": "schule-und-bildung",
            "title": "Schule und Bildung",
            "summary": (
                "Das Kapitel beschreibt die Beschulung neu zugewanderter Kinder "
                "und Jugendlicher in DaZ-Zentren, den Übergang in die Regelklasse "
                "und den Weg von der Schule in Ausbildung oder Studium."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Neu zugewanderte Schülerinnen und Schüler werden in "
                    "Schleswig-Holstein zunächst in DaZ-Zentren unterrichtet. In der "
                    "Basisstufe lernen sie intensiv Deutsch, in der Aufbaustufe "
                    "nehmen sie zunehmend am Unterricht ihrer Regelklasse teil. Im "
                    "Kreis gibt es DaZ-Zentren an Grund- und Gemeinschaftsschulen "
                    "sowie an den berufsbildenden Schulen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Durch den starken Zuzug in den Jahren 2015 und 2016 sind viele "
                    "DaZ-Zentren an ihre Grenzen gestoßen. Lehrkräfte mit "
                    "DaZ-Qualifikation fehlen, und die Schulwege im ländlichen Raum "
                    "sind lang. Der Übergang aus dem DaZ-Zentrum in die Regelklasse "
                    "gelingt unterschiedlich gut.</p>",
                ),
                (
                    "paragraph",
                    "<p>Besonders schwierig ist die Lage für Jugendliche, die mit 16 "
                    "Jahren oder älter einreisen. Ihnen bleibt bis zum Ende der "
                    "Schulpflicht wenig Zeit, um Deutsch zu lernen und einen "
                    "Abschluss zu erwerben. An den berufsbildenden Schulen lernen sie "
                    "in Berufsintegrationsklassen mit DaZ-Schwerpunkt.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Die Übergänge müssen besser gestaltet werden: vom DaZ-Zentrum "
                    "in die Regelklasse, von der Schule in Ausbildung und von der "
                    "Berufsintegrationsklasse in Ausbildung oder weiteren "
                    "Schulbesuch. Dazu brauchen Schulen zusätzliche Unterstützung "
                    "durch Schulsozialarbeit und Sprachmittlung.</p>",
                ),
                (
                    "paragraph",
                    "<p>Eltern müssen das Schulsystem verstehen, um ihre Kinder "
                    "begleiten zu können. Außerschulische Lernangebote wie "
                    "Hausaufgabenhilfe sind im ländlichen Raum bisher kaum "
                    "vorhanden.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Neu zugewanderte Kinder und Jugendliche werden innerhalb von "
                        "vier Wochen nach der Ankunft im Kreis beschult.",
                        "Alle Schülerinnen und Schüler in DaZ-Zentren erhalten einen "
                        "individuellen Plan für den Übergang in die Regelklasse.",
                        "Mehr junge Zugewanderte verlassen die Schule mit einem "
                        "Abschluss und einer klaren Anschlussperspektive.",
                        "Eltern kennen das Schulsystem und werden in die Schullaufbahn ihrer Kinder einbezogen.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Abgestimmtes Meldeverfahren zwischen "
                                "Ausländerbehörde, Ämtern und Schulamt, damit "
                                "schulpflichtige Kinder nach der Zuweisung sofort "
                                "einem DaZ-Zentrum gemeldet werden."
                            ),
                            "responsible": "Schulamt des Kreises Schleswig-Flensburg",
                            "partners": "Ausländerbehörde, Ämter, DaZ-Zentren",
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Übergangscoaches an den berufsbildenden Schulen "
                                "begleiten Jugendliche aus den "
                                "Berufsintegrationsklassen bis in eine Ausbildung oder "
                                "eine weiterführende Schule."
                            ),
                            "responsible": "Berufsbildungszentren im Kreis",
                            "partners": ("Jugendmigrationsdienst, Agentur für Arbeit Flensburg, Jugendberufsagentur"),
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Elternabende zum Schulsystem in mehreren Sprachen an "
                                "Schulen mit DaZ-Zentren, unterstützt durch "
                                "Sprachmittlerinnen und Sprachmittler."
                            ),
                            "responsible": "Schulen mit DaZ-Zentren",
                            "partners": ("Schulamt, Koordinierungsstelle IAF, Dolmetscherpool des Kreises"),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Aufbau von Hausaufgaben- und Lernhilfen in Gemeinden "
                                "ohne Ganztagsangebot, gemeinsam mit Ehrenamtlichen "
                                "und Büchereien."
                            ),
                            "responsible": "Ämter und Gemeinden",
                            "partners": "Helferkreise, Fahrbücherei, Schulen",
                            "timeframe": "2018–2019",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Durchschnittliche Dauer zwischen Ankunft und Schulbeginn",
                        "Zahl der Übergänge aus der Basisstufe in die Regelklasse",
                        "Zahl der jungen Zugewanderten mit Erstem allgemeinbildenden oder Mittlerem Schulabschluss",
                        "Teilnahme von Eltern an mehrsprachigen Informationsangeboten",
                    ],
                ),
            ],
        },
        # 6 -----------------------------------------------------------------
        {
            "number": 6,
            "slug": "ausbildung-und-arbeit",
            "title": "Ausbildung und Arbeit",
            "summary": (
                "Arbeit sichert den Lebensunterhalt und schafft Kontakte. Das "
                "Kapitel behandelt die Anerkennung von Abschlüssen, die "
                "Zusammenarbeit von Jobcenter und Betrieben und den Weg in "
                "Ausbildung."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Der Arbeitsmarkt im Kreis ist geprägt von kleinen und "
                    "mittleren Betrieben in Handwerk, Landwirtschaft, Tourismus, "
                    "Pflege und Handel. Viele Betriebe suchen Auszubildende und "
                    "Fachkräfte, gerade in ländlichen Gemeinden. Zugleich sind die "
                    "meisten Geflüchteten noch nicht in Arbeit, weil Sprachkenntnisse, "
                    "anerkannte Abschlüsse oder eine Arbeitserlaubnis fehlen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Nach der Anerkennung als Flüchtling oder Schutzberechtigte "
                    "wechseln die Menschen vom Asylbewerberleistungsgesetz in die "
                    "Zuständigkeit des Jobcenters. Das Jobcenter hat dafür eigene "
                    "Ansprechpersonen eingerichtet. Die Agentur für Arbeit "
                    "unterstützt Asylsuchende mit guter Bleibeperspektive bereits "
                    "während des Verfahrens.</p>",
                ),
                (
                    "paragraph",
                    "<p>Viele Geflüchtete bringen Berufserfahrung mit, aber keine "
                    "formalen Nachweise. Das Anerkennungsverfahren für ausländische "
                    "Abschlüsse ist aufwendig, und Beratung dazu gibt es bisher vor "
                    "allem in Flensburg und Kiel. Arbeitgeber sind oft unsicher, "
                    "welche rechtlichen Voraussetzungen für eine Beschäftigung "
                    "gelten.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Sprachförderung, Qualifizierung und Arbeit müssen stärker "
                    "verzahnt werden, etwa durch betriebliche Praktika, "
                    "berufsbezogene Sprachkurse und Teilzeitausbildung. Arbeitgeber "
                    "brauchen eine feste Anlaufstelle für Fragen zur Beschäftigung "
                    "von Geflüchteten, und die Anerkennungsberatung muss im Kreis "
                    "selbst erreichbar sein.</p>",
                ),
                (
                    "paragraph",
                    "<p>Geflüchtete Frauen sind in Maßnahmen der Arbeitsförderung "
                    "bisher kaum vertreten. Für sie sind Angebote in Teilzeit, mit "
                    "Kinderbetreuung und in Wohnortnähe nötig.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Zugewanderte erhalten früh eine Kompetenzfeststellung und eine "
                        "Beratung zu Anerkennung und beruflicher Perspektive.",
                        "Mehr junge Geflüchtete beginnen eine duale Ausbildung und schließen sie erfolgreich ab.",
                        "Arbeitgeber im Kreis kennen die rechtlichen "
                        "Rahmenbedingungen und Förderinstrumente und haben eine feste "
                        "Ansprechperson.",
                        "Der Anteil zugewanderter Frauen in Qualifizierung und Beschäftigung steigt.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Willkommensmodul im Jobcenter: gemeinsamer Ersttermin "
                                "mit Kompetenzfeststellung, Sprachstandserhebung und "
                                "Planung der nächsten Schritte, bei Bedarf mit "
                                "Sprachmittlung."
                            ),
                            "responsible": "Jobcenter Schleswig-Flensburg",
                            "partners": ("Agentur für Arbeit Flensburg, Kursträger, Migrationsberatung"),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": ("Regelmäßige Sprechtage der Anerkennungsberatung in Schleswig und Kappeln."),
                            "responsible": "IQ Netzwerk Schleswig-Holstein",
                            "partners": ("Jobcenter, Kreishandwerkerschaft, Industrie- und Handelskammer zu Flensburg"),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Arbeitgeberservice Integration: Lotsenstelle für "
                                "Betriebe zu Arbeitserlaubnis, Ausbildungsduldung, "
                                "Fördermöglichkeiten und interkulturellen Fragen im "
                                "Betrieb."
                            ),
                            "responsible": "Agentur für Arbeit Flensburg, Jobcenter",
                            "partners": (
                                "Kreishandwerkerschaft, IHK zu Flensburg, "
                                "Handwerkskammer Flensburg, Wirtschaftsförderung"
                            ),
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Ausbildungsbegleitung durch ehrenamtliche "
                                "Ausbildungspatinnen und -paten sowie assistierte "
                                "Ausbildung für junge Geflüchtete."
                            ),
                            "responsible": "Jugendmigrationsdienst",
                            "partners": ("Berufsbildungszentren, Ausbildungsbetriebe, Agentur für Arbeit"),
                            "timeframe": "laufend",
                        },
                        {
                            "measure": (
                                "Qualifizierung in Teilzeit mit Kinderbetreuung für "
                                "Frauen, zum Beispiel in Pflege, Hauswirtschaft und "
                                "Einzelhandel."
                            ),
                            "responsible": "Jobcenter Schleswig-Flensburg",
                            "partners": ("Bildungsträger, Familienzentren, Gleichstellungsbeauftragte des Kreises"),
                            "timeframe": "2019–2020",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der sozialversicherungspflichtig beschäftigten Geflüchteten im Kreis",
                        "Zahl der neu abgeschlossenen und erfolgreich beendeten Ausbildungsverhältnisse",
                        "Zahl der Anerkennungsberatungen und abgeschlossenen Anerkennungsverfahren",
                        "Anteil der Frauen an Maßnahmen der Arbeitsförderung",
                    ],
                ),
            ],
        },
        # 7 -----------------------------------------------------------------
        {
            "number": 7,
            "slug": "wohnen",
            "title": "Wohnen",
            "summary": (
                "Das Kapitel beschreibt den Weg aus der Gemeinschaftsunterkunft "
                "in eine eigene Wohnung, den knappen bezahlbaren Wohnraum und die "
                "Mobilität im ländlichen Raum."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Geflüchtete werden den Ämtern und Gemeinden des Kreises nach "
                    "einem festgelegten Schlüssel zugewiesen. Die Gemeinden haben "
                    "seit 2015 große Anstrengungen unternommen, um Wohnraum "
                    "bereitzustellen. Neben angemieteten Wohnungen entstanden "
                    "Gemeinschaftsunterkünfte, in denen viele Menschen auch nach "
                    "ihrer Anerkennung noch leben.</p>",
                ),
                (
                    "paragraph",
                    "<p>Bezahlbarer Wohnraum ist vor allem in Schleswig, im Umland "
                    "von Flensburg und in den touristischen Orten an Schlei und "
                    "Ostsee knapp. Dort konkurrieren Geflüchtete mit anderen "
                    "Haushalten mit geringem Einkommen um kleine und um große "
                    "Wohnungen. In kleineren Gemeinden stehen eher Wohnungen leer, "
                    "doch es fehlen Busverbindungen zu Sprachkursen, Arztpraxen und "
                    "Arbeitsplätzen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die seit 2016 geltende Wohnsitzregelung bindet anerkannte "
                    "Flüchtlinge für bis zu drei Jahre an das Land Schleswig-Holstein. "
                    "Viele Vermieterinnen und Vermieter haben Vorbehalte oder sind "
                    "unsicher, wer die Miete zahlt und wen sie bei Problemen "
                    "ansprechen können.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Der Übergang in eigenen Wohnraum muss aktiv begleitet werden: "
                    "durch Wohnungslotsen, gezielte Ansprache von Vermietern und "
                    "verlässliche Absprachen mit Jobcenter und Sozialämtern über "
                    "angemessene Unterkunftskosten. Der soziale Wohnungsbau im Kreis "
                    "muss gestärkt werden, und zwar für alle Haushalte mit geringem "
                    "Einkommen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Wer auf dem Land wohnt, braucht Mobilität. Busangebote, "
                    "Bürgerbusse, Fahrradwerkstätten und Mitfahrgelegenheiten müssen "
                    "so zusammenwirken, dass Sprachkurs, Schule und Arbeit erreichbar "
                    "sind.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Geflüchtete leben nach ihrer Anerkennung höchstens sechs "
                        "Monate in einer Gemeinschaftsunterkunft.",
                        "Vermieterinnen und Vermieter haben eine feste Ansprechperson "
                        "und vermieten häufiger an Geflüchtete.",
                        "Mieterinnen und Mieter kennen ihre Rechte und Pflichten, und "
                        "Mietverhältnisse bleiben dauerhaft bestehen.",
                        "Sprachkurse, Schulen, Arztpraxen und Arbeitsplätze sind auch "
                        "aus kleinen Gemeinden ohne eigenes Auto erreichbar.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Wohnungslotsinnen und -lotsen in zwei Modellregionen "
                                "(Raum Schleswig und Raum Kappeln) beraten "
                                "Wohnungssuchende und Vermieter und vermitteln "
                                "zwischen ihnen."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg, Koordinierungsstelle IAF",
                            "partners": ("Ämter, Wohnungsbaugenossenschaften, Eigentümerverbände, Jobcenter"),
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Kurs „Mieterführerschein“ zu Mietvertrag, "
                                "Nebenkosten, Heizen und Lüften, Mülltrennung und "
                                "Hausordnung, mit Teilnahmebescheinigung zur Vorlage "
                                "bei Vermietern."
                            ),
                            "responsible": "Volkshochschulen, Wohlfahrtsverbände",
                            "partners": (
                                "Wohnungsunternehmen, Abfallwirtschaft, Verbraucherzentrale Schleswig-Holstein"
                            ),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Abgestimmte Richtwerte und ein beschleunigtes "
                                "Verfahren zur Prüfung von Mietangeboten zwischen "
                                "Jobcenter und Sozialämtern."
                            ),
                            "responsible": (
                                "Jobcenter Schleswig-Flensburg, Kreis Schleswig-Flensburg (Fachdienst Soziales)"
                            ),
                            "partners": "Ämter und Gemeinden",
                            "timeframe": "2018",
                        },
                        {
                            "measure": (
                                "Mobilitätspaket für den ländlichen Raum: "
                                "Fahrradwerkstätten, Radfahrkurse für Erwachsene, "
                                "Information über Bürgerbusse und Rufbusse sowie "
                                "Prüfung vergünstigter Fahrkarten für Kursteilnehmende."
                            ),
                            "responsible": ("Kreis Schleswig-Flensburg als Aufgabenträger des Busverkehrs"),
                            "partners": "Verkehrsunternehmen, Helferkreise, Verkehrswacht",
                            "timeframe": "2018–2020",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der anerkannten Geflüchteten in Gemeinschaftsunterkünften "
                        "und durchschnittliche Verweildauer",
                        "Zahl der vermittelten Mietverhältnisse",
                        "Zahl der Teilnehmenden am Mieterführerschein",
                        "Fahrzeit mit Bus und Bahn aus den Gemeinden zum nächsten Kursort",
                    ],
                ),
            ],
        },
        # 8 -----------------------------------------------------------------
        {
            "number": 8,
            "slug": "gesundheit",
            "title": "Gesundheit",
            "summary": (
                "Das Kapitel behandelt den Zugang zur Gesundheitsversorgung, die "
                "Unterstützung traumatisierter Menschen und den Einsatz von "
                "Dolmetscherinnen und Dolmetschern im Gesundheitswesen."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Schleswig-Holstein hat Anfang 2016 die elektronische "
                    "Gesundheitskarte für Asylsuchende landesweit eingeführt. Dadurch "
                    "ist der Weg in die Arztpraxis einfacher geworden. Der "
                    "Leistungsumfang nach dem Asylbewerberleistungsgesetz bleibt in "
                    "den ersten 15 Monaten aber eingeschränkt.</p>",
                ),
                (
                    "paragraph",
                    "<p>Im ländlichen Raum sind Haus- und Fachärzte ungleich verteilt, "
                    "und Termine bei Fachärzten und Psychotherapeuten sind mit langen "
                    "Wartezeiten verbunden. Viele Praxen können sich mit Patientinnen "
                    "und Patienten ohne Deutschkenntnisse kaum verständigen. Die "
                    "Kosten für Dolmetschen übernehmen die Krankenkassen nicht.</p>",
                ),
                (
                    "paragraph",
                    "<p>Viele Geflüchtete haben Krieg, Gewalt und eine gefährliche "
                    "Flucht erlebt; ein Teil von ihnen leidet an "
                    "Traumafolgestörungen. Spezialisierte Angebote gibt es in "
                    "Schleswig-Holstein nur an wenigen Orten, und der Weg dorthin ist "
                    "weit.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Zugewanderte brauchen verständliche Informationen über das "
                    "Gesundheitssystem, über Vorsorge und Impfungen. Für Arztbesuche, "
                    "Beratungsgespräche und Therapien muss qualifizierte "
                    "Sprachmittlung verfügbar sein. Fachkräfte in Praxen, Kliniken "
                    "und Beratungsstellen sollen für die Belastungen von Geflüchteten "
                    "sensibilisiert werden.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Zugewanderte kennen das Gesundheitssystem und nutzen Vorsorge- und Impfangebote.",
                        "Für Gesundheitstermine steht qualifizierte Sprachmittlung zur Verfügung.",
                        "Psychisch belastete Geflüchtete werden früh erkannt und erhalten wohnortnah Unterstützung.",
                        "Kinder aus zugewanderten Familien nehmen an den "
                        "Früherkennungsuntersuchungen und Impfungen teil.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Aufbau eines Dolmetscherpools des Kreises mit "
                                "geschulten Sprach- und Integrationsmittlern für "
                                "Gesundheitsamt, Kliniken und Beratungsstellen, "
                                "einschließlich Video-Dolmetschen."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg, Gesundheitsamt",
                            "partners": (
                                "Koordinierungsstelle IAF, Kliniken im Kreis, "
                                "Kassenärztliche Vereinigung Schleswig-Holstein"
                            ),
                            "timeframe": "2018–2019",
                        },
                        {
                            "measure": (
                                "Mehrsprachige Gesundheitsinformationen und Schulung "
                                "von Gesundheitslotsinnen und -lotsen, die ihr Wissen "
                                "in ihren Communities weitergeben."
                            ),
                            "responsible": "Gesundheitsamt",
                            "partners": "Migrantenorganisationen, Volkshochschulen",
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Impf- und Vorsorgesprechstunden des Gesundheitsamts "
                                "in größeren Gemeinschaftsunterkünften."
                            ),
                            "responsible": "Gesundheitsamt",
                            "partners": "Ämter, Unterkunftsbetreuung, Kinderarztpraxen",
                            "timeframe": "laufend",
                        },
                        {
                            "measure": (
                                "Fortbildungen zu Traumafolgen für Ehrenamtliche, "
                                "Lehrkräfte und Beratungsfachkräfte. Vermittlung in "
                                "spezialisierte Behandlung über den "
                                "Sozialpsychiatrischen Dienst."
                            ),
                            "responsible": "Sozialpsychiatrischer Dienst des Kreises",
                            "partners": (
                                "Psychosoziale Zentren für Geflüchtete in "
                                "Schleswig-Holstein, Kliniken, Koordinierungsstelle IAF"
                            ),
                            "timeframe": "2018–2020",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der Dolmetscheinsätze im Gesundheitsbereich",
                        "Impfquoten bei der Schuleingangsuntersuchung von Kindern aus zugewanderten Familien",
                        "Zahl der Fortbildungsteilnehmenden zum Thema Trauma",
                        "Wartezeit bis zum Erstgespräch bei psychischer Belastung",
                    ],
                ),
            ],
        },
        # 9 -----------------------------------------------------------------
        {
            "number": 9,
            "slug": "beratung-koordinierung-und-interkulturelle-oeffnung",
            "title": "Beratung, Koordinierung und interkulturelle Öffnung",
            "summary": (
                "Das Kapitel beschreibt, wie die Beratungsangebote im Kreis "
                "abgestimmt werden und wie sich die Kreisverwaltung interkulturell "
                "öffnet."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Im Kreis gibt es zahlreiche Beratungsangebote: die "
                    "Migrationsberatung für erwachsene Zuwanderer, den "
                    "Jugendmigrationsdienst, die landesgeförderte Migrationsberatung, "
                    "die Flüchtlingsberatung der Wohlfahrtsverbände sowie "
                    "Beratungsstellen für Familien, Schulden und Sucht. Die Angebote "
                    "sind jedoch ungleich über das Kreisgebiet verteilt und für "
                    "Ratsuchende wie für Ehrenamtliche schwer zu überblicken.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die vom Land geförderte Koordinierungsstelle IAF vernetzt die "
                    "Akteure und bündelt Informationen. Verbindliche Absprachen "
                    "darüber, wer wofür zuständig ist und wie Ratsuchende "
                    "weitervermittelt werden, gibt es bisher nur in Ansätzen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Kreisverwaltung ist für viele Zugewanderte die erste "
                    "Behörde, mit der sie zu tun haben – vor allem die "
                    "Ausländerbehörde, das Sozialamt und das Jugendamt. Die "
                    "Beschäftigten arbeiten unter hohem Zeitdruck, Bescheide und "
                    "Formulare sind schwer verständlich, und nur wenige Mitarbeitende "
                    "haben selbst eine Migrationsgeschichte.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Beratungsangebote müssen transparent dargestellt und besser "
                    "abgestimmt werden, damit Ratsuchende ohne Umwege die richtige "
                    "Stelle finden. Die Kreisverwaltung soll sich interkulturell "
                    "öffnen: durch Fortbildung, verständliche Sprache, mehrsprachige "
                    "Informationen und die gezielte Gewinnung von Beschäftigten mit "
                    "Migrationsgeschichte.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Ratsuchende und Ehrenamtliche finden schnell die passende Beratungsstelle in ihrer Nähe.",
                        "Die Beratungsstellen stimmen Zuständigkeiten und Angebote regelmäßig miteinander ab.",
                        "Beschäftigte der Kreisverwaltung mit Publikumsverkehr sind interkulturell fortgebildet.",
                        "Der Anteil der Auszubildenden mit Migrationsgeschichte in der Kreisverwaltung steigt.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Willkommensportal „Willkommen in Schleswig-Flensburg“ "
                                "mit Beratungsstellen, Öffnungszeiten und gesprochenen "
                                "Sprachen, in mehreren Sprachen und in Leichter "
                                "Sprache."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": ("Beratungsstellen, Ämter, Übersetzerinnen und Übersetzer"),
                            "timeframe": "ab 2017",
                        },
                        {
                            "measure": (
                                "Vierteljährlicher Runder Tisch Migrationsberatung zur "
                                "Abstimmung von Zuständigkeiten, Sprechzeiten und "
                                "Außensprechstunden."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": (
                                "Migrationsberatung für erwachsene Zuwanderer, "
                                "Jugendmigrationsdienst, Wohlfahrtsverbände, "
                                "Ausländerbehörde, Jobcenter"
                            ),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Fortbildungsprogramm zu interkultureller Kompetenz "
                                "und verständlicher Verwaltungssprache für "
                                "Beschäftigte mit Publikumsverkehr."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg, Personalentwicklung",
                            "partners": ("Verwaltungsakademie Bordesholm, Migrantenorganisationen"),
                            "timeframe": "2018–2020",
                        },
                        {
                            "measure": (
                                "Überarbeitung häufig genutzter Schreiben der "
                                "Ausländerbehörde und des Sozialamts in verständlicher "
                                "Sprache, ergänzt um mehrsprachige Erläuterungen."
                            ),
                            "responsible": "Ausländerbehörde, Fachdienst Soziales",
                            "partners": "Koordinierungsstelle IAF, Beratungsstellen",
                            "timeframe": "2018–2019",
                        },
                        {
                            "measure": (
                                "Gezielte Ansprache junger Menschen mit "
                                "Migrationsgeschichte für Ausbildung und Praktika in "
                                "der Kreisverwaltung."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg, Personalabteilung",
                            "partners": ("Schulen, Jugendmigrationsdienst, Agentur für Arbeit"),
                            "timeframe": "ab 2018",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der im Willkommensportal gelisteten Beratungsangebote und Nutzung des Portals",
                        "Zahl der fortgebildeten Beschäftigten",
                        "Zahl der überarbeiteten Schreiben und Formulare",
                        "Anteil der Auszubildenden mit Migrationsgeschichte in der Kreisverwaltung",
                    ],
                ),
            ],
        },
        # 10 ----------------------------------------------------------------
        {
            "number": 10,
            "slug": "regionale-handlungsempfehlungen",
            "title": "Regionale Handlungsempfehlungen",
            "summary": (
                "Die Regionalen Handlungsempfehlungen übertragen die "
                "Handlungsfelder auf die Lage im Kreis: ländlicher Raum, Nähe zu "
                "Flensburg und Dänemark und die starke Rolle der Ämter und "
                "Gemeinden."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Der Kreis Schleswig-Flensburg ist ein Flächenkreis mit rund "
                    "200.000 Einwohnerinnen und Einwohnern. Die Städte Schleswig, "
                    "Kappeln und Glücksburg sowie größere Gemeinden wie Harrislee, "
                    "Handewitt und Tarp bilden Schwerpunkte der Infrastruktur; "
                    "daneben prägen viele kleine Dörfer das Bild. Die kreisfreie "
                    "Stadt Flensburg ist das Oberzentrum der Region.</p>",
                ),
                (
                    "paragraph",
                    "<p>Integration findet vor Ort statt: in den Gemeinden, in denen "
                    "Zugewanderte wohnen, einkaufen, ihre Kinder zur Schule schicken "
                    "und Vereine besuchen. Die Ämter und Gemeinden tragen daher einen "
                    "großen Teil der Verantwortung, verfügen aber über sehr "
                    "unterschiedliche personelle und finanzielle Möglichkeiten.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Region hat Erfahrung mit Vielfalt. Die dänische "
                    "Minderheit prägt mit eigenen Schulen, Kindergärten und Vereinen "
                    "das Leben im Landesteil Schleswig. Auch Zugewanderte aus Polen, "
                    "Rumänien und anderen Staaten der Europäischen Union leben und "
                    "arbeiten seit Jahren im Kreis, etwa in Landwirtschaft, "
                    "Gastronomie und Tourismus.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Die Handlungsempfehlungen sollen die Gemeinden dabei "
                    "unterstützen, Integration als kommunale Daueraufgabe zu "
                    "verstehen. Dafür braucht es eine klare Aufgabenteilung zwischen "
                    "Kreis, Ämtern und Gemeinden, verbindliche Absprachen mit der "
                    "Stadt Flensburg über gemeinsame Angebote und Lösungen für die "
                    "Mobilität im ländlichen Raum.</p>",
                ),
                (
                    "paragraph",
                    "<p>Das Konzept nimmt alle Menschen mit Migrationshintergrund in "
                    "den Blick: neben Geflüchteten auch Arbeitsmigrantinnen und "
                    "-migranten aus der EU, nachziehende Familienangehörige und "
                    "Spätaussiedlerinnen und Spätaussiedler. Ihre Lebenslagen "
                    "unterscheiden sich, doch viele Angebote wie Sprachkurse und "
                    "Beratung helfen allen Gruppen.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Jedes Amt und jede amtsfreie Gemeinde hat eine benannte Ansprechperson für Integration.",
                        "Kreis und Stadt Flensburg stimmen ihre Angebote für die Region ab und nutzen sie gemeinsam.",
                        "Integrationsangebote richten sich an alle Zugewanderten, "
                        "unabhängig von Herkunft und Aufenthaltsstatus.",
                        "Das Integrationskonzept wird regelmäßig überprüft und fortgeschrieben.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Jährliche Integrationskonferenz des Kreises mit "
                                "Ämtern, Gemeinden, Trägern, Ehrenamt und "
                                "Zugewanderten, um Bilanz zu ziehen und die Maßnahmen "
                                "weiterzuentwickeln."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": ("Ämter und Gemeinden, Koordinierungsstelle IAF, Migrantenorganisationen"),
                            "timeframe": "jährlich ab 2018",
                        },
                        {
                            "measure": (
                                "Kooperationsvereinbarung mit der Stadt Flensburg über "
                                "die gemeinsame Nutzung von Sprachkursen, "
                                "Beratungsangeboten und Dolmetscherpool."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": "Stadt Flensburg",
                            "timeframe": "2018–2019",
                        },
                        {
                            "measure": (
                                "Handreichung „Integration in der Gemeinde“ mit "
                                "Beispielen guter Praxis aus dem Kreis, etwa "
                                "Begrüßungsbesuchen, Sprachcafés und "
                                "Vereinspatenschaften."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": "Ämter und Gemeinden, Helferkreise",
                            "timeframe": "2018",
                        },
                        {
                            "measure": (
                                "Fortschreibung des Integrationskonzepts auf "
                                "Grundlage eines Monitorings mit ausgewählten "
                                "Kennzahlen, erstmals nach drei Jahren."
                            ),
                            "responsible": "Kreis Schleswig-Flensburg",
                            "partners": "Koordinierungsstelle IAF, Kreistag",
                            "timeframe": "2020–2021",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Zahl der Ämter und Gemeinden mit benannter Ansprechperson für Integration",
                        "Zahl der gemeinsamen Angebote von Kreis und Stadt Flensburg",
                        "Zahl und Zusammensetzung der Teilnehmenden an der jährlichen Integrationskonferenz",
                        "Vorlage eines Monitoringberichts als Grundlage der Fortschreibung",
                    ],
                ),
            ],
        },
        # 11 ----------------------------------------------------------------
        {
            "number": 11,
            "slug": "schwerpunkte-der-koordinierungsstelle-iaf",
            "title": "Schwerpunkte der Koordinierungsstelle IAF",
            "summary": (
                "Die Koordinierungsstelle IAF vernetzt Verwaltung, Träger und "
                "Ehrenamt. Das Kapitel beschreibt ihre Arbeitsschwerpunkte für die "
                "kommenden Jahre."
            ),
            "body": [
                ("heading", "Ausgangslage"),
                (
                    "paragraph",
                    "<p>Das Land Schleswig-Holstein fördert in allen Kreisen und "
                    "kreisfreien Städten Koordinierungsstellen für die "
                    "integrationsorientierte Aufnahme von Flüchtlingen (IAF). Im Kreis "
                    "Schleswig-Flensburg ist die Koordinierungsstelle in der "
                    "Kreisverwaltung angesiedelt. Sie ist Ansprechpartnerin für "
                    "Ämter, Gemeinden, Träger und Ehrenamtliche und hat den "
                    "vorliegenden Entwurf des Integrationskonzepts erarbeitet.</p>",
                ),
                (
                    "paragraph",
                    "<p>In den Jahren 2015 und 2016 stand die Organisation der "
                    "Aufnahme im Vordergrund: Informationen weitergeben, kurzfristig "
                    "Angebote schaffen, Helferkreise unterstützen. Seit 2017 "
                    "verschiebt sich der Schwerpunkt hin zur langfristigen "
                    "Integration in Sprache, Bildung, Arbeit und Wohnen.</p>",
                ),
                ("heading", "Handlungsbedarf"),
                (
                    "paragraph",
                    "<p>Die Koordinierungsstelle muss ihre begrenzten Kapazitäten auf "
                    "Aufgaben konzentrieren, die nur auf Kreisebene sinnvoll "
                    "wahrgenommen werden können: Vernetzung, Transparenz, Steuerung "
                    "der Umsetzung des Konzepts und Kontakt zum Land. Die Beratung im "
                    "Einzelfall bleibt Aufgabe der Beratungsstellen.</p>",
                ),
                ("heading", "Ziele"),
                (
                    "goals",
                    [
                        "Die Umsetzung des Integrationskonzepts wird koordiniert und jährlich dokumentiert.",
                        "Die Akteure im Kreis sind über Angebote, Förderprogramme und Rechtsänderungen informiert.",
                        "Die Zusammenarbeit zwischen Kreisverwaltung, Ämtern, Trägern "
                        "und Ehrenamt ist verlässlich organisiert.",
                        "Die Sicht der Zugewanderten fließt regelmäßig in die Arbeit ein.",
                    ],
                ),
                ("heading", "Maßnahmen"),
                (
                    "measures",
                    [
                        {
                            "measure": (
                                "Steuerungsgruppe zur Umsetzung des "
                                "Integrationskonzepts mit Vertreterinnen und Vertretern "
                                "aller Handlungsfelder. Jährlicher Umsetzungsbericht an "
                                "den Sozialausschuss des Kreistags."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": (
                                "Fachdienste der Kreisverwaltung, Jobcenter, Träger, Ämter, Migrantenorganisationen"
                            ),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Monatlicher Newsletter Integration für Haupt- und "
                                "Ehrenamtliche mit Hinweisen zu Rechtsänderungen, "
                                "Förderprogrammen und Veranstaltungen."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": ("Beratungsstellen, Ausländerbehörde, Jobcenter"),
                            "timeframe": "ab 2018",
                        },
                        {
                            "measure": (
                                "Fördermittelberatung für Ämter, Gemeinden und Vereine "
                                "zu Landes- und Bundesprogrammen der Integration."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": "Ämter, Vereine, Wohlfahrtsverbände",
                            "timeframe": "laufend",
                        },
                        {
                            "measure": (
                                "Aufbau und Pflege des Dolmetscherpools und des "
                                "Willkommensportals gemeinsam mit den zuständigen "
                                "Fachdiensten."
                            ),
                            "responsible": "Koordinierungsstelle IAF",
                            "partners": ("Gesundheitsamt, Beratungsstellen, Sprachmittlerinnen und Sprachmittler"),
                            "timeframe": "2017–2019",
                        },
                    ],
                ),
                ("heading", "Indikatoren"),
                (
                    "indicators",
                    [
                        "Vorlage des jährlichen Umsetzungsberichts",
                        "Zahl der Abonnentinnen und Abonnenten des Newsletters",
                        "Zahl der unterstützten Förderanträge",
                        "Zufriedenheit der Netzwerkpartner laut jährlicher Kurzbefragung",
                    ],
                ),
            ],
        },
    ],
}
