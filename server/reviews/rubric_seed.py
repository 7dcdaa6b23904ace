# ruff: noqa: RUF001  (Chinese text uses full-width punctuation)
"""The first rubric (issue 11): five criteria from the programme, each scored 0-5, in en, ro,
sv and zh-hant.

Plain data, so the data migration and the tests read the same texts; managers edit the rubric
afterwards in the admin (which makes a new version once a review has used one).
"""

from __future__ import annotations

from typing import Any

PASS_TOTAL = 15

CRITERIA: list[dict[str, Any]] = [
    {
        "key": "contributions",
        "minimum": 2,
        "title": {
            "en": "Contributions and community involvement",
            "ro": "Contribuții și implicare în comunitate",
            "sv": "Bidrag och engagemang i gemenskapen",
            "zh-hant": "貢獻與社群參與",
        },
        "help": {
            "en": "What the organisation gives back to QGIS: code, documentation, translations, "
            "plugins, bug reports, funding, a user group, open courseware. Check the evidence "
            "links.",
            "ro": "Ce oferă organizația proiectului QGIS: cod, documentație, traduceri, "
            "plugin-uri, raportări de erori, finanțare, un grup de utilizatori, materiale de "
            "curs deschise. Verificați linkurile date ca dovadă.",
            "sv": "Vad organisationen ger tillbaka till QGIS: kod, dokumentation, översättningar, "
            "insticksprogram, felrapporter, finansiering, en användargrupp, öppet "
            "kursmaterial. Kontrollera länkarna som styrker det.",
            "zh-hant": "機構回饋 QGIS 的內容：程式碼、文件、翻譯、外掛、錯誤回報、資金、"
            "使用者社群、開放課程教材。請查核作為佐證的連結。",
        },
        "descriptors": {
            "en": [
                "No contribution to QGIS is shown.",
                "Claims of contributions without evidence, or a single minor one.",
                "Some occasional, verifiable contributions (a few bug reports or translations).",
                "Regular, verifiable contributions in at least one area over the last year.",
                "Sustained contributions in several areas, or a leading role in a local user "
                "group.",
                "Substantial, long-standing contributions recognised across the QGIS project.",
            ],
            "ro": [
                "Nu este prezentată nicio contribuție la QGIS.",
                "Contribuții afirmate fără dovezi, sau una singură, minoră.",
                "Câteva contribuții ocazionale, verificabile (câteva raportări de erori sau "
                "traduceri).",
                "Contribuții regulate și verificabile în cel puțin un domeniu în ultimul an.",
                "Contribuții susținute în mai multe domenii sau un rol de conducere într-un grup "
                "local de utilizatori.",
                "Contribuții substanțiale, de durată, recunoscute în întregul proiect QGIS.",
            ],
            "sv": [
                "Inga bidrag till QGIS visas.",
                "Påstådda bidrag utan belägg, eller ett enda mindre bidrag.",
                "Några enstaka, kontrollerbara bidrag (några felrapporter eller översättningar).",
                "Regelbundna, kontrollerbara bidrag inom minst ett område under det senaste året.",
                "Uthålliga bidrag inom flera områden, eller en ledande roll i en lokal "
                "användargrupp.",
                "Betydande och långvariga bidrag som är kända i hela QGIS-projektet.",
            ],
            "zh-hant": [
                "未提出任何對 QGIS 的貢獻。",
                "聲稱有貢獻但無佐證，或僅有一項微小貢獻。",
                "有少量偶發且可查證的貢獻（幾則錯誤回報或翻譯）。",
                "過去一年在至少一個領域有規律且可查證的貢獻。",
                "在多個領域持續貢獻，或在在地使用者社群中擔任主導角色。",
                "長期且重大的貢獻，在整個 QGIS 專案中廣受肯定。",
            ],
        },
    },
    {
        "key": "material_current",
        "minimum": 3,
        "title": {
            "en": "Material up to date with supported QGIS releases",
            "ro": "Materiale actualizate pentru versiunile QGIS suportate",
            "sv": "Material aktuellt för de QGIS-versioner som stöds",
            "zh-hant": "教材符合目前支援的 QGIS 版本",
        },
        "help": {
            "en": "Do the lectures, exercises and data work with a QGIS release that is still "
            "supported (the long-term release or the latest one)? Look at screenshots, menu "
            "names and the QGIS version each course states.",
            "ro": "Funcționează prelegerile, exercițiile și datele cu o versiune QGIS încă "
            "suportată (versiunea cu suport pe termen lung sau cea mai recentă)? Uitați-vă la "
            "capturi de ecran, denumirile meniurilor și versiunea QGIS declarată de fiecare curs.",
            "sv": "Fungerar föreläsningar, övningar och data med en QGIS-version som fortfarande "
            "stöds (den långtidssupporterade eller den senaste)? Titta på skärmbilder, menynamn "
            "och den QGIS-version varje kurs anger.",
            "zh-hant": "講義、練習與資料是否適用於仍受支援的 QGIS 版本（長期支援版或最新版）？"
            "請查看截圖、選單名稱，以及各課程標示的 QGIS 版本。",
        },
        "descriptors": {
            "en": [
                "No material provided, or it cannot be opened.",
                "Written for an unsupported QGIS release (2.x or an early 3.x); much no longer "
                "applies.",
                "Mostly for an old release; many steps, menus or screenshots are outdated.",
                "Works with a supported release; a few outdated screenshots or menu names.",
                "Matches a supported release throughout; exercises and data work as described.",
                "Current with the latest releases and visibly maintained (versions, changelog, "
                "recent updates).",
            ],
            "ro": [
                "Nu sunt furnizate materiale sau nu pot fi deschise.",
                "Scrise pentru o versiune QGIS nesuportată (2.x sau un 3.x timpuriu); multe nu "
                "mai sunt valabile.",
                "În mare parte pentru o versiune veche; mulți pași, meniuri sau capturi de ecran "
                "sunt depășite.",
                "Funcționează cu o versiune suportată; câteva capturi de ecran sau denumiri de "
                "meniuri depășite.",
                "Corespund în întregime unei versiuni suportate; exercițiile și datele "
                "funcționează cum este descris.",
                "Actualizate pentru cele mai recente versiuni și întreținute vizibil (versiuni, "
                "jurnal de modificări, actualizări recente).",
            ],
            "sv": [
                "Inget material har lämnats, eller det går inte att öppna.",
                "Skrivet för en QGIS-version som inte stöds (2.x eller en tidig 3.x); mycket "
                "gäller inte längre.",
                "Mest för en gammal version; många steg, menyer eller skärmbilder är inaktuella.",
                "Fungerar med en version som stöds; några inaktuella skärmbilder eller menynamn.",
                "Stämmer genomgående med en version som stöds; övningar och data fungerar som "
                "beskrivet.",
                "Aktuellt för de senaste versionerna och synligt underhållet (versioner, "
                "ändringslogg, nyliga uppdateringar).",
            ],
            "zh-hant": [
                "未提供教材，或教材無法開啟。",
                "針對已不受支援的 QGIS 版本（2.x 或早期 3.x）撰寫，多數內容已不適用。",
                "大多針對舊版本，許多步驟、選單或截圖已過時。",
                "可用於受支援的版本，僅少數截圖或選單名稱過時。",
                "全面符合受支援的版本，練習與資料皆如說明運作。",
                "與最新版本同步，且明顯持續維護（版本標示、更新紀錄、近期更新）。",
            ],
        },
    },
    {
        "key": "representation",
        "minimum": 3,
        "title": {
            "en": "Correct representation of the QGIS project",
            "ro": "Reprezentarea corectă a proiectului QGIS",
            "sv": "Korrekt framställning av QGIS-projektet",
            "zh-hant": "正確呈現 QGIS 專案",
        },
        "help": {
            "en": "Is QGIS presented as free and open-source software made by a community? Are "
            "its name, logo and licence used correctly, with no claim of being the official "
            "or only provider, and the QGIS project credited?",
            "ro": "Este QGIS prezentat ca software liber și open-source realizat de o comunitate? "
            "Sunt numele, sigla și licența folosite corect, fără pretenția de a fi furnizorul "
            "oficial sau unic, iar proiectul QGIS este menționat?",
            "sv": "Presenteras QGIS som fri programvara med öppen källkod som en gemenskap gör? "
            "Används namn, logotyp och licens korrekt, utan påstående om att vara den officiella "
            "eller enda leverantören, och nämns QGIS-projektet?",
            "zh-hant": "是否將 QGIS 介紹為由社群打造的自由開源軟體？名稱、標誌與授權是否正確使用，"
            "未自稱官方或唯一提供者，並註明 QGIS 專案？",
        },
        "descriptors": {
            "en": [
                "Misrepresents QGIS: presents it as its own product, or sells QGIS itself.",
                "Serious errors: claims to be official, misuses the logo, or hides that QGIS "
                "is free.",
                "Several inaccuracies about the project, its licence or its governance.",
                "Correct on the whole; minor omissions (the licence or the project not "
                "credited everywhere).",
                "Accurate and respectful throughout; the project, licence and community are "
                "credited.",
                "Exemplary: explains open source, the licence and how learners can take part "
                "in the community.",
            ],
            "ro": [
                "Prezintă QGIS greșit: ca produs propriu sau vinde chiar QGIS.",
                "Erori grave: pretinde că este oficial, folosește sigla abuziv sau ascunde că "
                "QGIS este gratuit.",
                "Mai multe inexactități despre proiect, licența sau conducerea sa.",
                "Corect în ansamblu; omisiuni minore (licența sau proiectul nu sunt menționate "
                "peste tot).",
                "Exact și respectuos peste tot; proiectul, licența și comunitatea sunt menționate.",
                "Exemplar: explică open source-ul, licența și cum pot cursanții participa în "
                "comunitate.",
            ],
            "sv": [
                "Ger en felaktig bild av QGIS: som en egen produkt, eller säljer själva QGIS.",
                "Allvarliga fel: påstår sig vara officiell, missbrukar logotypen eller döljer "
                "att QGIS är fritt.",
                "Flera felaktigheter om projektet, dess licens eller dess styrning.",
                "I stort sett korrekt; mindre brister (licensen eller projektet nämns inte "
                "överallt).",
                "Korrekt och respektfullt genomgående; projektet, licensen och gemenskapen nämns.",
                "Föredömligt: förklarar öppen källkod, licensen och hur deltagarna kan bli en "
                "del av gemenskapen.",
            ],
            "zh-hant": [
                "錯誤呈現 QGIS：當作自家產品，或販售 QGIS 本身。",
                "嚴重錯誤：自稱官方、濫用標誌，或隱瞞 QGIS 為免費軟體。",
                "對專案、授權或治理方式有多處不正確。",
                "整體正確，僅有小疏漏（未處處註明授權或專案）。",
                "通篇正確且尊重，註明了專案、授權與社群。",
                "堪為典範：說明開源精神、授權方式，以及學員如何參與社群。",
            ],
        },
    },
    {
        "key": "quality",
        "minimum": None,
        "title": {
            "en": "Overall quality",
            "ro": "Calitatea generală",
            "sv": "Övergripande kvalitet",
            "zh-hant": "整體品質",
        },
        "help": {
            "en": "Structure, clarity, accuracy and teaching value of the material as a whole: "
            "clear goals, a sensible progression, exercises with data and solutions, correct "
            "GIS concepts.",
            "ro": "Structura, claritatea, corectitudinea și valoarea didactică a materialelor în "
            "ansamblu: obiective clare, o progresie logică, exerciții cu date și soluții, "
            "concepte GIS corecte.",
            "sv": "Struktur, tydlighet, korrekthet och pedagogiskt värde i materialet som helhet: "
            "tydliga mål, en rimlig progression, övningar med data och lösningar, korrekta "
            "GIS-begrepp.",
            "zh-hant": "教材整體的架構、清晰度、正確性與教學價值：目標明確、循序漸進、"
            "附資料與解答的練習、正確的 GIS 概念。",
        },
        "descriptors": {
            "en": [
                "Unusable: missing, fragmentary or wrong.",
                "Poor: disorganised, with frequent errors; hard to teach from.",
                "Weak: usable in parts, but gaps in structure or accuracy.",
                "Adequate: clear and mostly correct; a course can be taught from it.",
                "Good: well structured, accurate, with exercises, data and solutions.",
                "Excellent: polished and engaging; could serve as a model for other trainers.",
            ],
            "ro": [
                "Inutilizabile: lipsă, fragmentare sau greșite.",
                "Slabe: dezorganizate, cu erori frecvente; greu de predat după ele.",
                "Modeste: utilizabile pe alocuri, dar cu lacune de structură sau de corectitudine.",
                "Adecvate: clare și în mare parte corecte; se poate preda un curs după ele.",
                "Bune: bine structurate, corecte, cu exerciții, date și soluții.",
                "Excelente: îngrijite și captivante; pot servi drept model altor formatori.",
            ],
            "sv": [
                "Oanvändbart: saknas, är fragmentariskt eller felaktigt.",
                "Dåligt: oordnat, med många fel; svårt att undervisa utifrån.",
                "Svagt: användbart i delar, men brister i struktur eller korrekthet.",
                "Godtagbart: tydligt och mestadels korrekt; en kurs kan hållas utifrån det.",
                "Bra: välstrukturerat, korrekt, med övningar, data och lösningar.",
                "Utmärkt: genomarbetat och engagerande; kan tjäna som förebild för andra "
                "utbildare.",
            ],
            "zh-hant": [
                "無法使用：缺漏、零散或內容錯誤。",
                "不佳：缺乏組織、錯誤頻繁，難以據以授課。",
                "偏弱：部分可用，但架構或正確性有缺口。",
                "尚可：清楚且大致正確，可據以開課。",
                "良好：架構完善、內容正確，附練習、資料與解答。",
                "優秀：精緻且引人入勝，足為其他講師的範本。",
            ],
        },
    },
    {
        "key": "standing",
        "minimum": None,
        "title": {
            "en": "Standing in the QGIS community",
            "ro": "Reputația în comunitatea QGIS",
            "sv": "Anseende i QGIS-gemenskapen",
            "zh-hant": "在 QGIS 社群中的聲譽",
        },
        "help": {
            "en": "The organisation's and its trainers' reputation among QGIS users and "
            "developers: known through the user group, conferences, forums, mailing lists or "
            "earlier certified courses. Say what you know first-hand.",
            "ro": "Reputația organizației și a formatorilor săi printre utilizatorii și "
            "dezvoltatorii QGIS: cunoscuți din grupul de utilizatori, conferințe, forumuri, "
            "liste de discuții sau cursuri certificate anterioare. Spuneți ce știți din "
            "experiență proprie.",
            "sv": "Organisationens och dess utbildares anseende bland QGIS-användare och "
            "-utvecklare: kända genom användargruppen, konferenser, forum, e-postlistor eller "
            "tidigare certifierade kurser. Berätta vad du vet av egen erfarenhet.",
            "zh-hant": "機構及其講師在 QGIS 使用者與開發者之間的聲譽：透過使用者社群、研討會、"
            "論壇、郵件論壇或過往認證課程而為人所知。請說明您親身所知的情況。",
        },
        "descriptors": {
            "en": [
                "A poor reputation: documented complaints or conduct against the community's "
                "code of conduct.",
                "Unknown in the community, with some concerns raised.",
                "Unknown in the community; nothing for or against.",
                "Known locally: takes part in the user group or local events.",
                "Well regarded: active and respected in the community, locally or beyond.",
                "Highly respected: recognised contributors or trainers across the QGIS community.",
            ],
            "ro": [
                "Reputație proastă: plângeri documentate sau comportament contrar codului de "
                "conduită al comunității.",
                "Necunoscută în comunitate, cu unele rezerve exprimate.",
                "Necunoscută în comunitate; nimic pro sau contra.",
                "Cunoscută local: participă la grupul de utilizatori sau la evenimente locale.",
                "Bine văzută: activă și respectată în comunitate, local sau mai larg.",
                "Foarte respectată: contribuitori sau formatori recunoscuți în întreaga "
                "comunitate QGIS.",
            ],
            "sv": [
                "Dåligt anseende: dokumenterade klagomål eller uppträdande som strider mot "
                "gemenskapens uppförandekod.",
                "Okänd i gemenskapen, med vissa farhågor.",
                "Okänd i gemenskapen; inget för eller emot.",
                "Känd lokalt: deltar i användargruppen eller lokala evenemang.",
                "Väl ansedd: aktiv och respekterad i gemenskapen, lokalt eller mer brett.",
                "Mycket respekterad: erkända bidragsgivare eller utbildare i hela "
                "QGIS-gemenskapen.",
            ],
            "zh-hant": [
                "聲譽不佳：有記錄在案的申訴，或有違反社群行為準則的行為。",
                "在社群中沒沒無聞，且有人提出疑慮。",
                "在社群中沒沒無聞，無正面或負面資訊。",
                "在地知名：參與使用者社群或在地活動。",
                "風評良好：在在地或更廣的社群中活躍且受敬重。",
                "備受敬重：在整個 QGIS 社群中公認的貢獻者或講師。",
            ],
        },
    },
]
