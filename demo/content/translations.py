"""Übersetzte Demo-Inhalte für das Willkommensportal des Kreises Schleswig-Flensburg.

Reine Daten (str/list/dict/tuple), keine Imports.

- TRANSLATED_TOPICS: Slugs der Themen aus ``welcome.TOPICS``, die übersetzt vorliegen.
- TRANSLATIONS: Übersetzungen (en, ar, fa, uk) der Startseite und dieser Themen sowie
  ein kurzer Hinweis zur Beteiligung an der Fortschreibung des Integrationskonzepts.
  Jeder übersetzte ``body`` hat genau dieselben Blöcke (Anzahl, Reihenfolge, Typ) wie
  das deutsche Original; HTML-Tags und Link-Ziele sind unverändert.
- LEICHTE_SPRACHE: Startseite und Einleitung zur Fortschreibung in Leichter Sprache.
"""

TRANSLATED_TOPICS = ["ankommen", "beratung-und-hilfe", "sprache-lernen", "wohnen", "gesundheit", "notfall"]

TRANSLATIONS = {
    "en": {
        "home": {
            "title": "Welcome to the District of Schleswig-Flensburg",
            "intro": (
                "<p>A warm welcome to the district of Schleswig-Flensburg! Our district lies in the "
                "very north of Germany, between the Baltic Sea, the Schlei and the border with "
                "Denmark. About 200,000 people live here – in towns such as Schleswig, Kappeln and "
                "Glücksburg and in many small villages.</p><p>On these pages you will find simple "
                "information for your first time here: about advice services, language courses, "
                "daycare and school, work, housing, health and everyday life. This information does "
                "not replace personal advice. The advice centres in the district are happy to help "
                "you – free of charge and confidentially.</p>"
            ),
        },
        "topics": {
            "ankommen": {
                "title": "Arriving",
                "summary": (
                    "First steps after moving here: registering your address, sorting out your residence "
                    "status, bank account and insurance, important documents."
                ),
                "body": [
                    ("heading", "The first weeks"),
                    (
                        "paragraph",
                        "<p>You are new in the district of Schleswig-Flensburg. At the beginning there are "
                        "many appointments and forms. That is normal. Make a list and do everything step by "
                        "step.</p><p>Keep all letters from public offices in a safe place. Many letters have "
                        "a <b>deadline (Frist)</b>. This means: you must reply by a certain day. If you do "
                        "not understand a letter, go to an advice centre.</p>",
                    ),
                    (
                        "note",
                        "This information does not replace personal advice. Every situation is different. "
                        "Please get advice from an advice centre.",
                    ),
                    ("heading", "Registering your address (Anmeldung)"),
                    (
                        "paragraph",
                        "<p>You must register your home within <b>two weeks</b> after moving in. You do this "
                        "at the Bürgerbüro (residents’ registration office, Einwohnermeldeamt) of your Amt "
                        "(local administration) or your town. Bring:</p><ul><li>your passport or another "
                        "identity document</li><li>the Wohnungsgeberbestätigung (landlord’s confirmation – "
                        "you get it from your landlord)</li><li>your residence permit (Aufenthaltstitel), if "
                        "you have one</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>You will receive a Meldebescheinigung (registration certificate). Keep it in a "
                        "safe place. A few weeks later the Federal Central Tax Office (Bundeszentralamt für "
                        "Steuern) will send you your <b>tax identification number "
                        "(Steuer-Identifikationsnummer)</b> by post. You need this number for work.</p>",
                    ),
                    ("heading", "Sorting out your residence status"),
                    (
                        "paragraph",
                        "<p>The district’s Ausländerbehörde (immigration office) is responsible for "
                        "residence permits. It also helps with questions about work permits and the "
                        "residence requirement (Wohnsitzauflage). Please always make an "
                        "appointment.</p><p>Your residence permit has an expiry date. Apply for an extension "
                        "early, ideally <b>eight weeks before</b>. People from the European Union do not "
                        "need a residence permit. But they must also register their address.</p>",
                    ),
                    ("heading", "Bank account, insurance and phone"),
                    (
                        "paragraph",
                        "<ul><li><b>Current account (Girokonto):</b> Everyone in Germany has the right to a "
                        "basic bank account (Basiskonto). You need an account for wages, rent and payments "
                        "from public offices.</li><li><b>Health insurance (Krankenversicherung):</b> It is "
                        "compulsory in Germany. You can read more about this in the topic "
                        "Health.</li><li><b>Personal liability insurance (Haftpflichtversicherung):</b> It "
                        "is not compulsory, but very useful. It pays if you accidentally break or damage "
                        "something.</li><li><b>Mobile phone:</b> Do not sign a long contract that you do not "
                        "understand. At the beginning, a prepaid card is often better.</li></ul>",
                    ),
                    ("heading", "Important documents"),
                    (
                        "paragraph",
                        "<p>Keep a folder for your passport, residence permit, registration certificate, "
                        "school and work certificates and contracts. Make copies or photos of all important "
                        "documents. Only hand over originals if an office asks for them, and ask for a "
                        "receipt.</p><p>Certificates and official documents from abroad often have to be "
                        "translated. Offices usually only accept translations by sworn or authorised "
                        "translators.</p>",
                    ),
                ],
            },
            "beratung-und-hilfe": {
                "title": "Advice and help",
                "summary": (
                    "Free advice for immigrants: migration advice, youth migration service, volunteer "
                    "guides and help with translating and interpreting."
                ),
                "body": [
                    ("heading", "Who can advise you?"),
                    (
                        "paragraph",
                        "<p>There are several advice centres for immigrants in the district. The advice is "
                        "<b>free of charge</b> and <b>confidential</b>. The advisers are bound to secrecy. "
                        "You may bring a person you trust.</p><ul><li><b>Migration advice for adult "
                        "immigrants (Migrationsberatung für erwachsene Zuwanderer, MBE):</b> for people aged "
                        "27 and over</li><li><b>Youth migration service (Jugendmigrationsdienst, JMD):</b> "
                        "for young people aged 12 to 27</li><li><b>Refugee advice of the welfare "
                        "organisations (Flüchtlingsberatung der Wohlfahrtsverbände):</b> for people in the "
                        "asylum procedure and people with a Duldung (temporary suspension of "
                        "deportation)</li></ul>",
                    ),
                    (
                        "note",
                        "This information does not replace personal advice. Every situation is different. "
                        "Please get advice from an advice centre.",
                    ),
                    ("heading", "What can the advice centres help with?"),
                    (
                        "paragraph",
                        "<ul><li>understanding and answering letters from public offices</li><li>making "
                        "applications, for example for child benefit (Kindergeld) or housing benefit "
                        "(Wohngeld)</li><li>finding a language course</li><li>questions about residence, "
                        "family reunification and work</li><li>problems in the family, with money or with "
                        "debts</li></ul><p>If the advice centre cannot help you itself, it will tell you the "
                        "right place to go.</p>",
                    ),
                    ("heading", "Volunteer guides (Lotsinnen und Lotsen)"),
                    (
                        "paragraph",
                        "<p>In many municipalities, volunteers help. They go with you to appointments, "
                        "practise German with you and show you around. This help is voluntary and free of "
                        "charge.</p><p>Volunteers are not allowed to give legal advice. If you have "
                        "questions about residence or asylum, please go to an advice centre. You can get in "
                        "touch with volunteer guides through the volunteer coordination office "
                        "(Koordinierungsstelle Ehrenamt) or through your Amt (local administration).</p>",
                    ),
                    ("heading", "Interpreting"),
                    (
                        "paragraph",
                        "<p>For important conversations you often have the right to an interpreter. Ask for "
                        "one before the appointment. The district has a pool of language and integration "
                        "mediators (Sprach- und Integrationsmittler) for conversations at public offices, "
                        "daycare centres and schools.</p><p>Please do not let your children interpret for "
                        "you. Many topics are too difficult or too upsetting for children.</p>",
                    ),
                    ("heading", "Quick help in a crisis"),
                    (
                        "paragraph",
                        "<ul><li><b>Police emergency number:</b> 110</li><li><b>Fire brigade and "
                        "ambulance:</b> 112</li><li><b>Helpline “Violence against Women” (Hilfetelefon "
                        "Gewalt gegen Frauen):</b> 116 016 – free of charge, day and night, in many "
                        "languages</li><li><b>Telephone counselling (Telefonseelsorge):</b> 0800 111 0 111 – "
                        "free of charge, day and night</li></ul>",
                    ),
                ],
            },
            "sprache-lernen": {
                "title": "Learning German",
                "summary": (
                    "Integration course, job-related language course and language café: how to learn "
                    "German in Schleswig-Flensburg – also with small children."
                ),
                "body": [
                    ("heading", "The integration course (Integrationskurs)"),
                    (
                        "paragraph",
                        "<p>The integration course has two parts: a <b>language course</b> and an "
                        "<b>orientation course</b>. The language course usually has 600 lessons. In the "
                        "orientation course (100 lessons) you learn about history, politics and values in "
                        "Germany.</p><p>At the end you take two exams: the “Deutsch-Test für Zuwanderer” "
                        "(German test for immigrants; goal: level B1) and the test “Leben in Deutschland” "
                        "(Living in Germany). The courses are organised by the Federal Office for Migration "
                        "and Refugees (Bundesamt für Migration und Flüchtlinge, BAMF).</p>",
                    ),
                    (
                        "paragraph",
                        "<p>There are special courses, for example:</p><ul><li>literacy courses "
                        "(Alphabetisierungskurse) for people who cannot read and write, or cannot read and "
                        "write in the Latin alphabet</li><li>courses for parents and courses for women, at "
                        "suitable times</li><li>youth integration courses for young people up to the age of "
                        "27</li><li>intensive courses for people who learn quickly</li></ul>",
                    ),
                    ("heading", "Certificate of eligibility (Berechtigungsschein) and registration"),
                    (
                        "paragraph",
                        "<p>Many people receive a <b>certificate of eligibility (Berechtigungsschein)</b> "
                        "from the Ausländerbehörde (immigration office) together with their residence "
                        "permit. Some people must attend the course, for example if the Jobcenter requires "
                        "it. If you do not have a certificate, you can apply to the BAMF for admission. This "
                        "applies, for example, to people from the EU.</p><p>With the certificate you go to a "
                        "course provider, for example the Volkshochschule (adult education centre). There "
                        "you take a placement test. After that you get a place in a suitable course. You can "
                        'find more information at the <a href="https://www.bamf.de">Federal Office for '
                        "Migration and Refugees</a>.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>You pay a small amount for each lesson. If you receive benefits from the "
                        "Jobcenter or the Sozialamt (social welfare office), you can be exempted from "
                        "paying. If the course location is far away, you can get a grant towards travel "
                        "costs under certain conditions. Ask the course provider.</p>",
                    ),
                    (
                        "note",
                        "Always ask first whether you can get a certificate of eligibility. This information "
                        "does not replace personal advice – the migration advice service "
                        "(Migrationsberatung) will help you with the application.",
                    ),
                    ("heading", "Childcare during the course"),
                    (
                        "paragraph",
                        "<p>Do you have small children and no daycare place (Kita-Platz) yet? Some course "
                        "providers offer <b>childcare during the course</b>. Tell them that you have "
                        "children when you register. Courses for parents and courses for women often take "
                        "place in the morning, when the older children are at school.</p><p>Even so, "
                        "register your child for a daycare place early. You can read more about this in the "
                        "topic “Children, youth and family”.</p>",
                    ),
                    ("heading", "German for work"),
                    (
                        "paragraph",
                        "<p>After the integration course you can attend a <b>job-related language course "
                        "(Berufssprachkurs)</b>. There you learn German for work, for example up to level B2 "
                        "or C1. There are also courses for certain professions, for example in nursing and "
                        "care. The course is usually arranged by the Jobcenter or the employment agency "
                        "(Agentur für Arbeit). If you are already working, you can contact the course "
                        "provider directly.</p>",
                    ),
                    ("heading", "Language cafés and learning in everyday life"),
                    (
                        "paragraph",
                        "<p>There are language cafés (Sprachcafés) in Harrislee, Süderbrarup, Kappeln and "
                        "Satrup. There you speak German with volunteers and other learners. It is free of "
                        "charge, and you do not need to register.</p><p>Libraries and the mobile library "
                        "(Fahrbücherei) also help: they have books in simple German and children’s books in "
                        "several languages. You can learn online free of charge on the <a "
                        'href="https://www.vhs-lernportal.de">vhs-Lernportal</a>.</p>',
                    ),
                ],
            },
            "wohnen": {
                "title": "Housing",
                "summary": (
                    "Finding a flat, Wohnberechtigungsschein, tenancy agreement and deposit, waste "
                    "separation and broadcasting fee: the key facts about housing."
                ),
                "body": [
                    ("heading", "Finding a flat"),
                    (
                        "paragraph",
                        "<p>Affordable flats are scarce in the district, especially in Schleswig and near "
                        "Flensburg. Search in many ways: on internet portals, in the newspaper, at housing "
                        "cooperatives (Wohnungsbaugenossenschaften) and through notices in the supermarket. "
                        "Also tell neighbours and colleagues that you are looking for a "
                        "flat.</p><p><b>Important:</b> Do you receive money from the Jobcenter or the "
                        "Sozialamt (social welfare office)? Then show them the flat offer <b>before</b> you "
                        "sign the tenancy agreement. The office only pays rent up to a certain amount.</p>",
                    ),
                    (
                        "note",
                        "This information does not replace personal advice. Every situation is different. "
                        "Please get advice from an advice centre.",
                    ),
                    ("heading", "Certificate of eligibility for social housing (Wohnberechtigungsschein, WBS)"),
                    (
                        "paragraph",
                        "<p>For a subsidised flat (social housing, Sozialwohnung) you need a "
                        "<b>Wohnberechtigungsschein</b> (certificate of eligibility for social housing). You "
                        "get it if your income is below a certain limit. You apply at your Amt (local "
                        "administration) or your town.</p><p>Bring your ID, your residence permit and proof "
                        "of income for everyone in your household. The certificate is usually valid for one "
                        "year.</p>",
                    ),
                    ("heading", "Tenancy agreement and deposit"),
                    (
                        "paragraph",
                        "<p>Read the tenancy agreement (Mietvertrag) carefully before you sign. Pay "
                        "attention to these words:</p><ul><li><b>Kaltmiete:</b> the rent for the flat "
                        "only</li><li><b>Nebenkosten:</b> additional costs, for example water, waste "
                        "collection and caretaker</li><li><b>Warmmiete:</b> Kaltmiete plus additional costs "
                        "and heating</li></ul><p>The <b>deposit (Kaution)</b> is at most three months’ "
                        "Kaltmiete. You may pay it in three instalments. The Jobcenter can pay the deposit "
                        "as a loan. When you move in, take photos and write a record (Protokoll) of the "
                        "condition of the flat.</p>",
                    ),
                    ("heading", "Living well together"),
                    (
                        "paragraph",
                        "<ul><li><b>Quiet hours (Ruhezeiten):</b> Usually it must be quiet from 10 pm to 6 "
                        "am and on Sundays. This is written in the house rules "
                        "(Hausordnung).</li><li><b>Airing:</b> Open the windows fully for a few minutes two "
                        "to three times a day. This prevents mould.</li><li><b>Heating:</b> Do not let the "
                        "rooms get completely cold in winter.</li><li><b>Electricity and gas:</b> You pay an "
                        "advance payment (Abschlag) every month. Once a year you get a final bill "
                        "(Abrechnung).</li></ul>",
                    ),
                    ("heading", "Separating waste correctly"),
                    (
                        "paragraph",
                        "<p>In Germany, people separate their waste. The colours of the bins can be "
                        "different in each municipality.</p><ul><li><b>Residual waste (Restmüll):</b> "
                        "everything that does not belong in the other bins</li><li><b>Organic waste bin "
                        "(Biotonne):</b> food leftovers, fruit and vegetable peel, garden "
                        "waste</li><li><b>Yellow bag or yellow bin (Gelber Sack, Gelbe Tonne):</b> packaging "
                        "made of plastic and metal</li><li><b>Paper bin (Papiertonne):</b> paper, newspapers "
                        "and cardboard boxes</li><li><b>Glass container (Glascontainer):</b> bottles and "
                        "jars, separated into white, green and brown glass</li></ul><p>Take bulky waste "
                        "(Sperrmüll), electrical appliances and batteries to the recycling centre "
                        "(Recyclinghof), or book a collection. The collection dates are in the waste "
                        "calendar (Abfallkalender) of your municipality.</p>",
                    ),
                    ("heading", "Broadcasting fee (Rundfunkbeitrag)"),
                    (
                        "paragraph",
                        "<p>A <b>broadcasting fee (Rundfunkbeitrag)</b> must be paid for every home – even "
                        "if you do not have a TV. You will receive a letter from the “ARD ZDF "
                        "Deutschlandradio Beitragsservice”. This letter is genuine. Please do not ignore "
                        "it.</p><p>If you receive basic income support (Grundsicherung), social assistance "
                        "(Sozialhilfe) or benefits under the Asylum Seekers’ Benefits Act "
                        "(Asylbewerberleistungsgesetz), you can be exempted. To do this, send a copy of your "
                        "decision letter (Bescheid). You can find information in several languages at <a "
                        'href="https://www.rundfunkbeitrag.de">rundfunkbeitrag.de</a>.</p>',
                    ),
                ],
            },
            "gesundheit": {
                "title": "Health",
                "summary": (
                    "Health insurance, family doctor, on-call medical service 116117, emergency number "
                    "112 and interpreting: how to find medical help."
                ),
                "body": [
                    ("heading", "Health insurance (Krankenversicherung)"),
                    (
                        "paragraph",
                        "<p>In Germany, everyone must have health insurance. Most people are insured with a "
                        "statutory health insurance fund (gesetzliche Krankenkasse). You will receive a "
                        "<b>health insurance card (Gesundheitskarte)</b>. Bring the card to every doctor’s "
                        "appointment.</p><ul><li>If you work, your employer registers you with the health "
                        "insurance fund. You may choose the health insurance fund yourself.</li><li>If you "
                        "receive money from the Jobcenter, you are insured through the Jobcenter.</li><li>In "
                        "Schleswig-Holstein, asylum seekers usually also receive a health insurance card. "
                        "But in the first years, not all treatments and services are covered. Ask your "
                        "Sozialamt (social welfare office).</li></ul>",
                    ),
                    (
                        "note",
                        "This information does not replace personal advice. Every situation is different. "
                        "Please get advice from an advice centre.",
                    ),
                    ("heading", "Family doctor and specialists"),
                    (
                        "paragraph",
                        "<p>Find a <b>family doctor (Hausärztin or Hausarzt)</b> near you. Your family "
                        "doctor is the first place to go when you are ill. He or she sends you to "
                        "specialists with a referral (Überweisung), for example to an eye "
                        "doctor.</p><p>Always make an appointment, by phone or online. Be on time. If you "
                        "cannot come, cancel the appointment. The appointment service (Terminservicestelle) "
                        "on <b>116117</b> helps you find an appointment with a specialist. You get "
                        "prescription medicines (with a Rezept) at the pharmacy (Apotheke).</p>",
                    ),
                    ("heading", "At night, at weekends and in an emergency"),
                    (
                        "paragraph",
                        "<ul><li><b>112 – emergency number:</b> when a life is in danger, for example with "
                        "breathing problems, severe chest pain, serious accidents or unconsciousness. The "
                        "call is free of charge.</li><li><b>116117 – on-call medical service (Ärztlicher "
                        "Bereitschaftsdienst):</b> when the doctor’s practice is closed and it is not "
                        "life-threatening, for example with a high fever at the weekend. This number is also "
                        "free of charge.</li><li><b>Out-of-hours practices (Anlaufpraxen):</b> Near the "
                        "hospitals in Schleswig and Flensburg there are practices of the on-call service for "
                        "evenings and weekends.</li><li><b>Emergency pharmacy service "
                        "(Apotheken-Notdienst):</b> One pharmacy near you is always open. You can find this "
                        "information on the door of every pharmacy.</li></ul><p>More information: <a "
                        'href="https://www.116117.de">116117.de</a>.</p>',
                    ),
                    ("heading", "Interpreting at the doctor’s"),
                    (
                        "paragraph",
                        "<p>When you make the appointment, say which language you speak. Some practices "
                        "speak English or other languages. For appointments at the public health office "
                        "(Gesundheitsamt) and at advice centres, the district arranges language and "
                        "integration mediators. Sometimes video interpreting is also possible.</p><p>The "
                        "health insurance fund usually does not pay for interpreters. Ask an advice centre "
                        "who can cover the costs. Please do not let your children interpret for you at the "
                        "doctor’s.</p>",
                    ),
                    ("heading", "Mental health"),
                    (
                        "paragraph",
                        "<p>Many people have experienced war, violence or a difficult escape. Sleep "
                        "problems, fear or sadness are common afterwards. You are not alone with this, and "
                        "there is help.</p><p>Talk to your family doctor. The social psychiatric service "
                        "(Sozialpsychiatrischer Dienst) of the public health office gives advice free of "
                        "charge and confidentially. In Schleswig-Holstein there are also psychosocial "
                        "centres for refugees (Psychosoziale Zentren).</p>",
                    ),
                ],
            },
            "notfall": {
                "title": "Emergency",
                "summary": (
                    "Important numbers: police 110, fire brigade and ambulance 112, on-call medical "
                    "service 116117 and free helplines."
                ),
                "body": [
                    ("heading", "Emergency numbers"),
                    (
                        "paragraph",
                        "<ul><li><b><a href='tel:112'>112</a>:</b> fire brigade and ambulance</li><li><b><a "
                        "href='tel:110'>110</a>:</b> "
                        "police</li><li><b><a href='tel:116117'>116117</a>:</b> on-call medical service</li><li><b><a "
                        "href='tel:055119240'>0551 19240</a>:</b> "
                        "Poison Information Centre North (Giftinformationszentrum Nord), if someone has "
                        "eaten or drunk something poisonous</li><li><b><a href='tel:116016'>116 016</a>:</b> helpline "
                        "“Violence "
                        "against Women”, in many languages</li><li><b><a href='tel:116111'>116 111</a>:</b> Nummer "
                        "gegen Kummer, "
                        "helpline for children and young people</li><li><b><a href='tel:08001110111'>0800 111 0 "
                        "111</a>:</b> telephone "
                        "counselling (Telefonseelsorge)</li></ul><p>The emergency numbers 110 and 112 are "
                        "free of charge. They also work from a mobile phone without credit.</p>",
                    ),
                    (
                        "note",
                        "In an emergency, always call 112 or 110 first. This page does not replace personal "
                        "advice or medical help.",
                    ),
                    ("heading", "How to make an emergency call"),
                    (
                        "paragraph",
                        "<p>Stay calm and answer the questions:</p><ol><li><b>Where</b> did it happen? Say "
                        "the place, the street and the house number.</li><li><b>What</b> "
                        "happened?</li><li><b>How many</b> people are injured or ill?</li><li><b>Wait</b> "
                        "for questions. Do not hang up yourself.</li></ol><p>If you speak little German: "
                        "first say the address and your language. People who cannot hear or speak well can "
                        "make an emergency call with the official emergency app “nora”.</p>",
                    ),
                    ("heading", "Violence and threats"),
                    (
                        "paragraph",
                        "<p>Violence is forbidden in Germany – also in the family. If you are threatened, "
                        "call the police on 110. The police can order the violent person to leave the "
                        "home.</p><p>Women and their children can find protection in a women’s shelter "
                        "(Frauenhaus). The helpline 116 016 helps you find a place, day and night. Children "
                        "and young people can also contact the youth welfare office (Jugendamt) "
                        "themselves.</p>",
                    ),
                    ("heading", "Fire, storms and flooding"),
                    (
                        "paragraph",
                        "<p>In Schleswig-Holstein, every home must have a <b>smoke alarm (Rauchmelder)</b> "
                        "in bedrooms, children’s rooms and hallways. If it beeps, leave the home immediately "
                        "and call 112.</p><p>On the Baltic Sea and the Schlei there can be flooding during "
                        "storms. You receive warnings through the warning app NINA and by message on your "
                        "mobile phone (Cell Broadcast). Follow the instructions of the fire brigade and the "
                        "police.</p>",
                    ),
                ],
            },
        },
        "participation_note": (
            "The district of Schleswig-Flensburg is updating its integration concept "
            "(Integrationskonzept) and invites everyone to comment on the draft. The texts are "
            "in German, but you can write your comment in any language – including English. To "
            "comment, you need a name or a pseudonym and an e-mail address, to which we send a "
            "confirmation link; your e-mail address is never shown."
        ),
    },
    "ar": {
        "home": {
            "title": "أهلاً وسهلاً بكم في مقاطعة شليسفيغ-فلنسبورغ",
            "intro": (
                "<p>أهلاً وسهلاً بكم في مقاطعة شليسفيغ-فلنسبورغ (Kreis Schleswig-Flensburg)! تقع "
                "مقاطعتنا في أقصى شمال ألمانيا، بين بحر البلطيق وخليج شلاي (Schlei) والحدود مع "
                "الدنمارك. يعيش هنا نحو 200 ألف شخص – في مدن مثل شليسفيغ وكابلن وغلوكسبورغ، وفي كثير "
                "من القرى الصغيرة.</p><p>تجدون في هذه الصفحات معلومات بسيطة للفترة الأولى: عن "
                "الاستشارة، ودورات اللغة، وروضة الأطفال والمدرسة، والعمل، والسكن، والصحة، والحياة "
                "اليومية. هذه المعلومات لا تغني عن الاستشارة الشخصية. يسعد مراكز الاستشارة في "
                "المقاطعة أن تساعدكم – مجاناً وبسرية تامة.</p>"
            ),
        },
        "topics": {
            "ankommen": {
                "title": "الوصول",
                "summary": (
                    "الخطوات الأولى بعد الانتقال: تسجيل السكن، وتسوية الإقامة، والحساب البنكي والتأمين، "
                    "والوثائق المهمة."
                ),
                "body": [
                    ("heading", "الأسابيع الأولى"),
                    (
                        "paragraph",
                        "<p>أنتم جدد في مقاطعة شليسفيغ-فلنسبورغ. في البداية هناك مواعيد ونماذج كثيرة. هذا "
                        "أمر طبيعي. اكتبوا قائمة، وأنجزوا كل شيء خطوة بخطوة.</p><p>احتفظوا جيداً بكل الرسائل "
                        "التي تصلكم من الدوائر الرسمية. كثير من الرسائل لها <b>مهلة (Frist)</b>. هذا يعني: "
                        "يجب أن تردوا حتى يوم محدد. إذا لم تفهموا رسالة ما، فاذهبوا إلى مركز استشارة.</p>",
                    ),
                    (
                        "note",
                        "هذه المعلومات لا تغني عن الاستشارة الشخصية. كل حالة تختلف عن غيرها. يرجى طلب "
                        "الاستشارة من أحد مراكز الاستشارة.",
                    ),
                    ("heading", "تسجيل السكن (Anmeldung)"),
                    (
                        "paragraph",
                        "<p>يجب أن تسجلوا مسكنكم خلال <b>أسبوعين</b> من الانتقال إليه. تقومون بذلك في مكتب "
                        "خدمة المواطنين (Bürgerbüro)، أي مكتب تسجيل السكان (Einwohnermeldeamt)، التابع "
                        "لإدارتكم المحلية (Amt) أو لمدينتكم. أحضروا معكم:</p><ul><li>جواز سفركم أو وثيقة "
                        "هوية أخرى</li><li>تأكيد المؤجِّر (Wohnungsgeberbestätigung) – تحصلون عليه من مؤجِّر "
                        "المسكن</li><li>سند الإقامة (Aufenthaltstitel)، إذا كان لديكم</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>ستحصلون على شهادة تسجيل السكن (Meldebescheinigung). احتفظوا بها جيداً. بعد بضعة "
                        "أسابيع يرسل إليكم المكتب الاتحادي المركزي للضرائب (Bundeszentralamt für Steuern) "
                        "<b>رقم التعريف الضريبي (Steuer-Identifikationsnummer)</b> بالبريد. تحتاجون هذا "
                        "الرقم من أجل العمل.</p>",
                    ),
                    ("heading", "تسوية الإقامة"),
                    (
                        "paragraph",
                        "<p>دائرة الأجانب (Ausländerbehörde) في المقاطعة هي المسؤولة عن سندات الإقامة. وهي "
                        "تساعد أيضاً في الأسئلة المتعلقة بتصريح العمل وبشرط السكن في مكان محدد "
                        "(Wohnsitzauflage). يرجى دائماً حجز موعد.</p><p>لسند إقامتكم تاريخ انتهاء. قدموا طلب "
                        "التمديد مبكراً، والأفضل <b>قبل ثمانية أسابيع</b>. لا يحتاج الأشخاص القادمون من "
                        "الاتحاد الأوروبي إلى سند إقامة. لكن يجب عليهم أيضاً تسجيل السكن.</p>",
                    ),
                    ("heading", "الحساب البنكي والتأمين والهاتف"),
                    (
                        "paragraph",
                        "<ul><li><b>الحساب الجاري (Girokonto):</b> لكل إنسان في ألمانيا الحق في حساب أساسي "
                        "(Basiskonto). تحتاجون إلى حساب من أجل الأجر والإيجار والمساعدات التي تقدمها الدوائر "
                        "الرسمية.</li><li><b>التأمين الصحي (Krankenversicherung):</b> هو إلزامي في ألمانيا. "
                        "اقرؤوا المزيد عنه في موضوع الصحة.</li><li><b>تأمين المسؤولية المدنية "
                        "(Haftpflichtversicherung):</b> ليس إلزامياً، لكنه مفيد جداً. يدفع هذا التأمين إذا "
                        "أتلفتم شيئاً عن غير قصد.</li><li><b>الهاتف المحمول:</b> لا توقعوا عقداً طويلاً لا "
                        "تفهمونه. في البداية تكون بطاقة الدفع المسبق (Prepaid) أفضل في أغلب "
                        "الأحيان.</li></ul>",
                    ),
                    ("heading", "الوثائق المهمة"),
                    (
                        "paragraph",
                        "<p>خصصوا ملفاً لجواز السفر وسند الإقامة وشهادة تسجيل السكن والشهادات الدراسية "
                        "والمهنية والعقود. اصنعوا نسخاً أو صوراً لكل الوثائق المهمة. لا تسلموا الوثائق "
                        "الأصلية إلا إذا طلبتها دائرة رسمية، واطلبوا إيصالاً بالاستلام.</p><p>غالباً يجب "
                        "ترجمة الشهادات والوثائق الرسمية الصادرة في الخارج. وفي الغالب لا تقبل الدوائر "
                        "الرسمية إلا الترجمات التي يقوم بها مترجمون محلَّفون أو معتمدون.</p>",
                    ),
                ],
            },
            "beratung-und-hilfe": {
                "title": "الاستشارة والمساعدة",
                "summary": (
                    "استشارة مجانية للمهاجرين: استشارة الهجرة، وخدمة هجرة الشباب، والمرشدون المتطوعون، "
                    "والمساعدة في الترجمة."
                ),
                "body": [
                    ("heading", "من يقدم لكم الاستشارة؟"),
                    (
                        "paragraph",
                        "<p>توجد في المقاطعة عدة مراكز استشارة للمهاجرين. الاستشارة <b>مجانية</b> "
                        "و<b>سرية</b>. المستشارات والمستشارون ملزمون بكتمان السر. يمكنكم أن تصطحبوا معكم "
                        "شخصاً تثقون به.</p><ul><li><b>استشارة الهجرة للمهاجرين البالغين (Migrationsberatung "
                        "für erwachsene Zuwanderer, MBE):</b> للأشخاص من عمر 27 سنة فما فوق</li><li><b>خدمة "
                        "هجرة الشباب (Jugendmigrationsdienst, JMD):</b> للشباب من عمر 12 إلى 27 "
                        "سنة</li><li><b>استشارة اللاجئين لدى جمعيات الرعاية الاجتماعية (Flüchtlingsberatung "
                        "der Wohlfahrtsverbände):</b> للأشخاص الذين هم في إجراءات اللجوء، وللأشخاص الحاصلين "
                        "على وثيقة التسامح (Duldung، أي تعليق الترحيل مؤقتاً)</li></ul>",
                    ),
                    (
                        "note",
                        "هذه المعلومات لا تغني عن الاستشارة الشخصية. كل حالة تختلف عن غيرها. يرجى طلب "
                        "الاستشارة من أحد مراكز الاستشارة.",
                    ),
                    ("heading", "في ماذا تساعدكم الاستشارة؟"),
                    (
                        "paragraph",
                        "<ul><li>فهم رسائل الدوائر الرسمية والرد عليها</li><li>تقديم الطلبات، مثلاً لإعانة "
                        "الأطفال (Kindergeld) أو لإعانة السكن (Wohngeld)</li><li>إيجاد دورة "
                        "لغة</li><li>الأسئلة المتعلقة بالإقامة ولمّ شمل الأسرة والعمل</li><li>المشاكل في "
                        "الأسرة أو مع المال أو مع الديون</li></ul><p>إذا لم يستطع مركز الاستشارة نفسه أن "
                        "يساعدكم، فإنه يدلّكم على الجهة المناسبة.</p>",
                    ),
                    ("heading", "المرشدات والمرشدون المتطوعون (Lotsinnen und Lotsen)"),
                    (
                        "paragraph",
                        "<p>في كثير من البلديات يساعد متطوعون. يرافقونكم إلى المواعيد، ويتدربون معكم على "
                        "اللغة الألمانية، ويعرّفونكم على المكان. هذه المساعدة تطوعية ومجانية.</p><p>لا يحق "
                        "للمتطوعين تقديم استشارة قانونية. إذا كانت لديكم أسئلة عن الإقامة أو اللجوء، فاذهبوا "
                        "من فضلكم إلى مركز استشارة. يمكنكم التواصل مع المرشدين المتطوعين عن طريق مكتب تنسيق "
                        "العمل التطوعي (Koordinierungsstelle Ehrenamt) أو عن طريق إدارتكم المحلية (Amt).</p>",
                    ),
                    ("heading", "الترجمة الفورية"),
                    (
                        "paragraph",
                        "<p>في المحادثات المهمة يحق لكم غالباً الحصول على مترجمة أو مترجم فوري. اسألوا عن "
                        "ذلك قبل الموعد. لدى المقاطعة مجموعة من الوسطاء اللغويين ووسطاء الاندماج (Sprach- "
                        "und Integrationsmittler) للمحادثات في الدوائر الرسمية ورياض الأطفال "
                        "والمدارس.</p><p>من فضلكم لا تجعلوا أطفالكم يترجمون لكم. كثير من المواضيع صعبة جداً "
                        "أو مرهقة جداً للأطفال.</p>",
                    ),
                    ("heading", "مساعدة سريعة في الأزمات"),
                    (
                        "paragraph",
                        "<ul><li><b>طوارئ الشرطة:</b> 110</li><li><b>الإطفاء والإسعاف:</b> "
                        "112</li><li><b>هاتف المساعدة لمواجهة العنف ضد المرأة (Hilfetelefon Gewalt gegen "
                        "Frauen):</b> 116 016 – مجاني، ليلاً ونهاراً، وبلغات كثيرة</li><li><b>الدعم النفسي "
                        "عبر الهاتف (Telefonseelsorge):</b> 0800 111 0 111 – مجاني، ليلاً ونهاراً</li></ul>",
                    ),
                ],
            },
            "sprache-lernen": {
                "title": "تعلّم اللغة",
                "summary": (
                    "دورة الاندماج، ودورة اللغة المهنية، ومقهى اللغة: هكذا تتعلمون الألمانية في مقاطعة "
                    "شليسفيغ-فلنسبورغ – حتى مع أطفال صغار."
                ),
                "body": [
                    ("heading", "دورة الاندماج (Integrationskurs)"),
                    (
                        "paragraph",
                        "<p>لدورة الاندماج جزءان: <b>دورة لغة</b> و<b>دورة توجيه</b>. في الغالب تتكون دورة "
                        "اللغة من 600 حصة دراسية. في دورة التوجيه (100 حصة) تتعلمون عن التاريخ والسياسة "
                        "والقيم في ألمانيا.</p><p>في النهاية تقدمون امتحانين: „اختبار اللغة الألمانية "
                        "للمهاجرين“ (Deutsch-Test für Zuwanderer، والهدف: المستوى B1) واختبار „الحياة في "
                        "ألمانيا“ (Leben in Deutschland). ينظم هذه الدورات المكتب الاتحادي للهجرة واللاجئين "
                        "(Bundesamt für Migration und Flüchtlinge, BAMF).</p>",
                    ),
                    (
                        "paragraph",
                        "<p>توجد دورات خاصة، مثلاً:</p><ul><li>دورات محو الأمية (Alphabetisierungskurse) "
                        "للأشخاص الذين لا يستطيعون القراءة والكتابة، أو لا يستطيعون القراءة والكتابة بالحروف "
                        "اللاتينية</li><li>دورات للآباء والأمهات ودورات للنساء، في أوقات "
                        "مناسبة</li><li>دورات اندماج للشباب حتى عمر 27 سنة</li><li>دورات مكثفة للأشخاص الذين "
                        "يتعلمون بسرعة</li></ul>",
                    ),
                    ("heading", "شهادة الأحقية (Berechtigungsschein) والتسجيل"),
                    (
                        "paragraph",
                        "<p>يحصل كثير من الناس مع سند الإقامة على <b>شهادة أحقية (Berechtigungsschein)</b> "
                        "من دائرة الأجانب (Ausländerbehörde). وبعض الناس ملزمون بحضور الدورة، مثلاً إذا طلب "
                        "مركز العمل (Jobcenter) ذلك. إذا لم تكن لديكم هذه الشهادة، يمكنكم تقديم طلب قبول لدى "
                        "المكتب الاتحادي للهجرة واللاجئين (BAMF). هذا ينطبق مثلاً على الأشخاص القادمين من "
                        "الاتحاد الأوروبي.</p><p>بهذه الشهادة تذهبون إلى جهة تقدم الدورات، مثلاً الجامعة "
                        "الشعبية (Volkshochschule). هناك تقدمون اختبار تحديد المستوى. بعد ذلك تحصلون على "
                        "مكان في دورة مناسبة. تجدون مزيداً من المعلومات لدى <a "
                        'href="https://www.bamf.de">المكتب الاتحادي للهجرة واللاجئين</a>.</p>',
                    ),
                    (
                        "paragraph",
                        "<p>تدفعون مبلغاً صغيراً عن كل حصة دراسية. إذا كنتم تحصلون على مساعدات من مركز العمل "
                        "(Jobcenter) أو من مكتب الشؤون الاجتماعية (Sozialamt)، يمكن إعفاؤكم من الدفع. إذا "
                        "كان مكان الدورة بعيداً، توجد بشروط معينة مساعدة في تكاليف المواصلات. اسألوا الجهة "
                        "التي تقدم الدورة.</p>",
                    ),
                    (
                        "note",
                        "اسألوا دائماً أولاً إن كان يمكنكم الحصول على شهادة أحقية. هذه المعلومات لا تغني عن "
                        "الاستشارة الشخصية – تساعدكم استشارة الهجرة (Migrationsberatung) في تقديم الطلب.",
                    ),
                    ("heading", "رعاية الأطفال أثناء الدورة"),
                    (
                        "paragraph",
                        "<p>هل لديكم أطفال صغار وليس لديكم بعدُ مكان في روضة الأطفال (Kita)؟ بعض الجهات التي "
                        "تقدم الدورات توفر <b>رعاية للأطفال أثناء الدورة</b>. أخبروهم عند التسجيل أن لديكم "
                        "أطفالاً. دورات الآباء والأمهات ودورات النساء تكون غالباً في الصباح، عندما يكون "
                        "الأطفال الأكبر سناً في المدرسة.</p><p>ومع ذلك سجّلوا طفلكم مبكراً للحصول على مكان "
                        "في روضة الأطفال. اقرؤوا المزيد عن ذلك في موضوع „الأطفال والشباب والأسرة“.</p>",
                    ),
                    ("heading", "اللغة الألمانية للعمل"),
                    (
                        "paragraph",
                        "<p>بعد دورة الاندماج يمكنكم حضور <b>دورة اللغة المهنية (Berufssprachkurs)</b>. فيها "
                        "تتعلمون الألمانية للعمل، مثلاً حتى المستوى B2 أو C1. توجد أيضاً دورات لمهن معينة، "
                        "مثلاً في مجال التمريض والرعاية. في الغالب يرسلكم إلى الدورة مركز العمل (Jobcenter) "
                        "أو وكالة العمل (Agentur für Arbeit). إذا كنتم تعملون بالفعل، يمكنكم التوجه مباشرة "
                        "إلى الجهة التي تقدم الدورة.</p>",
                    ),
                    ("heading", "مقاهي اللغة والتعلّم في الحياة اليومية"),
                    (
                        "paragraph",
                        "<p>توجد مقاهي لغة (Sprachcafés) في هاريسلي وزودربراروب وكابلن وزاتروب. هناك تتحدثون "
                        "الألمانية مع متطوعين ومع متعلمين آخرين. هذا مجاني، ولا يلزم التسجيل.</p><p>المكتبات "
                        "العامة والمكتبة المتنقلة (Fahrbücherei) تساعد أيضاً: فيها كتب بلغة ألمانية بسيطة "
                        "وكتب للأطفال بعدة لغات. يمكنكم التعلم عبر الإنترنت مجاناً في <a "
                        'href="https://www.vhs-lernportal.de">بوابة التعلم vhs-Lernportal</a>.</p>',
                    ),
                ],
            },
            "wohnen": {
                "title": "السكن",
                "summary": (
                    "إيجاد مسكن، وشهادة أحقية السكن (WBS)، وعقد الإيجار والكفالة، وفرز النفايات، ورسوم "
                    "البث: أهم المعلومات عن السكن."
                ),
                "body": [
                    ("heading", "إيجاد مسكن"),
                    (
                        "paragraph",
                        "<p>المساكن ذات الأسعار المقبولة قليلة في المقاطعة، خاصة في شليسفيغ وبالقرب من "
                        "فلنسبورغ. ابحثوا بطرق كثيرة: في مواقع الإنترنت، وفي الجريدة، ولدى جمعيات الإسكان "
                        "التعاونية (Wohnungsbaugenossenschaften)، ومن خلال الإعلانات المعلقة في السوبرماركت. "
                        "أخبروا أيضاً جيرانكم وزملاءكم أنكم تبحثون عن مسكن.</p><p><b>مهم:</b> هل تحصلون على "
                        "مال من مركز العمل (Jobcenter) أو من مكتب الشؤون الاجتماعية (Sozialamt)؟ إذن اعرضوا "
                        "عرض المسكن هناك <b>قبل</b> أن توقعوا عقد الإيجار. فالدائرة لا تدفع الإيجار إلا حتى "
                        "مبلغ محدد.</p>",
                    ),
                    (
                        "note",
                        "هذه المعلومات لا تغني عن الاستشارة الشخصية. كل حالة تختلف عن غيرها. يرجى طلب "
                        "الاستشارة من أحد مراكز الاستشارة.",
                    ),
                    ("heading", "شهادة أحقية السكن (Wohnberechtigungsschein, WBS)"),
                    (
                        "paragraph",
                        "<p>للحصول على مسكن مدعوم (سكن اجتماعي، Sozialwohnung) تحتاجون إلى <b>شهادة أحقية "
                        "السكن (Wohnberechtigungsschein)</b>. تحصلون عليها إذا كان دخلكم أقل من حد معين. "
                        "تقدمون الطلب لدى إدارتكم المحلية (Amt) أو لدى مدينتكم.</p><p>أحضروا معكم بطاقة "
                        "الهوية وسند الإقامة وإثباتات دخل جميع الأشخاص الذين يعيشون في المسكن. في الغالب "
                        "تكون الشهادة صالحة لمدة سنة واحدة.</p>",
                    ),
                    ("heading", "عقد الإيجار والكفالة"),
                    (
                        "paragraph",
                        "<p>اقرؤوا عقد الإيجار (Mietvertrag) بدقة قبل أن توقعوه. انتبهوا إلى هذه "
                        "الكلمات:</p><ul><li><b>Kaltmiete (الإيجار البارد):</b> إيجار المسكن "
                        "وحده</li><li><b>Nebenkosten (التكاليف الإضافية):</b> مثلاً الماء والنفايات "
                        "والبوّاب</li><li><b>Warmmiete (الإيجار الدافئ):</b> الإيجار البارد مع التكاليف "
                        "الإضافية والتدفئة</li></ul><p>تبلغ <b>الكفالة (Kaution)</b> ثلاثة أضعاف الإيجار "
                        "البارد الشهري كحد أقصى. يحق لكم دفعها على ثلاث دفعات. يمكن لمركز العمل (Jobcenter) "
                        "أن يدفع الكفالة كقرض. عند الانتقال إلى المسكن التقطوا صوراً واكتبوا محضراً "
                        "(Protokoll) عن حالة المسكن.</p>",
                    ),
                    ("heading", "العيش معاً بشكل جيد"),
                    (
                        "paragraph",
                        "<ul><li><b>أوقات الهدوء (Ruhezeiten):</b> في الغالب يجب الحفاظ على الهدوء من الساعة "
                        "22:00 حتى الساعة 6:00 ويوم الأحد. هذا مكتوب في نظام المبنى "
                        "(Hausordnung).</li><li><b>التهوية:</b> افتحوا النوافذ بالكامل لبضع دقائق مرتين إلى "
                        "ثلاث مرات في اليوم. هكذا لا يتكوّن العفن.</li><li><b>التدفئة:</b> لا تتركوا الغرف "
                        "تبرد تماماً في الشتاء.</li><li><b>الكهرباء والغاز:</b> تدفعون كل شهر دفعة مسبقة "
                        "(Abschlag). ومرة في السنة تصلكم فاتورة التسوية (Abrechnung).</li></ul>",
                    ),
                    ("heading", "فرز النفايات بشكل صحيح"),
                    (
                        "paragraph",
                        "<p>في ألمانيا تُفرز النفايات. قد تختلف ألوان الحاويات من بلدية إلى "
                        "أخرى.</p><ul><li><b>النفايات المتبقية (Restmüll):</b> كل ما لا ينتمي إلى الحاويات "
                        "الأخرى</li><li><b>الحاوية العضوية (Biotonne):</b> بقايا الطعام، وقشور الفواكه "
                        "والخضروات، ونفايات الحديقة</li><li><b>الكيس الأصفر أو الحاوية الصفراء (Gelber Sack, "
                        "Gelbe Tonne):</b> العبوات المصنوعة من البلاستيك والمعدن</li><li><b>حاوية الورق "
                        "(Papiertonne):</b> الورق والجرائد والكراتين</li><li><b>حاوية الزجاج "
                        "(Glascontainer):</b> الزجاجات والمرطبانات، مفروزة حسب اللون: أبيض وأخضر "
                        "وبني</li></ul><p>خذوا النفايات الكبيرة (Sperrmüll) والأجهزة الكهربائية والبطاريات "
                        "إلى مركز إعادة التدوير (Recyclinghof)، أو اطلبوا موعداً لاستلامها. مواعيد جمع "
                        "النفايات مكتوبة في تقويم النفايات (Abfallkalender) الخاص ببلديتكم.</p>",
                    ),
                    ("heading", "رسوم البث الإذاعي والتلفزيوني (Rundfunkbeitrag)"),
                    (
                        "paragraph",
                        "<p>يجب دفع <b>رسوم البث (Rundfunkbeitrag)</b> عن كل مسكن – حتى لو لم يكن لديكم "
                        "تلفاز. ستصلكم رسالة من „ARD ZDF Deutschlandradio Beitragsservice“. هذه الرسالة "
                        "حقيقية. من فضلكم لا تتجاهلوها.</p><p>إذا كنتم تحصلون على الضمان الأساسي "
                        "(Grundsicherung) أو المساعدة الاجتماعية (Sozialhilfe) أو مساعدات بموجب قانون "
                        "مساعدات طالبي اللجوء (Asylbewerberleistungsgesetz)، يمكن إعفاؤكم. أرسلوا لهذا الغرض "
                        "نسخة من قرار المساعدة (Bescheid). تجدون معلومات بعدة لغات على <a "
                        'href="https://www.rundfunkbeitrag.de">rundfunkbeitrag.de</a>.</p>',
                    ),
                ],
            },
            "gesundheit": {
                "title": "الصحة",
                "summary": (
                    "التأمين الصحي، وطبيب العائلة، والطبيب المناوب 116117، ورقم الطوارئ 112، والترجمة: "
                    "هكذا تجدون المساعدة الطبية."
                ),
                "body": [
                    ("heading", "التأمين الصحي (Krankenversicherung)"),
                    (
                        "paragraph",
                        "<p>في ألمانيا يجب أن يكون لكل إنسان تأمين صحي. معظم الناس مؤمَّنون لدى صندوق تأمين "
                        "صحي قانوني (gesetzliche Krankenkasse). تحصلون على <b>بطاقة التأمين الصحي "
                        "(Gesundheitskarte)</b>. أحضروا البطاقة معكم في كل زيارة للطبيب.</p><ul><li>إذا كنتم "
                        "تعملون، يسجلكم صاحب العمل لدى صندوق التأمين الصحي. ويحق لكم أن تختاروا صندوق "
                        "التأمين الصحي بأنفسكم.</li><li>إذا كنتم تحصلون على مال من مركز العمل (Jobcenter)، "
                        "فأنتم مؤمَّنون عن طريق مركز العمل.</li><li>طالبو اللجوء في ولاية شليسفيغ-هولشتاين "
                        "يحصلون في العادة أيضاً على بطاقة تأمين صحي. لكن في السنوات الأولى لا تُغطّى كل "
                        "الخدمات. اسألوا مكتب الشؤون الاجتماعية (Sozialamt).</li></ul>",
                    ),
                    (
                        "note",
                        "هذه المعلومات لا تغني عن الاستشارة الشخصية. كل حالة تختلف عن غيرها. يرجى طلب "
                        "الاستشارة من أحد مراكز الاستشارة.",
                    ),
                    ("heading", "طبيب العائلة والأطباء المختصون"),
                    (
                        "paragraph",
                        "<p>ابحثوا عن <b>طبيبة أو طبيب عائلة (Hausärztin oder Hausarzt)</b> قريب منكم. طبيب "
                        "العائلة هو أول من تذهبون إليه عندما تمرضون. وهو يحوّلكم بورقة تحويل (Überweisung) "
                        "إلى الأطباء المختصين، مثلاً إلى طبيب العيون.</p><p>احجزوا دائماً موعداً، بالهاتف أو "
                        "عبر الإنترنت. تعالوا في الوقت المحدد. إذا لم تستطيعوا الحضور، فألغوا الموعد. "
                        "يساعدكم مكتب خدمة المواعيد (Terminservicestelle) على الرقم <b>116117</b> في إيجاد "
                        "موعد لدى طبيب مختص. تحصلون على الأدوية التي تحتاج إلى وصفة طبية (Rezept) من "
                        "الصيدلية (Apotheke).</p>",
                    ),
                    ("heading", "في الليل وفي عطلة نهاية الأسبوع وفي حالات الطوارئ"),
                    (
                        "paragraph",
                        "<ul><li><b>112 – رقم الطوارئ:</b> عند الخطر على الحياة، مثلاً عند ضيق التنفس، أو "
                        "ألم شديد في الصدر، أو حوادث خطيرة، أو فقدان الوعي. الاتصال مجاني.</li><li><b>116117 "
                        "– خدمة الطبيب المناوب (Ärztlicher Bereitschaftsdienst):</b> عندما تكون العيادة "
                        "مغلقة ولا يوجد خطر على الحياة، مثلاً عند ارتفاع شديد في الحرارة في عطلة نهاية "
                        "الأسبوع. هذا الرقم مجاني أيضاً.</li><li><b>عيادات المناوبة (Anlaufpraxen):</b> "
                        "بالقرب من المستشفيات في شليسفيغ وفلنسبورغ توجد عيادات لخدمة المناوبة في المساء وفي "
                        "عطلة نهاية الأسبوع.</li><li><b>الصيدلية المناوبة (Apotheken-Notdienst):</b> توجد "
                        "دائماً صيدلية مفتوحة قريبة منكم. تجدون هذه المعلومة على باب كل "
                        "صيدلية.</li></ul><p>مزيد من المعلومات: <a "
                        'href="https://www.116117.de">116117.de</a>.</p>',
                    ),
                    ("heading", "الترجمة عند الطبيب"),
                    (
                        "paragraph",
                        "<p>قولوا عند حجز الموعد ما هي اللغة التي تتحدثونها. في بعض العيادات يتحدثون "
                        "الإنجليزية أو لغات أخرى. للمواعيد في دائرة الصحة (Gesundheitsamt) وفي مراكز "
                        "الاستشارة توفر المقاطعة وسطاء لغويين ووسطاء اندماج. وأحياناً تكون الترجمة عبر "
                        "الفيديو ممكنة أيضاً.</p><p>في الغالب لا يدفع صندوق التأمين الصحي تكاليف المترجمين. "
                        "اسألوا في مركز استشارة عن الجهة التي يمكنها تحمّل التكاليف. من فضلكم لا تجعلوا "
                        "أطفالكم يترجمون لكم عند الطبيب.</p>",
                    ),
                    ("heading", "الصحة النفسية"),
                    (
                        "paragraph",
                        "<p>عاش كثير من الناس الحرب أو العنف أو رحلة هروب صعبة. بعد ذلك تكثر مشاكل النوم أو "
                        "الخوف أو الحزن. لستم وحدكم في هذا، وتوجد مساعدة.</p><p>تحدثوا مع طبيب العائلة. تقدم "
                        "الخدمة النفسية الاجتماعية (Sozialpsychiatrischer Dienst) التابعة لدائرة الصحة "
                        "استشارة مجانية وسرية. وفي ولاية شليسفيغ-هولشتاين توجد أيضاً مراكز نفسية اجتماعية "
                        "للاجئين (Psychosoziale Zentren).</p>",
                    ),
                ],
            },
            "notfall": {
                "title": "الطوارئ",
                "summary": (
                    "أرقام مهمة: الشرطة 110، والإطفاء والإسعاف 112، والطبيب المناوب 116117، وخطوط مساعدة هاتفية مجانية."
                ),
                "body": [
                    ("heading", "أرقام الطوارئ"),
                    (
                        "paragraph",
                        "<ul><li><b><a href='tel:112'>112</a>:</b> الإطفاء والإسعاف</li><li><b><a "
                        "href='tel:110'>110</a>:</b> "
                        "الشرطة</li><li><b><a href='tel:116117'>116117</a>:</b> خدمة الطبيب المناوب</li><li><b><a "
                        "href='tel:055119240'>0551 19240</a>:</b> مركز "
                        "معلومات السموم في الشمال (Giftinformationszentrum Nord)، إذا أكل شخص أو شرب شيئاً "
                        "ساماً</li><li><b><a href='tel:116016'>116 016</a>:</b> هاتف المساعدة لمواجهة العنف ضد المرأة، "
                        "بلغات "
                        "كثيرة</li><li><b><a href='tel:116111'>116 111</a>:</b> „رقم ضد الهموم“ (Nummer gegen Kummer) "
                        "للأطفال "
                        "والشباب</li><li><b><a href='tel:08001110111'>0800 111 0 111</a>:</b> الدعم النفسي عبر الهاتف "
                        "(Telefonseelsorge)</li></ul><p>رقما الطوارئ 110 و112 مجانيان. وهما يعملان أيضاً من "
                        "الهاتف المحمول بدون رصيد.</p>",
                    ),
                    (
                        "note",
                        "في حالة الطوارئ اتصلوا دائماً أولاً بالرقم 112 أو 110. هذه الصفحة لا تغني عن "
                        "الاستشارة الشخصية ولا عن المساعدة الطبية.",
                    ),
                    ("heading", "كيف تطلبون الطوارئ"),
                    (
                        "paragraph",
                        "<p>حافظوا على هدوئكم وأجيبوا عن الأسئلة:</p><ol><li><b>أين</b> حدث ذلك؟ اذكروا "
                        "المكان والشارع ورقم البيت.</li><li><b>ماذا</b> حدث؟</li><li><b>كم</b> عدد المصابين "
                        "أو المرضى؟</li><li><b>انتظروا</b> الأسئلة. لا تنهوا المكالمة "
                        "بأنفسكم.</li></ol><p>إذا كنتم تتحدثون القليل من الألمانية: قولوا أولاً العنوان "
                        "ولغتكم. الأشخاص الذين لا يستطيعون السمع أو الكلام جيداً يمكنهم طلب الطوارئ عبر "
                        "تطبيق الطوارئ الرسمي „nora“.</p>",
                    ),
                    ("heading", "العنف والتهديد"),
                    (
                        "paragraph",
                        "<p>العنف ممنوع في ألمانيا – داخل الأسرة أيضاً. إذا تعرضتم للتهديد، فاتصلوا بالشرطة "
                        "على الرقم 110. يمكن للشرطة أن تُخرج الشخص العنيف من المسكن.</p><p>تجد النساء "
                        "وأطفالهن الحماية في بيت حماية النساء (Frauenhaus). يساعدكم هاتف المساعدة 116 016 "
                        "ليلاً ونهاراً في إيجاد مكان. ويمكن للأطفال والشباب أيضاً أن يتوجهوا بأنفسهم إلى "
                        "مكتب رعاية الشباب (Jugendamt).</p>",
                    ),
                    ("heading", "الحريق والعواصف والفيضانات"),
                    (
                        "paragraph",
                        "<p>في ولاية شليسفيغ-هولشتاين يجب أن يكون في كل مسكن <b>جهاز إنذار للدخان "
                        "(Rauchmelder)</b>، في غرف النوم وغرف الأطفال والممرات. إذا أطلق الجهاز صفيراً، "
                        "فاتركوا المسكن فوراً واتصلوا بالرقم 112.</p><p>على ساحل بحر البلطيق وخليج شلاي قد "
                        "تحدث فيضانات عند العواصف. تصلكم التحذيرات عبر تطبيق التحذير NINA وعبر رسالة إلى "
                        "هاتفكم المحمول (Cell Broadcast). اتبعوا تعليمات الإطفاء والشرطة.</p>",
                    ),
                ],
            },
        },
        "participation_note": (
            "تعمل مقاطعة شليسفيغ-فلنسبورغ على تحديث مفهوم الاندماج (Integrationskonzept) الخاص "
            "بها، وتدعو الجميع إلى التعليق على المسودة. النصوص مكتوبة باللغة الألمانية، لكن "
            "يمكنكم كتابة تعليقكم بأي لغة، ومنها اللغة العربية. للتعليق تحتاجون إلى اسم أو اسم "
            "مستعار وإلى عنوان بريد إلكتروني نرسل إليه رابط تأكيد، ولا يُعرض عنوان بريدكم "
            "الإلكتروني أبداً."
        ),
    },
    "fa": {
        "home": {
            "title": "به ناحیه شلزویگ-فلنسبورگ خوش آمدید",
            "intro": (
                "<p>به ناحیه شلزویگ-فلنسبورگ (Kreis Schleswig-Flensburg) خیلی خوش آمدید! ناحیه ما در "
                "شمالی‌ترین بخش آلمان قرار دارد، میان دریای بالتیک، خلیج شلای (Schlei) و مرز "
                "دانمارک. حدود 200 هزار نفر در اینجا زندگی می‌کنند – در شهرهایی مانند شلزویگ، کاپلن "
                "و گلوکسبورگ و در بسیاری از روستاهای کوچک.</p><p>در این صفحه‌ها اطلاعات ساده‌ای برای "
                "روزهای اول پیدا می‌کنید: درباره مشاوره، کلاس‌های زبان، کودکستان و مدرسه، کار، مسکن، "
                "سلامت و زندگی روزمره. این اطلاعات جای مشاوره شخصی را نمی‌گیرد. مراکز مشاوره در "
                "ناحیه با کمال میل به شما کمک می‌کنند – رایگان و محرمانه.</p>"
            ),
        },
        "topics": {
            "ankommen": {
                "title": "رسیدن و شروع",
                "summary": (
                    "نخستین گام‌ها پس از نقل مکان: ثبت محل سکونت، روشن کردن وضعیت اقامت، حساب بانکی و بیمه، مدارک مهم."
                ),
                "body": [
                    ("heading", "هفته‌های اول"),
                    (
                        "paragraph",
                        "<p>شما تازه به ناحیه شلزویگ-فلنسبورگ آمده‌اید. در آغاز، وقت‌های ملاقات و فرم‌های "
                        "زیادی در پیش دارید. این عادی است. یک فهرست بنویسید و همه کارها را قدم به قدم انجام "
                        "دهید.</p><p>همه نامه‌های ادارات را به خوبی نگه دارید. بسیاری از نامه‌ها یک <b>مهلت "
                        "(Frist)</b> دارند. یعنی: شما باید تا یک روز مشخص پاسخ دهید. اگر نامه‌ای را "
                        "نمی‌فهمید، به یک مرکز مشاوره بروید.</p>",
                    ),
                    (
                        "note",
                        "این اطلاعات جای مشاوره شخصی را نمی‌گیرد. وضعیت هر کس متفاوت است. لطفاً از یک مرکز "
                        "مشاوره راهنمایی بگیرید.",
                    ),
                    ("heading", "ثبت محل سکونت (Anmeldung)"),
                    (
                        "paragraph",
                        "<p>شما باید محل سکونت خود را در مدت <b>دو هفته</b> پس از رفتن به خانه جدید ثبت "
                        "کنید. این کار را در دفتر خدمات شهروندی (Bürgerbüro)، یعنی اداره ثبت ساکنان "
                        "(Einwohnermeldeamt)، در اداره محلی (Amt) یا شهر خود انجام می‌دهید. این مدارک را "
                        "همراه بیاورید:</p><ul><li>پاسپورت یا یک مدرک شناسایی دیگر</li><li>تأییدیه صاحبخانه "
                        "(Wohnungsgeberbestätigung) – آن را از صاحبخانه خود می‌گیرید</li><li>اجازه اقامت "
                        "(Aufenthaltstitel)، اگر دارید</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>شما یک گواهی ثبت سکونت (Meldebescheinigung) دریافت می‌کنید. آن را به خوبی نگه "
                        "دارید. چند هفته بعد، اداره مرکزی فدرال مالیات (Bundeszentralamt für Steuern) "
                        "<b>شماره شناسایی مالیاتی (Steuer-Identifikationsnummer)</b> شما را با پست برایتان "
                        "می‌فرستد. شما این شماره را برای کار لازم دارید.</p>",
                    ),
                    ("heading", "روشن کردن وضعیت اقامت"),
                    (
                        "paragraph",
                        "<p>مسئول اجازه‌های اقامت، اداره اتباع خارجی (Ausländerbehörde) ناحیه است. این اداره "
                        "در پرسش‌های مربوط به اجازه کار و الزام به سکونت در محل معین (Wohnsitzauflage) نیز "
                        "کمک می‌کند. لطفاً همیشه وقت ملاقات بگیرید.</p><p>اجازه اقامت شما تاریخ انقضا دارد. "
                        "تمدید آن را زود درخواست کنید، بهتر است <b>هشت هفته پیش از آن</b>. کسانی که از "
                        "اتحادیه اروپا می‌آیند به اجازه اقامت نیاز ندارند. اما آنها هم باید محل سکونت خود را "
                        "ثبت کنند.</p>",
                    ),
                    ("heading", "حساب بانکی، بیمه و تلفن"),
                    (
                        "paragraph",
                        "<ul><li><b>حساب جاری (Girokonto):</b> هر انسانی در آلمان حق دارد یک حساب پایه "
                        "(Basiskonto) داشته باشد. شما برای دستمزد، اجاره خانه و کمک‌هزینه‌های ادارات به یک "
                        "حساب نیاز دارید.</li><li><b>بیمه درمانی (Krankenversicherung):</b> در آلمان اجباری "
                        "است. در این باره در موضوع «سلامت» بیشتر بخوانید.</li><li><b>بیمه مسئولیت "
                        "(Haftpflichtversicherung):</b> اجباری نیست، اما بسیار مفید است. اگر ناخواسته چیزی "
                        "را خراب کنید، این بیمه هزینه آن را می‌پردازد.</li><li><b>تلفن همراه:</b> قرارداد "
                        "طولانی‌ای را که نمی‌فهمید امضا نکنید. در آغاز، سیم‌کارت اعتباری (Prepaid) اغلب بهتر "
                        "است.</li></ul>",
                    ),
                    ("heading", "مدارک مهم"),
                    (
                        "paragraph",
                        "<p>یک پوشه برای پاسپورت، اجازه اقامت، گواهی ثبت سکونت، مدارک تحصیلی و کاری و "
                        "قراردادها درست کنید. از همه مدارک مهم کپی یا عکس بگیرید. اصل مدارک را فقط وقتی "
                        "تحویل دهید که یک اداره آن را بخواهد، و رسید بگیرید.</p><p>مدارک تحصیلی و اسناد رسمی "
                        "از خارج از کشور اغلب باید ترجمه شوند. ادارات معمولاً فقط ترجمه‌های مترجمان رسمی و "
                        "سوگندخورده را می‌پذیرند.</p>",
                    ),
                ],
            },
            "beratung-und-hilfe": {
                "title": "مشاوره و کمک",
                "summary": (
                    "مشاوره رایگان برای مهاجران: مشاوره مهاجرت، خدمات مهاجرت جوانان، راهنمایان داوطلب و کمک در ترجمه."
                ),
                "body": [
                    ("heading", "چه کسی به شما مشاوره می‌دهد؟"),
                    (
                        "paragraph",
                        "<p>در ناحیه چند مرکز مشاوره برای مهاجران وجود دارد. مشاوره <b>رایگان</b> و "
                        "<b>محرمانه</b> است. مشاوران موظف به رازداری هستند. می‌توانید یک فرد مورد اعتماد خود "
                        "را همراه بیاورید.</p><ul><li><b>مشاوره مهاجرت برای مهاجران بزرگسال "
                        "(Migrationsberatung für erwachsene Zuwanderer, MBE):</b> برای افراد از 27 سال به "
                        "بالا</li><li><b>خدمات مهاجرت جوانان (Jugendmigrationsdienst, JMD):</b> برای جوانان "
                        "12 تا 27 ساله</li><li><b>مشاوره پناهندگان در انجمن‌های رفاهی (Flüchtlingsberatung "
                        "der Wohlfahrtsverbände):</b> برای کسانی که در روند پناهندگی هستند و کسانی که "
                        "«دولدونگ» (Duldung، یعنی تعلیق موقت اخراج) دارند</li></ul>",
                    ),
                    (
                        "note",
                        "این اطلاعات جای مشاوره شخصی را نمی‌گیرد. وضعیت هر کس متفاوت است. لطفاً از یک مرکز "
                        "مشاوره راهنمایی بگیرید.",
                    ),
                    ("heading", "مشاوره در چه مواردی کمک می‌کند؟"),
                    (
                        "paragraph",
                        "<ul><li>فهمیدن نامه‌های ادارات و پاسخ دادن به آنها</li><li>نوشتن درخواست‌ها، برای "
                        "نمونه برای کمک‌هزینه فرزند (Kindergeld) یا کمک‌هزینه مسکن (Wohngeld)</li><li>پیدا "
                        "کردن کلاس زبان</li><li>پرسش‌ها درباره اقامت، پیوستن اعضای خانواده (Familiennachzug) "
                        "و کار</li><li>مشکلات در خانواده، با پول یا با بدهی</li></ul><p>اگر مرکز مشاوره خودش "
                        "نتواند کمک کند، یک مرکز مناسب را به شما معرفی می‌کند.</p>",
                    ),
                    ("heading", "راهنمایان داوطلب (Lotsinnen und Lotsen)"),
                    (
                        "paragraph",
                        "<p>در بسیاری از شهرها و روستاها داوطلبان کمک می‌کنند. آنها شما را در وقت‌های ملاقات "
                        "همراهی می‌کنند، با شما آلمانی تمرین می‌کنند و محل زندگی‌تان را به شما نشان می‌دهند. "
                        "این کمک داوطلبانه و رایگان است.</p><p>داوطلبان اجازه ندارند مشاوره حقوقی بدهند. "
                        "برای پرسش‌های مربوط به اقامت یا پناهندگی لطفاً به یک مرکز مشاوره بروید. برای تماس "
                        "با راهنمایان داوطلب می‌توانید به دفتر هماهنگی کار داوطلبانه (Koordinierungsstelle "
                        "Ehrenamt) یا به اداره محلی خود (Amt) مراجعه کنید.</p>",
                    ),
                    ("heading", "ترجمه شفاهی"),
                    (
                        "paragraph",
                        "<p>در گفتگوهای مهم اغلب حق دارید یک مترجم شفاهی داشته باشید. پیش از وقت ملاقات "
                        "درباره آن بپرسید. ناحیه گروهی از میانجی‌های زبانی و ادغام (Sprach- und "
                        "Integrationsmittler) برای گفتگو در ادارات، کودکستان‌ها و مدرسه‌ها دارد.</p><p>لطفاً "
                        "از فرزندان خود نخواهید که برایتان ترجمه کنند. بسیاری از موضوع‌ها برای کودکان بیش از "
                        "حد دشوار یا آزاردهنده است.</p>",
                    ),
                    ("heading", "کمک فوری در بحران"),
                    (
                        "paragraph",
                        "<ul><li><b>تلفن اضطراری پلیس:</b> 110</li><li><b>آتش‌نشانی و آمبولانس:</b> "
                        "112</li><li><b>تلفن کمک برای زنان در برابر خشونت (Hilfetelefon Gewalt gegen "
                        "Frauen):</b> 116 016 – رایگان، شبانه‌روزی، به زبان‌های بسیار</li><li><b>مشاوره "
                        "تلفنی روانی (Telefonseelsorge):</b> 0800 111 0 111 – رایگان، شبانه‌روزی</li></ul>",
                    ),
                ],
            },
            "sprache-lernen": {
                "title": "یادگیری زبان",
                "summary": (
                    "دوره ادغام، دوره زبان شغلی و کافه زبان: این گونه در ناحیه شلزویگ-فلنسبورگ آلمانی "
                    "یاد می‌گیرید – حتی با کودکان کوچک."
                ),
                "body": [
                    ("heading", "دوره ادغام (Integrationskurs)"),
                    (
                        "paragraph",
                        "<p>دوره ادغام دو بخش دارد: یک <b>دوره زبان</b> و یک <b>دوره آشنایی "
                        "(Orientierungskurs)</b>. دوره زبان معمولاً 600 ساعت درسی است. در دوره آشنایی (100 "
                        "ساعت) درباره تاریخ، سیاست و ارزش‌ها در آلمان یاد می‌گیرید.</p><p>در پایان دو امتحان "
                        "می‌دهید: «امتحان آلمانی برای مهاجران» (Deutsch-Test für Zuwanderer؛ هدف: سطح B1) و "
                        "امتحان «زندگی در آلمان» (Leben in Deutschland). این دوره‌ها را اداره فدرال مهاجرت و "
                        "پناهندگان (Bundesamt für Migration und Flüchtlinge, BAMF) سازمان‌دهی می‌کند.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>دوره‌های ویژه‌ای هم وجود دارد، برای نمونه:</p><ul><li>دوره‌های سوادآموزی "
                        "(Alphabetisierungskurse) برای کسانی که خواندن و نوشتن نمی‌دانند یا نمی‌توانند با خط "
                        "لاتین بخوانند و بنویسند</li><li>دوره‌های ویژه والدین و دوره‌های ویژه زنان با "
                        "ساعت‌های مناسب</li><li>دوره‌های ادغام جوانان برای جوانان تا 27 سال</li><li>دوره‌های "
                        "فشرده برای کسانی که سریع یاد می‌گیرند</li></ul>",
                    ),
                    ("heading", "برگه مجوز شرکت (Berechtigungsschein) و ثبت‌نام"),
                    (
                        "paragraph",
                        "<p>بسیاری از افراد همراه با اجازه اقامت یک <b>برگه مجوز شرکت "
                        "(Berechtigungsschein)</b> از اداره اتباع خارجی (Ausländerbehörde) دریافت می‌کنند. "
                        "برخی باید در دوره شرکت کنند، برای نمونه اگر جاب‌سنتر (Jobcenter) این را بخواهد. اگر "
                        "برگه مجوز ندارید، می‌توانید از BAMF درخواست پذیرش کنید. این، برای نمونه، درباره "
                        "کسانی است که از اتحادیه اروپا می‌آیند.</p><p>با این برگه نزد یک برگزارکننده دوره "
                        "می‌روید، برای نمونه آموزشگاه همگانی (Volkshochschule). آنجا یک امتحان تعیین سطح "
                        "می‌دهید. پس از آن در یک دوره مناسب جا می‌گیرید. اطلاعات بیشتر را نزد <a "
                        'href="https://www.bamf.de">اداره فدرال مهاجرت و پناهندگان</a> پیدا می‌کنید.</p>',
                    ),
                    (
                        "paragraph",
                        "<p>برای دوره، مبلغ کمی برای هر ساعت درسی می‌پردازید. اگر از جاب‌سنتر (Jobcenter) یا "
                        "اداره امور اجتماعی (Sozialamt) کمک‌هزینه می‌گیرید، می‌توانید از پرداخت معاف شوید. "
                        "اگر محل دوره دور است، با شرایط معینی کمک‌هزینه رفت و آمد وجود دارد. از برگزارکننده "
                        "دوره بپرسید.</p>",
                    ),
                    (
                        "note",
                        "همیشه اول بپرسید که آیا می‌توانید برگه مجوز شرکت بگیرید. این اطلاعات جای مشاوره "
                        "شخصی را نمی‌گیرد – مشاوره مهاجرت (Migrationsberatung) در نوشتن درخواست به شما کمک "
                        "می‌کند.",
                    ),
                    ("heading", "نگهداری از کودکان در زمان دوره"),
                    (
                        "paragraph",
                        "<p>کودکان کوچک دارید و هنوز در کودکستان (Kita) جا ندارید؟ برخی از برگزارکنندگان "
                        "دوره <b>نگهداری از کودکان در زمان دوره</b> را ارائه می‌دهند. هنگام ثبت‌نام بگویید "
                        "که فرزند دارید. دوره‌های والدین و زنان اغلب صبح‌ها برگزار می‌شوند، وقتی که کودکان "
                        "بزرگ‌تر در مدرسه هستند.</p><p>با این حال فرزند خود را زود برای جا در کودکستان "
                        "ثبت‌نام کنید. در این باره در موضوع «کودکان، نوجوانان و خانواده» بیشتر بخوانید.</p>",
                    ),
                    ("heading", "آلمانی برای کار"),
                    (
                        "paragraph",
                        "<p>پس از دوره ادغام می‌توانید در یک <b>دوره زبان شغلی (Berufssprachkurs)</b> شرکت "
                        "کنید. آنجا آلمانی را برای کار یاد می‌گیرید، برای نمونه تا سطح B2 یا C1. دوره‌هایی "
                        "هم برای شغل‌های معین وجود دارد، مثلاً در پرستاری و مراقبت. این دوره را معمولاً "
                        "جاب‌سنتر یا اداره کار (Agentur für Arbeit) معرفی می‌کند. اگر همین حالا کار می‌کنید، "
                        "می‌توانید مستقیم به برگزارکننده دوره مراجعه کنید.</p>",
                    ),
                    ("heading", "کافه‌های زبان و یادگیری در زندگی روزمره"),
                    (
                        "paragraph",
                        "<p>در هاریسلی، زودربراروپ، کاپلن و زاتروپ کافه‌های زبان (Sprachcafés) وجود دارد. "
                        "آنجا با داوطلبان و دیگر زبان‌آموزان آلمانی صحبت می‌کنید. این کار رایگان است و "
                        "ثبت‌نام لازم نیست.</p><p>کتابخانه‌ها و کتابخانه سیار (Fahrbücherei) هم کمک می‌کنند: "
                        "آنجا کتاب‌هایی به آلمانی ساده و کتاب‌های کودکان به چند زبان وجود دارد. می‌توانید به "
                        'صورت آنلاین و رایگان در <a href="https://www.vhs-lernportal.de">vhs-Lernportal</a> '
                        "یاد بگیرید.</p>",
                    ),
                ],
            },
            "wohnen": {
                "title": "مسکن",
                "summary": (
                    "پیدا کردن خانه، گواهی حق مسکن اجتماعی (WBS)، قرارداد اجاره و ودیعه، تفکیک زباله و "
                    "عوارض رادیو و تلویزیون: مهم‌ترین نکته‌ها."
                ),
                "body": [
                    ("heading", "پیدا کردن خانه"),
                    (
                        "paragraph",
                        "<p>خانه‌های ارزان در ناحیه کم است، به ویژه در شلزویگ و نزدیک فلنسبورگ. از راه‌های "
                        "گوناگون جستجو کنید: در سایت‌های اینترنتی، در روزنامه، نزد تعاونی‌های مسکن "
                        "(Wohnungsbaugenossenschaften) و از طریق آگهی‌های روی تابلوی سوپرمارکت. به همسایگان "
                        "و همکاران خود هم بگویید که دنبال خانه هستید.</p><p><b>مهم:</b> آیا از جاب‌سنتر "
                        "(Jobcenter) یا اداره امور اجتماعی (Sozialamt) پول می‌گیرید؟ پس پیشنهاد خانه را "
                        "<b>پیش از</b> امضای قرارداد اجاره به آنجا نشان دهید. اداره فقط تا مبلغ معینی اجاره "
                        "را می‌پردازد.</p>",
                    ),
                    (
                        "note",
                        "این اطلاعات جای مشاوره شخصی را نمی‌گیرد. وضعیت هر کس متفاوت است. لطفاً از یک مرکز "
                        "مشاوره راهنمایی بگیرید.",
                    ),
                    ("heading", "گواهی حق مسکن اجتماعی (Wohnberechtigungsschein, WBS)"),
                    (
                        "paragraph",
                        "<p>برای خانه‌ای که با کمک دولت ساخته شده است (مسکن اجتماعی، Sozialwohnung) به "
                        "<b>گواهی حق مسکن اجتماعی (Wohnberechtigungsschein)</b> نیاز دارید. اگر درآمد شما "
                        "کمتر از حد معینی باشد، آن را دریافت می‌کنید. درخواست را در اداره محلی (Amt) یا شهر "
                        "خود می‌دهید.</p><p>کارت شناسایی، اجازه اقامت و مدارک درآمد همه افراد خانوار را "
                        "همراه بیاورید. این گواهی معمولاً یک سال اعتبار دارد.</p>",
                    ),
                    ("heading", "قرارداد اجاره و ودیعه"),
                    (
                        "paragraph",
                        "<p>قرارداد اجاره (Mietvertrag) را پیش از امضا با دقت بخوانید. به این واژه‌ها توجه "
                        "کنید:</p><ul><li><b>Kaltmiete (اجاره سرد):</b> فقط اجاره خود "
                        "خانه</li><li><b>Nebenkosten (هزینه‌های جانبی):</b> برای نمونه آب، زباله و "
                        "سرایدار</li><li><b>Warmmiete (اجاره گرم):</b> اجاره سرد به اضافه هزینه‌های جانبی و "
                        "گرمایش</li></ul><p><b>ودیعه (Kaution)</b> حداکثر برابر با سه ماه اجاره سرد است. "
                        "می‌توانید آن را در سه قسط بپردازید. جاب‌سنتر می‌تواند ودیعه را به صورت وام بپردازد. "
                        "هنگام رفتن به خانه جدید عکس بگیرید و یک صورت‌جلسه (Protokoll) درباره وضعیت خانه "
                        "بنویسید.</p>",
                    ),
                    ("heading", "زندگی خوب در کنار هم"),
                    (
                        "paragraph",
                        "<ul><li><b>ساعت‌های آرامش (Ruhezeiten):</b> معمولاً از ساعت 22 تا 6 و روز یکشنبه "
                        "باید آرامش باشد. این در مقررات ساختمان (Hausordnung) نوشته شده است.</li><li><b>هوا "
                        "دادن:</b> پنجره‌ها را روزی دو تا سه بار برای چند دقیقه کاملاً باز کنید. این گونه "
                        "کپک نمی‌زند.</li><li><b>گرم کردن:</b> در زمستان نگذارید اتاق‌ها کاملاً سرد "
                        "شوند.</li><li><b>برق و گاز:</b> هر ماه یک پیش‌پرداخت (Abschlag) می‌پردازید. سالی یک "
                        "بار صورت‌حساب نهایی (Abrechnung) می‌آید.</li></ul>",
                    ),
                    ("heading", "تفکیک درست زباله"),
                    (
                        "paragraph",
                        "<p>در آلمان زباله را تفکیک می‌کنند. رنگ سطل‌ها ممکن است در هر محل متفاوت "
                        "باشد.</p><ul><li><b>زباله باقی‌مانده (Restmüll):</b> هر چیزی که به سطل‌های دیگر "
                        "تعلق ندارد</li><li><b>سطل زباله زیستی (Biotonne):</b> باقی‌مانده غذا، پوست میوه و "
                        "سبزی، زباله‌های باغ</li><li><b>کیسه زرد یا سطل زرد (Gelber Sack, Gelbe Tonne):</b> "
                        "بسته‌بندی‌های پلاستیکی و فلزی</li><li><b>سطل کاغذ (Papiertonne):</b> کاغذ، روزنامه "
                        "و کارتن</li><li><b>مخزن شیشه (Glascontainer):</b> بطری‌ها و شیشه‌ها، جدا شده بر "
                        "اساس رنگ: سفید، سبز و قهوه‌ای</li></ul><p>زباله‌های حجیم (Sperrmüll)، وسایل برقی و "
                        "باتری‌ها را به مرکز بازیافت (Recyclinghof) ببرید یا برای جمع‌آوری آنها وقت بگیرید. "
                        "تاریخ‌های جمع‌آوری زباله در تقویم زباله (Abfallkalender) محل زندگی شما نوشته شده "
                        "است.</p>",
                    ),
                    ("heading", "عوارض رادیو و تلویزیون (Rundfunkbeitrag)"),
                    (
                        "paragraph",
                        "<p>برای هر خانه باید <b>عوارض رادیو و تلویزیون (Rundfunkbeitrag)</b> پرداخت شود – "
                        "حتی اگر تلویزیون ندارید. شما نامه‌ای از «ARD ZDF Deutschlandradio Beitragsservice» "
                        "دریافت می‌کنید. این نامه واقعی است. لطفاً آن را نادیده نگیرید.</p><p>اگر کمک‌هزینه "
                        "پایه (Grundsicherung)، کمک اجتماعی (Sozialhilfe) یا کمک‌هزینه بر اساس قانون کمک به "
                        "پناهجویان (Asylbewerberleistungsgesetz) دریافت می‌کنید، می‌توانید معاف شوید. برای "
                        "این کار یک کپی از حکم (Bescheid) خود را بفرستید. اطلاعات به چند زبان را در <a "
                        'href="https://www.rundfunkbeitrag.de">rundfunkbeitrag.de</a> پیدا می‌کنید.</p>',
                    ),
                ],
            },
            "gesundheit": {
                "title": "سلامت",
                "summary": (
                    "بیمه درمانی، پزشک خانواده، خدمات پزشک کشیک 116117، تلفن اضطراری 112 و ترجمه: این "
                    "گونه کمک پزشکی پیدا می‌کنید."
                ),
                "body": [
                    ("heading", "بیمه درمانی (Krankenversicherung)"),
                    (
                        "paragraph",
                        "<p>در آلمان هر کسی باید بیمه درمانی داشته باشد. بیشتر مردم در یک صندوق بیمه درمانی "
                        "قانونی (gesetzliche Krankenkasse) بیمه هستند. شما یک <b>کارت بیمه درمانی "
                        "(Gesundheitskarte)</b> دریافت می‌کنید. این کارت را هر بار که نزد پزشک می‌روید همراه "
                        "داشته باشید.</p><ul><li>اگر کار می‌کنید، کارفرما شما را در صندوق بیمه درمانی ثبت "
                        "می‌کند. می‌توانید صندوق بیمه درمانی را خودتان انتخاب کنید.</li><li>اگر از جاب‌سنتر "
                        "(Jobcenter) پول می‌گیرید، از طریق جاب‌سنتر بیمه هستید.</li><li>پناهجویان در ایالت "
                        "شلزویگ-هولشتاین معمولاً کارت بیمه درمانی هم دریافت می‌کنند. اما در سال‌های نخست همه "
                        "خدمات پرداخت نمی‌شود. از اداره امور اجتماعی (Sozialamt) خود بپرسید.</li></ul>",
                    ),
                    (
                        "note",
                        "این اطلاعات جای مشاوره شخصی را نمی‌گیرد. وضعیت هر کس متفاوت است. لطفاً از یک مرکز "
                        "مشاوره راهنمایی بگیرید.",
                    ),
                    ("heading", "پزشک خانواده و پزشکان متخصص"),
                    (
                        "paragraph",
                        "<p>یک <b>پزشک خانواده (Hausärztin یا Hausarzt)</b> در نزدیکی خود پیدا کنید. وقتی "
                        "بیمار هستید، پزشک خانواده نخستین جایی است که به آن مراجعه می‌کنید. او شما را با یک "
                        "معرفی‌نامه (Überweisung) نزد پزشکان متخصص می‌فرستد، برای نمونه نزد "
                        "چشم‌پزشک.</p><p>همیشه وقت بگیرید، تلفنی یا آنلاین. سر وقت بیایید. اگر نمی‌توانید "
                        "بیایید، وقت را لغو کنید. مرکز خدمات نوبت‌دهی (Terminservicestelle) به شماره "
                        "<b>116117</b> کمک می‌کند تا نزد پزشک متخصص وقت بگیرید. داروهای نسخه‌ای (با Rezept) "
                        "را از داروخانه (Apotheke) می‌گیرید.</p>",
                    ),
                    ("heading", "شب‌ها، آخر هفته و در موارد اضطراری"),
                    (
                        "paragraph",
                        "<ul><li><b>112 – تلفن اضطراری:</b> هنگام خطر جانی، برای نمونه تنگی نفس، درد شدید در "
                        "سینه، تصادف‌های سخت یا بیهوشی. تماس رایگان است.</li><li><b>116117 – خدمات پزشک کشیک "
                        "(Ärztlicher Bereitschaftsdienst):</b> وقتی مطب پزشک بسته است و خطر جانی وجود ندارد، "
                        "برای نمونه تب بالا در آخر هفته. این شماره هم رایگان است.</li><li><b>مطب‌های کشیک "
                        "(Anlaufpraxen):</b> در نزدیکی بیمارستان‌های شلزویگ و فلنسبورگ مطب‌های خدمات کشیک "
                        "برای شب‌ها و آخر هفته‌ها وجود دارد.</li><li><b>داروخانه کشیک "
                        "(Apotheken-Notdienst):</b> همیشه یک داروخانه در نزدیکی شما باز است. این را روی در "
                        "هر داروخانه نوشته‌اند.</li></ul><p>اطلاعات بیشتر: <a "
                        'href="https://www.116117.de">116117.de</a>.</p>',
                    ),
                    ("heading", "ترجمه نزد پزشک"),
                    (
                        "paragraph",
                        "<p>همان هنگام گرفتن وقت بگویید به چه زبانی صحبت می‌کنید. در برخی مطب‌ها انگلیسی یا "
                        "زبان‌های دیگر صحبت می‌کنند. برای وقت‌های اداره بهداشت (Gesundheitsamt) و مراکز "
                        "مشاوره، ناحیه میانجی‌های زبانی و ادغام معرفی می‌کند. گاهی ترجمه از طریق ویدیو هم "
                        "ممکن است.</p><p>صندوق بیمه درمانی معمولاً هزینه مترجم را نمی‌پردازد. در یک مرکز "
                        "مشاوره بپرسید چه کسی می‌تواند هزینه‌ها را بپردازد. لطفاً نگذارید فرزندانتان نزد "
                        "پزشک برای شما ترجمه کنند.</p>",
                    ),
                    ("heading", "سلامت روان"),
                    (
                        "paragraph",
                        "<p>بسیاری از مردم جنگ، خشونت یا فرار دشواری را تجربه کرده‌اند. پس از آن، مشکلات "
                        "خواب، ترس یا اندوه رایج است. شما در این وضعیت تنها نیستید و کمک وجود دارد.</p><p>با "
                        "پزشک خانواده خود صحبت کنید. خدمات روان‌پزشکی اجتماعی (Sozialpsychiatrischer Dienst) "
                        "اداره بهداشت رایگان و محرمانه مشاوره می‌دهد. در ایالت شلزویگ-هولشتاین همچنین مراکز "
                        "روانی-اجتماعی برای پناهندگان (Psychosoziale Zentren) وجود دارد.</p>",
                    ),
                ],
            },
            "notfall": {
                "title": "موارد اضطراری",
                "summary": (
                    "شماره‌های مهم: پلیس 110، آتش‌نشانی و آمبولانس 112، پزشک کشیک 116117 و خطوط تلفنی رایگان برای کمک."
                ),
                "body": [
                    ("heading", "شماره‌های اضطراری"),
                    (
                        "paragraph",
                        "<ul><li><b><a href='tel:112'>112</a>:</b> آتش‌نشانی و آمبولانس</li><li><b><a "
                        "href='tel:110'>110</a>:</b> "
                        "پلیس</li><li><b><a href='tel:116117'>116117</a>:</b> خدمات پزشک کشیک</li><li><b><a "
                        "href='tel:055119240'>0551 19240</a>:</b> مرکز اطلاعات "
                        "مسمومیت شمال (Giftinformationszentrum Nord)، اگر کسی چیز سمی خورده یا نوشیده "
                        "است</li><li><b><a href='tel:116016'>116 016</a>:</b> تلفن کمک برای زنان در برابر خشونت، به "
                        "زبان‌های "
                        "بسیار</li><li><b><a href='tel:116111'>116 111</a>:</b> «شماره‌ای برای غم‌ها» (Nummer gegen "
                        "Kummer) برای "
                        "کودکان و نوجوانان</li><li><b><a href='tel:08001110111'>0800 111 0 111</a>:</b> مشاوره تلفنی "
                        "روانی "
                        "(Telefonseelsorge)</li></ul><p>شماره‌های اضطراری 110 و 112 رایگان هستند. با تلفن "
                        "همراه بدون اعتبار (شارژ) هم کار می‌کنند.</p>",
                    ),
                    (
                        "note",
                        "در موارد اضطراری همیشه اول به 112 یا 110 زنگ بزنید. این صفحه جای مشاوره شخصی و کمک "
                        "پزشکی را نمی‌گیرد.",
                    ),
                    ("heading", "چگونه تماس اضطراری بگیرید"),
                    (
                        "paragraph",
                        "<p>آرام بمانید و به پرسش‌ها پاسخ دهید:</p><ol><li><b>کجا</b> اتفاق افتاده است؟ نام "
                        "محل، خیابان و شماره خانه را بگویید.</li><li><b>چه</b> اتفاقی افتاده "
                        "است؟</li><li><b>چند</b> نفر زخمی یا بیمار هستند؟</li><li><b>منتظر</b> پرسش‌ها "
                        "بمانید. خودتان تلفن را قطع نکنید.</li></ol><p>اگر فقط کمی آلمانی صحبت می‌کنید: اول "
                        "آدرس و زبان خود را بگویید. کسانی که نمی‌توانند خوب بشنوند یا صحبت کنند، می‌توانند "
                        "با اپلیکیشن رسمی اضطراری «nora» تماس اضطراری بگیرند.</p>",
                    ),
                    ("heading", "خشونت و تهدید"),
                    (
                        "paragraph",
                        "<p>خشونت در آلمان ممنوع است – در خانواده هم. اگر تهدید می‌شوید، با شماره 110 به "
                        "پلیس زنگ بزنید. پلیس می‌تواند فرد خشن را از خانه بیرون کند.</p><p>زنان و فرزندانشان "
                        "در خانه امن زنان (Frauenhaus) پناه پیدا می‌کنند. تلفن کمک 116 016 شب و روز به شما "
                        "کمک می‌کند تا جایی پیدا کنید. کودکان و نوجوانان هم می‌توانند خودشان به اداره امور "
                        "جوانان (Jugendamt) مراجعه کنند.</p>",
                    ),
                    ("heading", "آتش‌سوزی، طوفان و سیلاب"),
                    (
                        "paragraph",
                        "<p>در ایالت شلزویگ-هولشتاین در هر خانه باید <b>دستگاه هشدار دود (Rauchmelder)</b> "
                        "نصب باشد، در اتاق‌های خواب، اتاق‌های کودکان و راهروها. اگر بوق زد، فوراً خانه را "
                        "ترک کنید و به 112 زنگ بزنید.</p><p>در کنار دریای بالتیک و خلیج شلای ممکن است هنگام "
                        "طوفان سیلاب بیاید. هشدارها را از طریق اپلیکیشن هشدار NINA و با پیام روی تلفن همراه "
                        "خود (Cell Broadcast) دریافت می‌کنید. از دستورهای آتش‌نشانی و پلیس پیروی کنید.</p>",
                    ),
                ],
            },
        },
        "participation_note": (
            "ناحیه شلزویگ-فلنسبورگ در حال به‌روز کردن برنامه ادغام (Integrationskonzept) خود است "
            "و از همه می‌خواهد درباره پیش‌نویس آن نظر بدهند. متن‌ها به زبان آلمانی هستند، اما "
            "شما می‌توانید نظر خود را به هر زبانی بنویسید، از جمله به فارسی یا دری. برای نوشتن "
            "نظر به یک نام یا نام مستعار و یک آدرس ایمیل نیاز دارید تا لینک تأیید برایتان "
            "فرستاده شود؛ آدرس ایمیل شما هرگز نشان داده نمی‌شود."
        ),
    },
    "uk": {
        "home": {
            "title": "Ласкаво просимо до району Шлезвіг-Фленсбург",
            "intro": (
                "<p>Щиро вітаємо Вас у районі Шлезвіг-Фленсбург (Kreis Schleswig-Flensburg)! Наш "
                "район розташований на самій півночі Німеччини, між Балтійським морем, затокою Шлай "
                "(Schlei) і кордоном із Данією. Тут живе близько 200 тисяч людей – у таких містах, "
                "як Шлезвіг, Каппельн і Глюксбург, а також у багатьох маленьких селах.</p><p>На цих "
                "сторінках Ви знайдете просту інформацію для перших тижнів і місяців: про "
                "консультації, мовні курси, дитячий садок і школу, роботу, житло, здоров’я та "
                "повсякденне життя. Ця інформація не замінює особистої консультації. Консультаційні "
                "служби району охоче Вам допоможуть – безкоштовно та конфіденційно.</p>"
            ),
        },
        "topics": {
            "ankommen": {
                "title": "Прибуття",
                "summary": (
                    "Перші кроки після переїзду: реєстрація місця проживання, питання перебування, "
                    "банківський рахунок і страхування, важливі документи."
                ),
                "body": [
                    ("heading", "Перші тижні"),
                    (
                        "paragraph",
                        "<p>Ви нещодавно приїхали до району Шлезвіг-Фленсбург. На початку буде багато "
                        "зустрічей в установах і багато бланків. Це нормально. Складіть список і робіть усе "
                        "крок за кроком.</p><p>Добре зберігайте всі листи від установ. У багатьох листах є "
                        "<b>строк (Frist)</b>. Це означає: Ви повинні відповісти до певного дня. Якщо Ви не "
                        "розумієте листа, зверніться до консультаційної служби.</p>",
                    ),
                    (
                        "note",
                        "Ця інформація не замінює особистої консультації. Кожна ситуація інша. Будь ласка, "
                        "зверніться по пораду до консультаційної служби.",
                    ),
                    ("heading", "Реєстрація місця проживання (Anmeldung)"),
                    (
                        "paragraph",
                        "<p>Ви повинні зареєструвати своє житло протягом <b>двох тижнів</b> після вселення. "
                        "Це робиться в бюро громадян (Bürgerbüro), тобто у відділі реєстрації населення "
                        "(Einwohnermeldeamt), Вашого Amt (місцевої адміністрації) або Вашого міста. Візьміть "
                        "із собою:</p><ul><li>Ваш паспорт або інший документ, що посвідчує "
                        "особу</li><li>підтвердження від орендодавця (Wohnungsgeberbestätigung) – Ви "
                        "отримаєте його від свого орендодавця</li><li>Ваш дозвіл на перебування "
                        "(Aufenthaltstitel), якщо він у Вас є</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Ви отримаєте довідку про реєстрацію (Meldebescheinigung). Добре зберігайте її. "
                        "Через кілька тижнів Федеральне центральне податкове відомство (Bundeszentralamt für "
                        "Steuern) надішле Вам поштою Ваш <b>податковий ідентифікаційний номер "
                        "(Steuer-Identifikationsnummer)</b>. Цей номер потрібен Вам для роботи.</p>",
                    ),
                    ("heading", "Питання перебування"),
                    (
                        "paragraph",
                        "<p>За дозволи на перебування відповідає відомство у справах іноземців "
                        "(Ausländerbehörde) району. Воно також допомагає з питаннями щодо дозволу на роботу "
                        "та обов’язку проживати в певному місці (Wohnsitzauflage). Будь ласка, завжди "
                        "домовляйтеся про прийом.</p><p>Ваш дозвіл на перебування має дату закінчення строку "
                        "дії. Подавайте заяву на продовження заздалегідь, найкраще <b>за вісім тижнів</b>. "
                        "Людям із Європейського Союзу дозвіл на перебування не потрібен. Але вони також "
                        "повинні зареєструвати місце проживання.</p>",
                    ),
                    ("heading", "Рахунок, страхування і телефон"),
                    (
                        "paragraph",
                        "<ul><li><b>Поточний рахунок (Girokonto):</b> Кожна людина в Німеччині має право на "
                        "базовий рахунок (Basiskonto). Рахунок потрібен Вам для зарплати, оплати оренди та "
                        "виплат від установ.</li><li><b>Медичне страхування (Krankenversicherung):</b> У "
                        "Німеччині воно обов’язкове. Більше про це читайте в темі "
                        "«Здоров’я».</li><li><b>Страхування цивільної відповідальності "
                        "(Haftpflichtversicherung):</b> Воно не обов’язкове, але дуже корисне. Воно платить, "
                        "якщо Ви випадково щось зламаєте або пошкодите.</li><li><b>Мобільний телефон:</b> Не "
                        "підписуйте довгий договір, якого Ви не розумієте. На початку часто краще мати "
                        "передплачену картку (Prepaid).</li></ul>",
                    ),
                    ("heading", "Важливі документи"),
                    (
                        "paragraph",
                        "<p>Заведіть папку для паспорта, дозволу на перебування, довідки про реєстрацію, "
                        "свідоцтв, атестатів і договорів. Зробіть копії або фото всіх важливих документів. "
                        "Віддавайте оригінали лише тоді, коли цього вимагає установа, і попросіть розписку "
                        "про отримання.</p><p>Свідоцтва й офіційні документи з-за кордону часто потрібно "
                        "перекладати. Установи зазвичай приймають лише переклади присяжних або уповноважених "
                        "перекладачів.</p>",
                    ),
                ],
            },
            "beratung-und-hilfe": {
                "title": "Консультації та допомога",
                "summary": (
                    "Безкоштовні консультації для мігрантів: міграційна консультація, молодіжна "
                    "міграційна служба, волонтери-супровідники і допомога з перекладом."
                ),
                "body": [
                    ("heading", "Хто Вас консультує?"),
                    (
                        "paragraph",
                        "<p>У районі є кілька консультаційних служб для мігрантів. Консультація "
                        "<b>безкоштовна</b> і <b>конфіденційна</b>. Консультанти зобов’язані зберігати "
                        "таємницю. Ви можете взяти з собою людину, якій довіряєте.</p><ul><li><b>Міграційна "
                        "консультація для дорослих мігрантів (Migrationsberatung für erwachsene Zuwanderer, "
                        "MBE):</b> для людей від 27 років</li><li><b>Молодіжна міграційна служба "
                        "(Jugendmigrationsdienst, JMD):</b> для молоді від 12 до 27 "
                        "років</li><li><b>Консультація для біженців при благодійних організаціях "
                        "(Flüchtlingsberatung der Wohlfahrtsverbände):</b> для людей, які перебувають у "
                        "процедурі надання притулку, і для людей із Duldung (тимчасовим призупиненням "
                        "депортації)</li></ul>",
                    ),
                    (
                        "note",
                        "Ця інформація не замінює особистої консультації. Кожна ситуація інша. Будь ласка, "
                        "зверніться по пораду до консультаційної служби.",
                    ),
                    ("heading", "У чому допомагає консультація?"),
                    (
                        "paragraph",
                        "<ul><li>зрозуміти листи від установ і відповісти на них</li><li>подати заяви, "
                        "наприклад на допомогу на дітей (Kindergeld) або житлову допомогу "
                        "(Wohngeld)</li><li>знайти мовний курс</li><li>питання щодо перебування, "
                        "возз’єднання сім’ї та роботи</li><li>проблеми в сім’ї, з грошима або з "
                        "боргами</li></ul><p>Якщо консультаційна служба не може допомогти сама, вона назве "
                        "Вам відповідну установу.</p>",
                    ),
                    ("heading", "Волонтери-супровідники (Lotsinnen und Lotsen)"),
                    (
                        "paragraph",
                        "<p>У багатьох громадах допомагають волонтери. Вони супроводжують Вас на зустрічі в "
                        "установах, практикують із Вами німецьку мову і показують Вам місцевість. Ця "
                        "допомога добровільна і безкоштовна.</p><p>Волонтери не мають права надавати "
                        "юридичні консультації. З питаннями щодо перебування або притулку, будь ласка, "
                        "звертайтеся до консультаційної служби. Зв’язатися з волонтерами-супровідниками "
                        "можна через координаційний центр волонтерства (Koordinierungsstelle Ehrenamt) або "
                        "через Ваш Amt (місцеву адміністрацію).</p>",
                    ),
                    ("heading", "Усний переклад"),
                    (
                        "paragraph",
                        "<p>Під час важливих розмов Ви часто маєте право на перекладачку або перекладача. "
                        "Запитайте про це до зустрічі. Район має групу мовних та інтеграційних посередників "
                        "(Sprach- und Integrationsmittler) для розмов в установах, дитячих садках і "
                        "школах.</p><p>Будь ласка, не просіть своїх дітей перекладати. Багато тем для дітей "
                        "надто складні або надто важкі емоційно.</p>",
                    ),
                    ("heading", "Швидка допомога в кризових ситуаціях"),
                    (
                        "paragraph",
                        "<ul><li><b>Екстрений виклик поліції:</b> 110</li><li><b>Пожежна служба і швидка "
                        "допомога:</b> 112</li><li><b>Гаряча лінія «Насильство щодо жінок» (Hilfetelefon "
                        "Gewalt gegen Frauen):</b> 116 016 – безкоштовно, цілодобово, багатьма "
                        "мовами</li><li><b>Телефон довіри (Telefonseelsorge):</b> 0800 111 0 111 – "
                        "безкоштовно, цілодобово</li></ul>",
                    ),
                ],
            },
            "sprache-lernen": {
                "title": "Вивчення мови",
                "summary": (
                    "Інтеграційний курс, професійний мовний курс і мовне кафе: як вивчати німецьку в "
                    "районі Шлезвіг-Фленсбург – навіть із маленькими дітьми."
                ),
                "body": [
                    ("heading", "Інтеграційний курс (Integrationskurs)"),
                    (
                        "paragraph",
                        "<p>Інтеграційний курс складається з двох частин: <b>мовного курсу</b> та "
                        "<b>орієнтаційного курсу</b>. Мовний курс зазвичай триває 600 навчальних годин. На "
                        "орієнтаційному курсі (100 годин) Ви дізнаєтеся про історію, політику та цінності в "
                        "Німеччині.</p><p>Наприкінці Ви складаєте два іспити: «Deutsch-Test für Zuwanderer» "
                        "(тест з німецької мови для мігрантів; мета – рівень B1) і тест «Leben in "
                        "Deutschland» («Життя в Німеччині»). Курси організовує Федеральне відомство у "
                        "справах міграції та біженців (Bundesamt für Migration und Flüchtlinge, BAMF).</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Існують спеціальні курси, наприклад:</p><ul><li>курси навчання грамоти "
                        "(Alphabetisierungskurse) для людей, які не вміють читати й писати або не вміють "
                        "читати й писати латиницею</li><li>курси для батьків і курси для жінок у зручний "
                        "час</li><li>молодіжні інтеграційні курси для молоді до 27 років</li><li>інтенсивні "
                        "курси для людей, які швидко навчаються</li></ul>",
                    ),
                    ("heading", "Дозвіл на участь (Berechtigungsschein) і запис на курс"),
                    (
                        "paragraph",
                        "<p>Багато людей разом із дозволом на перебування отримують від відомства у справах "
                        "іноземців (Ausländerbehörde) <b>дозвіл на участь (Berechtigungsschein)</b>. Деякі "
                        "люди зобов’язані відвідувати курс, наприклад якщо цього вимагає Jobcenter (центр "
                        "зайнятості). Якщо у Вас немає такого дозволу, Ви можете подати до BAMF заяву на "
                        "допуск. Це стосується, наприклад, людей із ЄС.</p><p>З цим дозволом Ви йдете до "
                        "організатора курсів, наприклад до народного університету (Volkshochschule). Там Ви "
                        "складаєте тест для визначення рівня. Після цього Ви отримуєте місце на відповідному "
                        "курсі. Більше інформації Ви знайдете на сайті <a "
                        'href="https://www.bamf.de">Федерального відомства у справах міграції та '
                        "біженців</a>.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>За курс Ви платите невелику суму за кожну навчальну годину. Якщо Ви отримуєте "
                        "виплати від Jobcenter або від соціального відомства (Sozialamt), Вас можуть "
                        "звільнити від оплати. Якщо курс проходить далеко, за певних умов можна отримати "
                        "доплату на транспортні витрати. Запитайте в організатора курсу.</p>",
                    ),
                    (
                        "note",
                        "Завжди спочатку запитайте, чи можете Ви отримати дозвіл на участь. Ця інформація не "
                        "замінює особистої консультації – міграційна консультація (Migrationsberatung) "
                        "допоможе Вам із заявою.",
                    ),
                    ("heading", "Догляд за дітьми під час курсу"),
                    (
                        "paragraph",
                        "<p>У Вас маленькі діти, а місця в дитячому садку (Kita) ще немає? Деякі "
                        "організатори курсів пропонують <b>догляд за дітьми під час курсу</b>. Під час "
                        "запису скажіть, що у Вас є діти. Курси для батьків і для жінок часто проходять "
                        "зранку, коли старші діти в школі.</p><p>Проте все одно якомога раніше запишіть "
                        "дитину на місце в дитячому садку. Більше про це читайте в темі «Діти, молодь і "
                        "сім’я».</p>",
                    ),
                    ("heading", "Німецька для роботи"),
                    (
                        "paragraph",
                        "<p>Після інтеграційного курсу Ви можете відвідувати <b>професійний мовний курс "
                        "(Berufssprachkurs)</b>. Там Ви вивчаєте німецьку для роботи, наприклад до рівня B2 "
                        "або C1. Є також курси для певних професій, наприклад у сфері догляду за хворими та "
                        "літніми людьми. Направлення на курс зазвичай дає Jobcenter або Агентство з питань "
                        "праці (Agentur für Arbeit). Якщо Ви вже працюєте, можете звернутися безпосередньо "
                        "до організатора курсу.</p>",
                    ),
                    ("heading", "Мовні кафе і навчання в повсякденному житті"),
                    (
                        "paragraph",
                        "<p>У населених пунктах Гаррислее, Зюдербраруп, Каппельн і Затруп є мовні кафе "
                        "(Sprachcafés). Там Ви розмовляєте німецькою з волонтерами та іншими учнями. Це "
                        "безкоштовно, записуватися не потрібно.</p><p>Допомагають також бібліотеки та "
                        "пересувна бібліотека (Fahrbücherei): там є книжки простою німецькою мовою і дитячі "
                        "книжки кількома мовами. Безкоштовно вчитися онлайн Ви можете на <a "
                        'href="https://www.vhs-lernportal.de">vhs-Lernportal</a>.</p>',
                    ),
                ],
            },
            "wohnen": {
                "title": "Житло",
                "summary": (
                    "Пошук житла, Wohnberechtigungsschein, договір оренди й застава, сортування сміття "
                    "та радіомовний внесок: найважливіше про житло."
                ),
                "body": [
                    ("heading", "Як знайти житло"),
                    (
                        "paragraph",
                        "<p>Доступного житла в районі мало, особливо в Шлезвігу та поблизу Фленсбурга. "
                        "Шукайте різними способами: на інтернет-порталах, у газеті, у житлових кооперативах "
                        "(Wohnungsbaugenossenschaften) і за оголошеннями в супермаркеті. Розкажіть також "
                        "сусідам і колегам, що Ви шукаєте житло.</p><p><b>Важливо:</b> Ви отримуєте гроші "
                        "від Jobcenter (центру зайнятості) або від соціального відомства (Sozialamt)? Тоді "
                        "покажіть там пропозицію житла, <b>перш ніж</b> підписати договір оренди. Відомство "
                        "оплачує оренду лише до певної суми.</p>",
                    ),
                    (
                        "note",
                        "Ця інформація не замінює особистої консультації. Кожна ситуація інша. Будь ласка, "
                        "зверніться по пораду до консультаційної служби.",
                    ),
                    ("heading", "Довідка про право на соціальне житло (Wohnberechtigungsschein, WBS)"),
                    (
                        "paragraph",
                        "<p>Для квартири з державною підтримкою (соціального житла, Sozialwohnung) Вам "
                        "потрібна <b>довідка про право на соціальне житло (Wohnberechtigungsschein)</b>. Ви "
                        "отримаєте її, якщо Ваш дохід нижчий за певну межу. Заяву подають у Вашому Amt "
                        "(місцевій адміністрації) або у Вашому місті.</p><p>Візьміть із собою посвідчення "
                        "особи, дозвіл на перебування та підтвердження доходів усіх членів домогосподарства. "
                        "Довідка зазвичай дійсна один рік.</p>",
                    ),
                    ("heading", "Договір оренди і застава"),
                    (
                        "paragraph",
                        "<p>Уважно прочитайте договір оренди (Mietvertrag), перш ніж підписувати. Зверніть "
                        "увагу на ці слова:</p><ul><li><b>Kaltmiete («холодна» оренда):</b> оплата лише за "
                        "саму квартиру</li><li><b>Nebenkosten (додаткові витрати):</b> наприклад вода, "
                        "вивезення сміття і послуги двірника (Hausmeister)</li><li><b>Warmmiete («тепла» "
                        "оренда):</b> Kaltmiete плюс додаткові витрати й опалення</li></ul><p><b>Застава "
                        "(Kaution)</b> становить не більше трьох місячних Kaltmiete. Ви можете сплатити її "
                        "трьома частинами. Jobcenter може оплатити заставу як позику. Під час вселення "
                        "зробіть фото та складіть протокол (Protokoll) про стан квартири.</p>",
                    ),
                    ("heading", "Добре жити разом"),
                    (
                        "paragraph",
                        "<ul><li><b>Години тиші (Ruhezeiten):</b> Зазвичай тиша діє з 22:00 до 6:00 і в "
                        "неділю. Це записано в правилах будинку (Hausordnung).</li><li><b>Провітрювання:</b> "
                        "Відчиняйте вікна повністю на кілька хвилин два-три рази на день. Так не утворюється "
                        "пліснява.</li><li><b>Опалення:</b> Узимку не допускайте, щоб кімнати повністю "
                        "вихолоджувалися.</li><li><b>Електрика і газ:</b> Щомісяця Ви сплачуєте авансовий "
                        "платіж (Abschlag). Раз на рік приходить остаточний рахунок (Abrechnung).</li></ul>",
                    ),
                    ("heading", "Правильне сортування сміття"),
                    (
                        "paragraph",
                        "<p>У Німеччині сміття сортують. Кольори контейнерів можуть відрізнятися залежно від "
                        "громади.</p><ul><li><b>Змішані відходи (Restmüll):</b> усе, що не належить до інших "
                        "контейнерів</li><li><b>Контейнер для органічних відходів (Biotonne):</b> залишки "
                        "їжі, шкірки фруктів і овочів, садові відходи</li><li><b>Жовтий мішок або жовтий "
                        "контейнер (Gelber Sack, Gelbe Tonne):</b> упаковка з пластику й "
                        "металу</li><li><b>Контейнер для паперу (Papiertonne):</b> папір, газети й картонні "
                        "коробки</li><li><b>Контейнер для скла (Glascontainer):</b> пляшки й банки, окремо "
                        "за кольором: біле, зелене і коричневе скло</li></ul><p>Великогабаритне сміття "
                        "(Sperrmüll), електроприлади та батарейки відвозьте до пункту переробки "
                        "(Recyclinghof) або замовте їх вивезення. Дати вивезення сміття вказані в календарі "
                        "вивезення відходів (Abfallkalender) Вашої громади.</p>",
                    ),
                    ("heading", "Радіомовний внесок (Rundfunkbeitrag)"),
                    (
                        "paragraph",
                        "<p>За кожне житло потрібно сплачувати <b>радіомовний внесок (Rundfunkbeitrag)</b> – "
                        "навіть якщо у Вас немає телевізора. Ви отримаєте лист від «ARD ZDF Deutschlandradio "
                        "Beitragsservice». Цей лист справжній. Будь ласка, не ігноруйте його.</p><p>Якщо Ви "
                        "отримуєте базове забезпечення (Grundsicherung), соціальну допомогу (Sozialhilfe) "
                        "або виплати за Законом про виплати шукачам притулку (Asylbewerberleistungsgesetz), "
                        "Вас можуть звільнити від сплати. Для цього надішліть копію свого рішення про "
                        "виплати (Bescheid). Інформацію кількома мовами Ви знайдете на <a "
                        'href="https://www.rundfunkbeitrag.de">rundfunkbeitrag.de</a>.</p>',
                    ),
                ],
            },
            "gesundheit": {
                "title": "Здоров’я",
                "summary": (
                    "Медичне страхування, сімейний лікар, чергова лікарська служба 116117, екстрений "
                    "номер 112 і перекладачі: як знайти медичну допомогу."
                ),
                "body": [
                    ("heading", "Медичне страхування (Krankenversicherung)"),
                    (
                        "paragraph",
                        "<p>У Німеччині кожна людина повинна мати медичне страхування. Більшість людей "
                        "застраховані в державній лікарняній касі (gesetzliche Krankenkasse). Ви отримаєте "
                        "<b>картку медичного страхування (Gesundheitskarte)</b>. Беріть цю картку з собою на "
                        "кожен візит до лікаря.</p><ul><li>Якщо Ви працюєте, роботодавець реєструє Вас у "
                        "лікарняній касі. Ви можете самі вибрати лікарняну касу.</li><li>Якщо Ви отримуєте "
                        "гроші від Jobcenter (центру зайнятості), Ви застраховані через "
                        "Jobcenter.</li><li>Шукачі притулку в Шлезвіг-Гольштейні зазвичай також отримують "
                        "картку медичного страхування. Але в перші роки оплачуються не всі послуги. "
                        "Запитайте у своєму соціальному відомстві (Sozialamt).</li></ul>",
                    ),
                    (
                        "note",
                        "Ця інформація не замінює особистої консультації. Кожна ситуація інша. Будь ласка, "
                        "зверніться по пораду до консультаційної служби.",
                    ),
                    ("heading", "Сімейний лікар і лікарі-спеціалісти"),
                    (
                        "paragraph",
                        "<p>Знайдіть <b>сімейну лікарку або сімейного лікаря (Hausärztin oder Hausarzt)</b> "
                        "поблизу. Сімейний лікар – це перше місце, куди Ви звертаєтеся, коли хворієте. Він "
                        "дає Вам направлення (Überweisung) до лікарів-спеціалістів, наприклад до "
                        "окуліста.</p><p>Завжди записуйтеся на прийом – телефоном або онлайн. Приходьте "
                        "вчасно. Якщо Ви не можете прийти, скасуйте запис. Служба запису на прийом "
                        "(Terminservicestelle) за номером <b>116117</b> допомагає знайти прийом у "
                        "лікаря-спеціаліста. Ліки за рецептом (Rezept) Ви отримуєте в аптеці (Apotheke).</p>",
                    ),
                    ("heading", "Уночі, у вихідні та в екстрених випадках"),
                    (
                        "paragraph",
                        "<ul><li><b>112 – екстрений виклик:</b> коли є загроза життю, наприклад при задишці, "
                        "сильному болю в грудях, тяжких нещасних випадках або втраті свідомості. Дзвінок "
                        "безкоштовний.</li><li><b>116117 – чергова лікарська служба (Ärztlicher "
                        "Bereitschaftsdienst):</b> коли лікарська практика зачинена, а загрози життю немає, "
                        "наприклад при високій температурі у вихідні. Цей номер теж "
                        "безкоштовний.</li><li><b>Чергові практики (Anlaufpraxen):</b> Поблизу лікарень у "
                        "Шлезвігу та Фленсбурзі є практики чергової служби, які працюють вечорами та у "
                        "вихідні.</li><li><b>Чергова аптека (Apotheken-Notdienst):</b> Одна аптека поблизу "
                        "Вас завжди відчинена. Це написано на дверях кожної аптеки.</li></ul><p>Більше "
                        'інформації: <a href="https://www.116117.de">116117.de</a>.</p>',
                    ),
                    ("heading", "Перекладач у лікаря"),
                    (
                        "paragraph",
                        "<p>Уже під час запису на прийом скажіть, якою мовою Ви розмовляєте. У деяких "
                        "практиках говорять англійською або іншими мовами. Для прийомів у відділі охорони "
                        "здоров’я (Gesundheitsamt) і в консультаційних службах район надає мовних та "
                        "інтеграційних посередників. Іноді можливий також відеопереклад.</p><p>Лікарняна "
                        "каса зазвичай не оплачує перекладачів. Запитайте в консультаційній службі, хто може "
                        "взяти на себе витрати. Будь ласка, не просіть своїх дітей перекладати Вам у "
                        "лікаря.</p>",
                    ),
                    ("heading", "Психічне здоров’я"),
                    (
                        "paragraph",
                        "<p>Багато людей пережили війну, насильство або важку втечу. Після цього часто "
                        "бувають проблеми зі сном, страх або смуток. Ви не самотні в цьому, і допомога "
                        "є.</p><p>Поговоріть зі своїм сімейним лікарем. Соціально-психіатрична служба "
                        "(Sozialpsychiatrischer Dienst) відділу охорони здоров’я консультує безкоштовно та "
                        "конфіденційно. Крім того, у Шлезвіг-Гольштейні є психосоціальні центри для біженців "
                        "(Psychosoziale Zentren).</p>",
                    ),
                ],
            },
            "notfall": {
                "title": "Екстрені випадки",
                "summary": (
                    "Важливі номери: поліція 110, пожежна служба і швидка допомога 112, чергова "
                    "лікарська служба 116117 та безкоштовні гарячі лінії."
                ),
                "body": [
                    ("heading", "Екстрені номери"),
                    (
                        "paragraph",
                        "<ul><li><b><a href='tel:112'>112</a>:</b> пожежна служба і швидка допомога</li>"
                        "<li><b><a href='tel:110'>110</a>:</b> поліція</li>"
                        "<li><b><a href='tel:116117'>116117</a>:</b> чергова лікарська служба</li>"
                        "<li><b><a href='tel:055119240'>0551 19240</a>:</b> "
                        "Інформаційний центр з питань отруєнь «Північ» (Giftinformationszentrum Nord), якщо "
                        "хтось з’їв або випив щось отруйне</li><li><b><a href='tel:116016'>116 016</a>:</b> гаряча "
                        "лінія «Насильство "
                        "щодо жінок», багатьма мовами</li><li><b><a href='tel:116111'>116 111</a>:</b> «Номер проти "
                        "смутку» (Nummer "
                        "gegen Kummer) для дітей і молоді</li><li><b><a href='tel:08001110111'>0800 111 0 111</a>:</b> "
                        "телефон довіри "
                        "(Telefonseelsorge)</li></ul><p>Екстрені номери 110 і 112 безкоштовні. Вони працюють "
                        "і з мобільного телефону без коштів на рахунку.</p>",
                    ),
                    (
                        "note",
                        "В екстреному випадку завжди спочатку телефонуйте 112 або 110. Ця сторінка не "
                        "замінює ні особистої консультації, ні медичної допомоги.",
                    ),
                    ("heading", "Як зробити екстрений виклик"),
                    (
                        "paragraph",
                        "<p>Зберігайте спокій і відповідайте на запитання:</p><ol><li><b>Де</b> це сталося? "
                        "Назвіть населений пункт, вулицю і номер будинку.</li><li><b>Що</b> "
                        "сталося?</li><li><b>Скільки</b> людей поранені або хворі?</li><li><b>Чекайте</b> на "
                        "запитання. Не кладіть слухавку самі.</li></ol><p>Якщо Ви мало говорите німецькою: "
                        "спочатку назвіть адресу і свою мову. Люди, які погано чують або не можуть добре "
                        "говорити, можуть зробити екстрений виклик через офіційний застосунок «nora».</p>",
                    ),
                    ("heading", "Насильство і погрози"),
                    (
                        "paragraph",
                        "<p>У Німеччині насильство заборонене – також у сім’ї. Якщо Вам погрожують, "
                        "телефонуйте в поліцію за номером 110. Поліція може вивести особу, яка чинить "
                        "насильство, з житла.</p><p>Жінки та їхні діти можуть знайти захист у притулку для "
                        "жінок (Frauenhaus). Гаряча лінія 116 016 цілодобово допоможе Вам знайти місце. Діти "
                        "та молодь також можуть самі звернутися до служби у справах молоді (Jugendamt).</p>",
                    ),
                    ("heading", "Пожежа, буря і повінь"),
                    (
                        "paragraph",
                        "<p>У Шлезвіг-Гольштейні в кожному житлі має бути <b>димовий сповіщувач "
                        "(Rauchmelder)</b> – у спальнях, дитячих кімнатах і коридорах. Якщо він пищить, "
                        "негайно залиште житло і телефонуйте 112.</p><p>На узбережжі Балтійського моря і "
                        "затоки Шлай під час бурі може бути повінь. Попередження Ви отримуєте через "
                        "застосунок NINA і повідомленням на мобільний телефон (Cell Broadcast). Виконуйте "
                        "вказівки пожежної служби та поліції.</p>",
                    ),
                ],
            },
        },
        "participation_note": (
            "Район Шлезвіг-Фленсбург оновлює свою концепцію інтеграції (Integrationskonzept) і "
            "запрошує всіх прокоментувати проєкт. Тексти написані німецькою мовою, але Ви можете "
            "залишити коментар будь-якою мовою, зокрема українською. Для коментаря потрібні ім’я "
            "або псевдонім і адреса електронної пошти, на яку ми надішлемо посилання для "
            "підтвердження; Вашу адресу ніколи не буде показано."
        ),
    },
}

LEICHTE_SPRACHE = {
    "home": {
        "title": "Willkommen im Kreis Schleswig-Flensburg",
        "intro": (
            "<p>Herzlich willkommen im Kreis Schleswig-Flensburg!</p><p>Ein Kreis ist ein "
            "Gebiet. In dem Gebiet gibt es Städte und Dörfer. Der Kreis Schleswig-Flensburg "
            "liegt im Norden von Deutschland. Der Kreis liegt an der Ostsee. Der Kreis liegt "
            "auch an der Grenze zu Dänemark. Im Kreis wohnen ungefähr 200.000 "
            "Menschen.</p><p>Sind Sie neu im Kreis? Dann ist diese Internet-Seite für Sie. Hier "
            "finden Sie Informationen für die erste Zeit. Die Informationen sind zu diesen "
            "Themen:</p><ul><li>Beratung und Hilfe</li><li>Deutsch lernen</li><li>Kinder-Garten "
            "und "
            "Schule</li><li>Arbeit</li><li>Wohnen</li><li>Gesundheit</li><li>Alltag</li></ul><p>Jeder "
            "Mensch hat andere Fragen. Darum gibt es Beratungs-Stellen. Dort sprechen Menschen "
            "mit Ihnen. Die Menschen dort helfen Ihnen gern. Die Beratung kostet kein Geld. Die "
            "Beratung ist vertraulich. Das bedeutet: Die Menschen dort erzählen nichts "
            "weiter.</p>"
        ),
    },
    "concept_summary": (
        "Der Kreis Schleswig-Flensburg hat einen Plan für das Zusammen-Leben. Der Plan "
        "heißt: Integrations-Konzept. Jetzt schreibt der Kreis den Plan neu. Sie können Ihre "
        "Meinung zu dem Plan sagen. Schreiben Sie dafür einen Kommentar."
    ),
    "concept_intro": (
        "<p>Der Kreis Schleswig-Flensburg hat einen Plan. Der Plan heißt: "
        "Integrations-Konzept. In dem Plan steht: So wollen wir gut zusammen-leben. Alle "
        "Menschen im Kreis sollen gut zusammen-leben. Auch die Menschen aus anderen Ländern. "
        "Das schwere Wort dafür ist: Integration.</p><p>Den ersten Plan gibt es seit dem "
        "Jahr 2017. Seitdem hat sich viel verändert. Ein Beispiel: Viele Menschen aus der "
        "Ukraine sind in den Kreis gekommen. Darum schreibt der Kreis den Plan jetzt neu. "
        "Das schwere Wort dafür ist: Fort-Schreibung.</p><p>Der neue Plan hat 3 "
        "Teile:</p><ul><li>Sprache und Bildung</li><li>Arbeit und "
        "Ausbildung</li><li>Zusammen-Leben und Teil-Habe. Teil-Habe bedeutet: Alle Menschen "
        "können mit-machen.</li></ul><p>Der neue Plan ist noch nicht fertig. Sie können "
        "dabei helfen. Sagen Sie uns Ihre Meinung. Das schwere Wort dafür ist: "
        "Bürger-Beteiligung.</p><p>So machen Sie mit:</p><ol><li>Lesen Sie den Plan auf "
        "dieser Internet-Seite.</li><li>Schreiben Sie einen Kommentar. Ein Kommentar ist ein "
        "kurzer Text. In dem Text steht Ihre Meinung. Sie können zu jedem Teil vom Plan "
        "einen Kommentar schreiben.</li><li>Schreiben Sie einen Namen dazu. Das kann Ihr "
        "richtiger Name sein. Sie können sich auch einen anderen Namen "
        "ausdenken.</li><li>Schreiben Sie Ihre E-Mail-Adresse dazu. Nur wir sehen Ihre "
        "E-Mail-Adresse. Andere Menschen sehen Ihre E-Mail-Adresse nicht.</li><li>Sie "
        "bekommen dann eine E-Mail von uns. In der E-Mail ist ein Link. Klicken Sie auf den "
        "Link. So wissen wir: Der Kommentar ist wirklich von Ihnen.</li><li>Dann können alle "
        "Menschen Ihren Kommentar lesen.</li></ol><p>Sie können nur bis zu einem bestimmten "
        "Tag mit-machen. Dieser Tag steht auf dieser Seite. Nach diesem Tag können Sie "
        "keinen Kommentar mehr schreiben.</p><p>Wir lesen jeden Kommentar. Wir antworten auf "
        "jeden Kommentar. Danach schreiben wir eine Liste. In der Liste steht: Diese Ideen "
        "nehmen wir in den Plan. Diese Ideen nehmen wir nicht in den Plan. Wir schreiben "
        "auch den Grund dazu.</p><p>Am 18. Februar 2027 gibt es einen Informations-Abend. "
        "Der Abend ist im Kreis-Haus in Schleswig. Dort erklären wir den Plan. Sie können "
        "dort Fragen stellen.</p>"
    ),
}
