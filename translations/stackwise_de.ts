<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdrFolder</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the decision record: %2</source>
        <translation>%1: Das Entscheidungsdokument kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the earlier record to mark it superseded: %2</source>
        <translation>%1: Das frühere Dokument kann nicht gelesen werden, um es als abgelöst zu markieren: %2</translation>
    </message>
    <message>
        <source>%1: cannot mark the earlier record superseded: %2</source>
        <translation>%1: Das frühere Dokument kann nicht als abgelöst markiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Ahp</name>
    <message>
        <source>pairwise judgments need at least two criteria</source>
        <translation>paarweise Urteile brauchen mindestens zwei Kriterien</translation>
    </message>
    <message>
        <source>the pairwise judgments do not link &apos;%1&apos; with &apos;%2&apos;; compare it with one of the others</source>
        <translation>die paarweisen Urteile verbinden „%1“ nicht mit „%2“; vergleichen Sie es mit einem der anderen</translation>
    </message>
</context>
<context>
    <name>AnswersFile</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation>Antwortdatei</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>project author</source>
        <translation>Projektautor</translation>
    </message>
    <message>
        <source>project notes</source>
        <translation>Projektnotizen</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Frage &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>wrong kind: expected one option id for single question &apos;%1&apos; (one of: %2)</source>
        <translation>falsche Art: für die Einfachauswahlfrage &apos;%1&apos; wird eine Options-ID erwartet (eine von: %2)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for question &apos;%2&apos; (expected one of: %3)</source>
        <translation>unbekannte Option &apos;%1&apos; für Frage &apos;%2&apos; (erwartet wird eine von: %3)</translation>
    </message>
    <message>
        <source>wrong kind: expected a list of option ids for multi question &apos;%1&apos; (from: %2)</source>
        <translation>falsche Art: für die Mehrfachauswahlfrage &apos;%1&apos; wird eine Liste von Options-IDs erwartet (aus: %2)</translation>
    </message>
    <message>
        <source>expected an option id in the list for question &apos;%1&apos; (one of: %2)</source>
        <translation>in der Liste für Frage &apos;%1&apos; wird eine Options-ID erwartet (eine von: %2)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is listed twice for question &apos;%2&apos;</source>
        <translation>Option &apos;%1&apos; ist für Frage &apos;%2&apos; doppelt aufgeführt</translation>
    </message>
    <message>
        <source>pins</source>
        <translation>pins</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; in pins (known: %2)</source>
        <translation>unbekannter Bereich &apos;%1&apos; in pins (bekannt: %2)</translation>
    </message>
    <message>
        <source>pin of area &apos;%1&apos;</source>
        <translation>Festlegung für Bereich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; pinned for area &apos;%2&apos; (expected one of: %3)</source>
        <translation>unbekannter Kandidat &apos;%1&apos; für Bereich &apos;%2&apos; festgelegt (erwartet wird einer von: %3)</translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; is in area &apos;%2&apos;, not &apos;%3&apos; (expected one of: %4)</source>
        <translation>Kandidat &apos;%1&apos; gehört zu Bereich &apos;%2&apos;, nicht zu &apos;%3&apos; (erwartet wird einer von: %4)</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; in weights (known: %2)</source>
        <translation>unbekanntes Kriterium &apos;%1&apos; in weights (bekannt: %2)</translation>
    </message>
    <message>
        <source>weight of &apos;%1&apos;</source>
        <translation>Gewichtung von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight must be 0..10, got %1</source>
        <translation>Gewichtung muss im Wertebereich 0..10 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>pairwise</source>
        <translation>pairwise</translation>
    </message>
    <message>
        <source>a pairwise judgment is [criterion, criterion, value], e.g. [ecosystem, performance, 3]</source>
        <translation>ein paarweises Urteil ist [Kriterium, Kriterium, Wert], z. B. [ecosystem, performance, 3]</translation>
    </message>
    <message>
        <source>pairwise criterion</source>
        <translation>Kriterium eines paarweisen Urteils</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; in pairwise (known: %2)</source>
        <translation>unbekanntes Kriterium „%1“ in pairwise (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is compared with itself</source>
        <translation>„%1“ wird mit sich selbst verglichen</translation>
    </message>
    <message>
        <source>the pair %1, %2 is judged twice (first at line %3)</source>
        <translation>das Paar %1, %2 wird zweimal beurteilt (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>the pair %1, %2 is judged both ways (first at line %3); keep one</source>
        <translation>das Paar %1, %2 wird in beide Richtungen beurteilt (zuerst in Zeile %3); behalten Sie eines</translation>
    </message>
    <message>
        <source>pairwise value</source>
        <translation>Wert eines paarweisen Urteils</translation>
    </message>
    <message>
        <source>a pairwise value is a number or a fraction such as 3, 0.5 or 1/2, got &apos;%1&apos;</source>
        <translation>ein paarweiser Wert ist eine Zahl oder ein Bruch wie 3, 0.5 oder 1/2, erhalten: „%1“</translation>
    </message>
    <message>
        <source>a pairwise value is on Saaty&apos;s scale, 1/9 to 9, got &apos;%1&apos;</source>
        <translation>ein paarweiser Wert liegt auf Saatys Skala von 1/9 bis 9, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>AutosaveManager</name>
    <message>
        <source>Could not write the autosave file %1: %2</source>
        <translation>Die Datei der automatischen Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Says who</source>
        <translation>Wer sagt das</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Aufschlüsselung der Punktzahl</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>B&amp;ereich:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No score for this choice.</source>
        <translation>Für diese Auswahl gibt es keine Punktzahl.</translation>
    </message>
    <message>
        <source>Total: %1 points, the score of %2 (criterion points are importance × rating, scaled so that all criteria together give 0–100).</source>
        <translation>Gesamt: %1 Punkte, die Punktzahl von %2 (Kriteriumspunkte sind Wichtigkeit × Bewertung, so skaliert, dass alle Kriterien zusammen 0–100 ergeben).</translation>
    </message>
    <message>
        <source>Whose candidates can be chosen next</source>
        <translation>Bereich, dessen Kandidaten als Nächstes ausgewählt werden können</translation>
    </message>
    <message>
        <source>Whose score the table explains</source>
        <translation>Kandidat, dessen Punktzahl die Tabelle erklärt</translation>
    </message>
    <message>
        <source>What each criterion and answer adds to the score; the points add up to it</source>
        <translation>Was jedes Kriterium und jede Antwort zur Punktzahl beiträgt; die Punkte ergeben zusammen die Punktzahl</translation>
    </message>
    <message>
        <source>Says who (%1):
%2</source>
        <translation>Wer sagt das (%1):
%2</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>No candidates</source>
        <translation>Keine Kandidaten</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (festgelegt)</translation>
    </message>
    <message>
        <source>Choose candidates to compare</source>
        <translation>Kandidaten zum Vergleichen auswählen</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Scores per area</source>
        <translation>Punktzahlen je Bereich</translation>
    </message>
    <message>
        <source>Criteria profile</source>
        <translation>Kriterienprofil</translation>
    </message>
    <message>
        <source>%1: %2 leads with %3</source>
        <translation>%1: %2 führt mit %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the report to OUT without opening a window.</source>
        <translation>Den Bericht nach AUSGABE schreiben, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Report format: html, pdf, md, json or csv (default: from OUT&apos;s extension).</source>
        <translation>Berichtsformat: html, pdf, md, json oder csv (Standard: aus der Dateiendung von AUSGABE).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Add or override knowledge-base files from DIR (repeatable).</source>
        <translation>Wissensbasis-Dateien aus VERZ hinzufügen oder überschreiben (wiederholbar).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Language of the interface and reports (en, de, fr).</source>
        <translation>Sprache der Oberfläche und der Berichte (en, de, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Check the knowledge base in DIR and report every problem.</source>
        <translation>Die Wissensbasis in VERZ prüfen und jedes Problem melden.</translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter (default: from the locale).</source>
        <translation>PDF-Seitengröße: A4 oder Letter (Standard: aus den Regionaleinstellungen).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Stackwise helps a team choose its web stack: frontend, backend, database and API style.</source>
        <translation>Stackwise hilft einem Team bei der Wahl seines Web-Stacks: Frontend, Backend, Datenbank und API-Stil.</translation>
    </message>
    <message>
        <source>[FILE.yaml]</source>
        <translation>[DATEI.yaml]</translation>
    </message>
    <message>
        <source>--export needs at least one --answers FILE.</source>
        <translation>--export benötigt mindestens ein --answers DATEI.</translation>
    </message>
    <message>
        <source>--answers needs --export OUT (to open a file in the wizard, pass it without --answers).</source>
        <translation>--answers benötigt --export AUSGABE (um eine Datei im Assistenten zu öffnen, übergeben Sie sie ohne --answers).</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekanntes Berichtsformat „%1“; erwartet wird eines von: %2.</translation>
    </message>
    <message>
        <source>%1: cannot tell the report format from the file name; use --format with one of: %2.</source>
        <translation>%1: Das Berichtsformat lässt sich nicht aus dem Dateinamen ableiten; verwenden Sie --format mit einem von: %2.</translation>
    </message>
    <message>
        <source>cannot read the answers file</source>
        <translation>Antwortdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekannte Sprache „%1“; erwartet wird eine von: %2.</translation>
    </message>
    <message>
        <source>%1 areas, %2 candidates, %3 questions, %4 criteria, %5 rules</source>
        <translation>%1 Bereiche, %2 Kandidaten, %3 Fragen, %4 Kriterien, %5 Regeln</translation>
    </message>
    <message>
        <source>%1: valid as an overlay on the built-in knowledge base; together: %2</source>
        <translation>%1: gültig als Ergänzung der eingebauten Wissensbasis; zusammen: %2</translation>
    </message>
    <message>
        <source>%1: knowledge base is valid: %2</source>
        <translation>%1: Die Wissensbasis ist gültig: %2</translation>
    </message>
    <message>
        <source>With --validate-kb: also require a source on every rating.</source>
        <translation>Mit --validate-kb: zusätzlich für jede Bewertung eine Quelle verlangen.</translation>
    </message>
    <message>
        <source>--strict goes with --validate-kb DIR.</source>
        <translation>--strict gehört zu --validate-kb VERZ.</translation>
    </message>
    <message>
        <source>Answers file, or a report made by Stackwise, to evaluate; repeat for a group decision.</source>
        <translation>Antwortdatei oder ein mit Stackwise erstellter Bericht, der ausgewertet wird; für eine Gruppenentscheidung wiederholen.</translation>
    </message>
    <message>
        <source>Answers file, or a report made by Stackwise, to open in the wizard.</source>
        <translation>Antwortdatei oder ein mit Stackwise erstellter Bericht, der im Assistenten geöffnet wird.</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: Hinweis: %2</translation>
    </message>
    <message>
        <source>Write the decision record (MADR) into the folder of records DIR as NNNN-title.md, superseding the project&apos;s earlier record there.</source>
        <translation>Das Entscheidungsdokument (MADR) als NNNN-titel.md in den Dokumentenordner VERZ schreiben und das frühere Dokument des Projekts dort ablösen.</translation>
    </message>
    <message>
        <source>--adr-dir DIR needs at least one --answers FILE, and no --export.</source>
        <translation>--adr-dir VERZ benötigt mindestens ein --answers DATEI und kein --export.</translation>
    </message>
    <message>
        <source>%1: a folder of decision records takes the Markdown record (--format md).</source>
        <translation>%1: Ein Ordner mit Entscheidungsdokumenten nimmt das Markdown-Dokument auf (--format md).</translation>
    </message>
    <message>
        <source>Show what changed from the decision OLD to NEW (answers files or reports): --diff OLD NEW [--export OUT.{md,html,json}].</source>
        <translation>Zeigen, was sich von der Entscheidung ALT zu NEU geändert hat (Antwortdateien oder Berichte): --diff ALT NEU [--export AUSGABE.{md,html,json}].</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>--diff OLD NEW takes two decisions (answers files or reports), and no --answers.</source>
        <translation>--diff ALT NEU nimmt zwei Entscheidungen (Antwortdateien oder Berichte) und kein --answers.</translation>
    </message>
    <message>
        <source>A diff is written as md, html or json.</source>
        <translation>Ein Vergleich wird als md, html oder json geschrieben.</translation>
    </message>
    <message>
        <source>%1: cannot write the diff: %2</source>
        <translation>%1: Der Vergleich kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write a starter folder DIR for the recommended stack: the official create commands in a README, compose.yaml, .env.example, the record and the answers. Nothing is downloaded or run.</source>
        <translation>Einen Starter-Ordner VERZ für den empfohlenen Stack schreiben: die offiziellen Befehle zum Anlegen in einer README, compose.yaml, .env.example, die Entscheidungsdokumentation und die Antworten. Nichts wird heruntergeladen oder ausgeführt.</translation>
    </message>
    <message>
        <source>With --scaffold: the stack ranked N instead of the recommended one (1).</source>
        <translation>Mit --scaffold: der Stack auf Rang N statt des empfohlenen (1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --scaffold: write into DIR even when it already holds files.</source>
        <translation>Mit --scaffold: auch dann in VERZ schreiben, wenn es schon Dateien enthält.</translation>
    </message>
    <message>
        <source>--scaffold DIR needs at least one --answers FILE, and no --export or --adr-dir.</source>
        <translation>--scaffold VERZ braucht mindestens eine --answers DATEI und kein --export oder --adr-dir.</translation>
    </message>
    <message>
        <source>--stack and --force go with --scaffold DIR.</source>
        <translation>--stack und --force gehören zu --scaffold VERZ.</translation>
    </message>
    <message>
        <source>--stack takes a rank, 1 or more; got &quot;%1&quot;.</source>
        <translation>--stack erwartet einen Rang ab 1; erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Decisions</source>
        <translation>Entscheidungen vergleichen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Web page (*.html);;JSON (*.json)</source>
        <translation>Markdown (*.md);;Webseite (*.html);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Nachteile</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1 (Wichtigkeit %2)</translation>
    </message>
    <message>
        <source>%1
Importance %2, %3</source>
        <translation>%1
Wichtigkeit %2, %3</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Area to compare</source>
        <translation>Zu vergleichender Bereich</translation>
    </message>
    <message>
        <source>Sort candidates by</source>
        <translation>Kandidaten sortieren nach</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Höchste zuerst</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Niedrigste zuerst</translation>
    </message>
    <message>
        <source>Filter criteria by name</source>
        <translation>Kriterien nach Namen filtern</translation>
    </message>
    <message>
        <source>Filter criteria…</source>
        <translation>Kriterien filtern…</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>B&amp;ereich:</translation>
    </message>
    <message>
        <source>Sort b&amp;y:</source>
        <translation>S&amp;ortieren nach:</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message numerus="yes">
        <source>Criteria profile of the first %n columns (ratings 0–10)</source>
        <translation>
            <numerusform>Kriterienprofil der ersten %n Spalte (Bewertungen 0–10)</numerusform>
            <numerusform>Kriterienprofil der ersten %n Spalten (Bewertungen 0–10)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose candidates the table compares</source>
        <translation>Bereich, dessen Kandidaten die Tabelle vergleicht</translation>
    </message>
    <message>
        <source>The score or the criterion that orders the columns</source>
        <translation>Die Punktzahl oder das Kriterium, nach dem die Spalten geordnet werden</translation>
    </message>
    <message>
        <source>Highest or lowest first</source>
        <translation>Höchste oder niedrigste zuerst</translation>
    </message>
    <message>
        <source>Shows only the criteria whose name contains this text</source>
        <translation>Zeigt nur die Kriterien, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Ratings of the candidates, one row per criterion</source>
        <translation>Bewertungen der Kandidaten, eine Zeile pro Kriterium</translation>
    </message>
</context>
<context>
    <name>DiffReportWriter</name>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>the answer to “%1”</source>
        <translation>die Antwort auf „%1“</translation>
    </message>
    <message>
        <source>mostly %1: %2 → %3 points</source>
        <translation>vor allem %1: %2 → %3 Punkte</translation>
    </message>
    <message>
        <source>no legal stack</source>
        <translation>kein zulässiger Stack</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (Punktzahl %2)</translation>
    </message>
    <message>
        <source>What changed: %1 → %2</source>
        <translation>Was sich geändert hat: %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Pin for %1: %2 → %3</source>
        <translation>Festlegung für %1: %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: new, %2 of 10</source>
        <translation>%1: neu, %2 von 10</translation>
    </message>
    <message>
        <source>%1: gone (was %2 of 10)</source>
        <translation>%1: entfallen (war %2 von 10)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of 10</source>
        <translation>%1: %2 → %3 von 10</translation>
    </message>
    <message>
        <source>New leader: %1 (was %2)</source>
        <translation>Neu vorn: %1 (vorher %2)</translation>
    </message>
    <message>
        <source>%1 came in at #%2 with %3</source>
        <translation>%1 neu auf Platz %2 mit %3</translation>
    </message>
    <message>
        <source>%1 went out (was #%2 with %3)</source>
        <translation>%1 entfallen (war Platz %2 mit %3)</translation>
    </message>
    <message>
        <source>%1 %2 from #%3 to #%4, its score unchanged at %5</source>
        <translation>%1 %2 von Platz %3 auf %4, Punktzahl unverändert %5</translation>
    </message>
    <message>
        <source>up</source>
        <translation>steigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fällt</translation>
    </message>
    <message>
        <source>%1 up from #%2 to #%3, %4 (%5 → %6)</source>
        <translation>%1 steigt von Platz %2 auf %3, %4 (%5 → %6)</translation>
    </message>
    <message>
        <source>%1 down from #%2 to #%3, %4 (%5 → %6)</source>
        <translation>%1 fällt von Platz %2 auf %3, %4 (%5 → %6)</translation>
    </message>
    <message>
        <source>%1 stays #%2, %3 (%4 → %5)</source>
        <translation>%1 bleibt auf Platz %2, %3 (%4 → %5)</translation>
    </message>
    <message>
        <source>Knowledge base %1 → %2: some moves come from the knowledge base, not the answers.</source>
        <translation>Wissensbasis %1 → %2: Manche Verschiebungen kommen aus der Wissensbasis, nicht aus den Antworten.</translation>
    </message>
    <message>
        <source>Nothing changed: the same answers give the same results.</source>
        <translation>Nichts hat sich geändert: Dieselben Antworten ergeben dieselben Ergebnisse.</translation>
    </message>
    <message>
        <source>Answers that changed</source>
        <translation>Geänderte Antworten</translation>
    </message>
    <message>
        <source>Importance that moved</source>
        <translation>Geänderte Wichtigkeit</translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation>Empfohlener Stack</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>KbFileReader</name>
    <message>
        <source>a knowledge-base file</source>
        <translation>Wissensbasis-Datei</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>areas</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>criteria</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidates</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>synergies</source>
        <translation>synergies</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>constraints</translation>
    </message>
    <message>
        <source>kb</source>
        <translation>kb</translation>
    </message>
    <message>
        <source>kb version</source>
        <translation>Version der Wissensbasis</translation>
    </message>
    <message>
        <source>kb date</source>
        <translation>Datum der Wissensbasis</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>area id</source>
        <translation>Bereichs-ID</translation>
    </message>
    <message>
        <source>area name</source>
        <translation>Bereichsname</translation>
    </message>
    <message>
        <source>area description</source>
        <translation>Bereichsbeschreibung</translation>
    </message>
    <message>
        <source>area order</source>
        <translation>Bereichsreihenfolge</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation>Kriteriums-ID</translation>
    </message>
    <message>
        <source>criterion name</source>
        <translation>Kriteriumsname</translation>
    </message>
    <message>
        <source>criterion description</source>
        <translation>Kriteriumsbeschreibung</translation>
    </message>
    <message>
        <source>criterion areas</source>
        <translation>Bereiche des Kriteriums</translation>
    </message>
    <message>
        <source>criterion baseline</source>
        <translation>Grundwert des Kriteriums</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation>Kandidaten-ID</translation>
    </message>
    <message>
        <source>candidate area</source>
        <translation>Bereich des Kandidaten</translation>
    </message>
    <message>
        <source>candidate name</source>
        <translation>Kandidatenname</translation>
    </message>
    <message>
        <source>candidate summary</source>
        <translation>Zusammenfassung des Kandidaten</translation>
    </message>
    <message>
        <source>candidate link</source>
        <translation>Link des Kandidaten</translation>
    </message>
    <message>
        <source>strong_for item</source>
        <translation>Eintrag in strong_for</translation>
    </message>
    <message>
        <source>pros item</source>
        <translation>Eintrag in pros</translation>
    </message>
    <message>
        <source>cons item</source>
        <translation>Eintrag in cons</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>ratings</translation>
    </message>
    <message>
        <source>rating of &apos;%1&apos;</source>
        <translation>Bewertung von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rating score</source>
        <translation>Bewertungswert</translation>
    </message>
    <message>
        <source>rating reason</source>
        <translation>Begründung der Bewertung</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>Fragen-ID</translation>
    </message>
    <message>
        <source>question page</source>
        <translation>Fragenseite</translation>
    </message>
    <message>
        <source>question kind</source>
        <translation>Fragenart</translation>
    </message>
    <message>
        <source>unknown question kind &apos;%1&apos; (expected single or multi)</source>
        <translation>unbekannte Fragenart &apos;%1&apos; (erwartet: single oder multi)</translation>
    </message>
    <message>
        <source>question text</source>
        <translation>Fragentext</translation>
    </message>
    <message>
        <source>question help</source>
        <translation>Hilfetext der Frage</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>option id</source>
        <translation>Options-ID</translation>
    </message>
    <message>
        <source>option label</source>
        <translation>Optionsbeschriftung</translation>
    </message>
    <message>
        <source>effects</source>
        <translation>effects</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>an effect names either a &apos;criterion&apos; (with &apos;importance&apos;) or a &apos;candidate&apos; (with &apos;points&apos;)</source>
        <translation>ein Effekt nennt entweder &apos;criterion&apos; (mit &apos;importance&apos;) oder &apos;candidate&apos; (mit &apos;points&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not go with &apos;%2&apos; (use &apos;%3&apos;)</source>
        <translation>&apos;%1&apos; passt nicht zu &apos;%2&apos; (verwenden Sie &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>effect criterion</source>
        <translation>Kriterium des Effekts</translation>
    </message>
    <message>
        <source>effect candidate</source>
        <translation>Kandidat des Effekts</translation>
    </message>
    <message>
        <source>effect is missing the required key &apos;%1&apos;</source>
        <translation>dem Effekt fehlt der erforderliche Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>effect importance</source>
        <translation>Wichtigkeit des Effekts</translation>
    </message>
    <message>
        <source>effect points</source>
        <translation>Punkte des Effekts</translation>
    </message>
    <message>
        <source>effect reason</source>
        <translation>Begründung des Effekts</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>Synergie</translation>
    </message>
    <message>
        <source>synergy candidate</source>
        <translation>Kandidat der Synergie</translation>
    </message>
    <message>
        <source>&apos;between&apos; must list exactly 2 candidates, got %1</source>
        <translation>&apos;between&apos; muss genau 2 Kandidaten enthalten, gefunden: %1</translation>
    </message>
    <message>
        <source>synergy points</source>
        <translation>Punkte der Synergie</translation>
    </message>
    <message>
        <source>synergy reason</source>
        <translation>Begründung der Synergie</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>constraint id</source>
        <translation>Regel-ID</translation>
    </message>
    <message>
        <source>constraint &apos;when&apos; candidate</source>
        <translation>&apos;when&apos;-Kandidat der Regel</translation>
    </message>
    <message>
        <source>constraint reason</source>
        <translation>Begründung der Regel</translation>
    </message>
    <message>
        <source>a constraint has exactly one of &apos;requires&apos; or &apos;forbids&apos;</source>
        <translation>eine Regel hat genau eines von &apos;requires&apos; oder &apos;forbids&apos;</translation>
    </message>
    <message>
        <source>&apos;requires&apos;</source>
        <translation>&apos;requires&apos;</translation>
    </message>
    <message>
        <source>&apos;forbids&apos;</source>
        <translation>&apos;forbids&apos;</translation>
    </message>
    <message>
        <source>constraint area</source>
        <translation>Bereich der Regel</translation>
    </message>
    <message>
        <source>constraint candidate</source>
        <translation>Kandidat der Regel</translation>
    </message>
    <message>
        <source>a constraint must list at least one candidate</source>
        <translation>eine Regel muss mindestens einen Kandidaten aufführen</translation>
    </message>
    <message>
        <source>candidate language</source>
        <translation>Sprache des Kandidaten</translation>
    </message>
    <message>
        <source>option language</source>
        <translation>Sprache der Option</translation>
    </message>
    <message>
        <source>&apos;areas&apos; scopes an importance effect; a nudge already names its candidate</source>
        <translation>&apos;areas&apos; grenzt einen Wichtigkeitseffekt ein; ein Schub nennt seinen Kandidaten bereits</translation>
    </message>
    <message>
        <source>effect area</source>
        <translation>Bereich des Effekts</translation>
    </message>
    <message>
        <source>language_rules</source>
        <translation>language_rules</translation>
    </message>
    <message>
        <source>language names</source>
        <translation>Sprachnamen</translation>
    </message>
    <message>
        <source>language id &apos;%1&apos; may use only a-z, 0-9 and _</source>
        <translation>die Sprach-ID &apos;%1&apos; darf nur a-z, 0-9 und _ enthalten</translation>
    </message>
    <message>
        <source>language name</source>
        <translation>Sprachname</translation>
    </message>
    <message>
        <source>team_language rule</source>
        <translation>Regel team_language</translation>
    </message>
    <message>
        <source>rule question</source>
        <translation>Frage der Regel</translation>
    </message>
    <message>
        <source>rule area</source>
        <translation>Bereich der Regel</translation>
    </message>
    <message>
        <source>rule points</source>
        <translation>Punkte der Regel</translation>
    </message>
    <message>
        <source>rule reason</source>
        <translation>Begründung der Regel</translation>
    </message>
    <message>
        <source>one_language rule</source>
        <translation>Regel one_language</translation>
    </message>
    <message>
        <source>&apos;areas&apos; must list exactly 2 areas, got %1</source>
        <translation>&apos;areas&apos; muss genau 2 Bereiche enthalten, gefunden: %1</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>Quellen-ID</translation>
    </message>
    <message>
        <source>as_of date</source>
        <translation>as_of-Datum</translation>
    </message>
    <message>
        <source>%1 must be YYYY-MM-DD or YYYY-MM, got &apos;%2&apos;</source>
        <translation>%1 muss JJJJ-MM-TT oder JJJJ-MM sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>source title</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <source>source publisher</source>
        <translation>Herausgeber der Quelle</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>URL der Quelle</translation>
    </message>
    <message>
        <source>source url must start with https:// or http://, got &apos;%1&apos;</source>
        <translation>die URL der Quelle muss mit https:// oder http:// beginnen, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>source date</source>
        <translation>Datum der Quelle</translation>
    </message>
    <message>
        <source>scaffold</source>
        <translation>scaffold</translation>
    </message>
    <message>
        <source>scaffold folder</source>
        <translation>scaffold-Ordner</translation>
    </message>
    <message>
        <source>scaffold docs</source>
        <translation>scaffold-Dokumentation</translation>
    </message>
    <message>
        <source>scaffold docs must be an https:// address of the official page, got &apos;%1&apos;</source>
        <translation>scaffold docs muss eine https://-Adresse der offiziellen Seite sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>scaffold checked date</source>
        <translation>scaffold-Prüfdatum</translation>
    </message>
    <message>
        <source>scaffold commands</source>
        <translation>scaffold-Befehle</translation>
    </message>
    <message>
        <source>scaffold command</source>
        <translation>scaffold-Befehl</translation>
    </message>
    <message>
        <source>scaffold command &apos;with&apos; candidate</source>
        <translation>Kandidat in „with“ eines scaffold-Befehls</translation>
    </message>
    <message>
        <source>scaffold command &apos;without&apos; candidate</source>
        <translation>Kandidat in „without“ eines scaffold-Befehls</translation>
    </message>
    <message>
        <source>a scaffold command is one line; give each command its own entry</source>
        <translation>ein scaffold-Befehl ist eine Zeile; jeder Befehl braucht einen eigenen Eintrag</translation>
    </message>
    <message>
        <source>scaffold env</source>
        <translation>scaffold env</translation>
    </message>
    <message>
        <source>scaffold note</source>
        <translation>scaffold-Hinweis</translation>
    </message>
    <message>
        <source>scaffold service</source>
        <translation>scaffold-Dienst</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>service image</source>
        <translation>Dienst-Image</translation>
    </message>
    <message>
        <source>service image must be NAME:TAG with a fixed tag (not latest), got &apos;%1&apos;</source>
        <translation>das Dienst-Image muss NAME:TAG mit festem Tag sein (nicht latest), erhalten: „%1“</translation>
    </message>
    <message>
        <source>service port</source>
        <translation>Dienst-Port</translation>
    </message>
    <message>
        <source>service port must be 1 to 65535, got %1</source>
        <translation>der Dienst-Port muss zwischen 1 und 65535 liegen, erhalten: %1</translation>
    </message>
    <message>
        <source>service volume</source>
        <translation>Dienst-Volume</translation>
    </message>
    <message>
        <source>service volume is the data path inside the container, an absolute path; got &apos;%1&apos;</source>
        <translation>das Dienst-Volume ist der Datenpfad im Container, ein absoluter Pfad; erhalten: „%1“</translation>
    </message>
    <message>
        <source>service environment</source>
        <translation>Dienst-Umgebung</translation>
    </message>
    <message>
        <source>service healthcheck</source>
        <translation>Dienst-Healthcheck</translation>
    </message>
    <message>
        <source>healthcheck word</source>
        <translation>Healthcheck-Wort</translation>
    </message>
    <message>
        <source>a healthcheck starts with CMD or CMD-SHELL, got &apos;%1&apos;</source>
        <translation>ein Healthcheck beginnt mit CMD oder CMD-SHELL, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a variable name (A-Z, 0-9 and _)</source>
        <translation>%1: „%2“ ist kein Variablenname (A-Z, 0-9 und _)</translation>
    </message>
</context>
<context>
    <name>KbLoader</name>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first defined at %3)</source>
        <translation>doppelte %1 &apos;%2&apos; (zuerst definiert in %3)</translation>
    </message>
    <message>
        <source>area id</source>
        <translation>Bereichs-ID</translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation>Kriteriums-ID</translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation>Kandidaten-ID</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>Fragen-ID</translation>
    </message>
    <message>
        <source>constraint id</source>
        <translation>Regel-ID</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>Synergie</translation>
    </message>
    <message>
        <source>knowledge-base directory does not exist</source>
        <translation>das Wissensbasis-Verzeichnis existiert nicht</translation>
    </message>
    <message>
        <source>the knowledge base defines no areas</source>
        <translation>die Wissensbasis definiert keine Bereiche</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>Quellen-ID</translation>
    </message>
</context>
<context>
    <name>KbValidator</name>
    <message>
        <source>duplicate %1 id &apos;%2&apos; (first defined at %3)</source>
        <translation>%1: doppelte ID &apos;%2&apos; (zuerst definiert in %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>area &apos;%1&apos; has no candidates</source>
        <translation>Bereich &apos;%1&apos; hat keine Kandidaten</translation>
    </message>
    <message>
        <source>area &apos;%1&apos; has no criteria (no criterion lists it in &apos;areas&apos;)</source>
        <translation>Bereich &apos;%1&apos; hat keine Kriterien (kein Kriterium führt ihn in &apos;areas&apos; auf)</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; applies to no area</source>
        <translation>Kriterium &apos;%1&apos; gilt für keinen Bereich</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Bereich &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>area &apos;%1&apos; is listed twice</source>
        <translation>Bereich &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>baseline must be 0..10, got %1</source>
        <translation>Grundwert muss im Wertebereich 0..10 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; for candidate &apos;%2&apos; (known: %3)</source>
        <translation>unbekannter Bereich &apos;%1&apos; für Kandidat &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Kriterium &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; does not apply to area &apos;%2&apos; (it applies to: %3)</source>
        <translation>Kriterium &apos;%1&apos; gilt nicht für Bereich &apos;%2&apos; (es gilt für: %3)</translation>
    </message>
    <message>
        <source>rating must be 0..10, got %1</source>
        <translation>Bewertung muss im Wertebereich 0..10 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; has no rating for criterion &apos;%2&apos; (every criterion of area &apos;%3&apos; needs one)</source>
        <translation>Kandidat &apos;%1&apos; hat keine Bewertung für Kriterium &apos;%2&apos; (jedes Kriterium von Bereich &apos;%3&apos; braucht eine)</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>question page &apos;%1&apos; is neither &apos;team&apos; nor an area (known areas: %2)</source>
        <translation>Fragenseite &apos;%1&apos; ist weder &apos;team&apos; noch ein Bereich (bekannte Bereiche: %2)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no options</source>
        <translation>Frage &apos;%1&apos; hat keine Optionen</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of question &apos;%2&apos; has no effects</source>
        <translation>Option &apos;%1&apos; von Frage &apos;%2&apos; hat keine Effekte</translation>
    </message>
    <message>
        <source>importance must be -%1..%1, got %2</source>
        <translation>Wichtigkeit muss im Wertebereich -%1..%1 liegen, gefunden: %2</translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Kandidat &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>points must be -%1..%1, got %2</source>
        <translation>Punkte müssen im Wertebereich -%1..%1 liegen, gefunden: %2</translation>
    </message>
    <message>
        <source>duplicate synergy between &apos;%1&apos; and &apos;%2&apos; (first defined at %3)</source>
        <translation>doppelte Synergie zwischen &apos;%1&apos; und &apos;%2&apos; (zuerst definiert in %3)</translation>
    </message>
    <message>
        <source>a synergy joins two different candidates, got &apos;%1&apos; twice</source>
        <translation>eine Synergie verbindet zwei verschiedene Kandidaten, aber &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>synergy between &apos;%1&apos; and &apos;%2&apos; of the same area &apos;%3&apos; (a synergy joins candidates of different areas)</source>
        <translation>Synergie zwischen &apos;%1&apos; und &apos;%2&apos; aus demselben Bereich &apos;%3&apos; (eine Synergie verbindet Kandidaten verschiedener Bereiche)</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>constraint area &apos;%1&apos; is the area of its &apos;when&apos; candidate &apos;%2&apos; (name another area)</source>
        <translation>Bereich &apos;%1&apos; der Regel ist der Bereich ihres &apos;when&apos;-Kandidaten &apos;%2&apos; (nennen Sie einen anderen Bereich)</translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; is in area &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>Kandidat &apos;%1&apos; gehört zu Bereich &apos;%2&apos;, nicht zu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>only options of the team-language question (&apos;%1&apos;) name languages</source>
        <translation>nur Optionen der Frage nach der Teamsprache (&apos;%1&apos;) nennen Sprachen</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; is not rated in area &apos;%2&apos; (it is in: %3)</source>
        <translation>Kriterium &apos;%1&apos; wird im Bereich &apos;%2&apos; nicht bewertet (es gehört zu: %3)</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Sprache &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation>unbekannte Frage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the team-language question &apos;%1&apos; must be single-choice</source>
        <translation>die Frage nach der Teamsprache &apos;%1&apos; muss eine Einfachauswahl sein</translation>
    </message>
    <message>
        <source>the team_language rule needs a &apos;why&apos;</source>
        <translation>die Regel team_language braucht ein &apos;why&apos;</translation>
    </message>
    <message>
        <source>rule points must be -%1..%1</source>
        <translation>die Punkte einer Regel müssen im Bereich -%1..%1 liegen</translation>
    </message>
    <message>
        <source>the one_language rule needs a &apos;why&apos;</source>
        <translation>die Regel one_language braucht ein &apos;why&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>unbekannte Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the rating of &apos;%1&apos; on &apos;%2&apos; names no source (--strict)</source>
        <translation>die Bewertung von &apos;%1&apos; für &apos;%2&apos; nennt keine Quelle (--strict)</translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; in a scaffold command of &apos;%2&apos;</source>
        <translation>unbekannter Kandidat „%1“ in einem scaffold-Befehl von „%2“</translation>
    </message>
    <message>
        <source>scaffold service &apos;%1&apos; of &apos;%2&apos; has the name of &apos;%3&apos;&apos;s service</source>
        <translation>der scaffold-Dienst „%1“ von „%2“ trägt den Namen des Dienstes von „%3“</translation>
    </message>
</context>
<context>
    <name>LeaderPanel</name>
    <message>
        <source>Current leaders</source>
        <translation>Aktuelle Spitzenreiter</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Best stack</source>
        <translation>Bester Stack</translation>
    </message>
    <message>
        <source>no candidates</source>
        <translation>keine Kandidaten</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (festgelegt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>close race</source>
        <translation>knappes Rennen</translation>
    </message>
    <message>
        <source>No legal stack: a pin breaks a hard rule.</source>
        <translation>Kein zulässiger Stack: Eine Festlegung verletzt eine feste Regel.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save Changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>This decision has unsaved changes.</source>
        <translation>Diese Entscheidung enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The decision “%1” has unsaved changes.</source>
        <translation>Die Entscheidung „%1“ enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Stackwise did not close properly last time. Unsaved answers were kept.</source>
        <translation>Stackwise wurde beim letzten Mal nicht ordnungsgemäß beendet. Nicht gespeicherte Antworten wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore them?</source>
        <translation>Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>Restore the answers of “%1”?</source>
        <translation>Die Antworten von „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Automatische Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new decision</source>
        <translation>Eine neue Entscheidung beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Group…</source>
        <translation>&amp;Gruppe öffnen…</translation>
    </message>
    <message>
        <source>Open several members&apos; answers files as one decision</source>
        <translation>Antwortdateien mehrerer Mitglieder als eine Entscheidung öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reset What-If Weights</source>
        <translation>Was-wäre-wenn-Gewichtungen &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Return every importance to what your answers give</source>
        <translation>Jede Wichtigkeit auf den Wert aus Ihren Antworten zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Clear Answers of This Page</source>
        <translation>Antworten dieser Seite &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;About Stackwise</source>
        <translation>Ü&amp;ber Stackwise</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to Page</source>
        <translation>&amp;Gehe zu Seite</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The autosaved answers could not be restored</source>
        <translation>Die automatisch gesicherten Antworten konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Unsaved answers were restored. Save them to keep them.</source>
        <translation>Nicht gespeicherte Antworten wurden wiederhergestellt. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Could not open the group: %n file(s) have errors</source>
        <translation>
            <numerusform>Die Gruppe konnte nicht geöffnet werden: %n Datei enthält Fehler</numerusform>
            <numerusform>Die Gruppe konnte nicht geöffnet werden: %n Dateien enthalten Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group decision of %n member(s). The question pages show who answered what; Results lists the disagreements.</source>
        <translation>
            <numerusform>Gruppenentscheidung mit %n Mitglied. Die Fragenseiten zeigen, wer was geantwortet hat; die Ergebnisse listen die Meinungsverschiedenheiten auf.</numerusform>
            <numerusform>Gruppenentscheidung mit %n Mitgliedern. Die Fragenseiten zeigen, wer was geantwortet hat; die Ergebnisse listen die Meinungsverschiedenheiten auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open Answers File</source>
        <translation>Antwortdatei öffnen</translation>
    </message>
    <message>
        <source>Open Group: Choose the Members&apos; Answers Files</source>
        <translation>Gruppe öffnen: Antwortdateien der Mitglieder auswählen</translation>
    </message>
    <message>
        <source>Save Answers File</source>
        <translation>Antwortdatei speichern</translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml)</source>
        <translation>Antwortdateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>About Stackwise</source>
        <translation>Über Stackwise</translation>
    </message>
    <message numerus="yes">
        <source>Stackwise %1

A decision wizard for choosing a web stack with your team: it ranks the candidates of every area and the best whole stacks, and explains every score.

Knowledge base %2 (%3): %n rule(s).</source>
        <translation>
            <numerusform>Stackwise %1

Ein Entscheidungsassistent, mit dem Sie gemeinsam mit Ihrem Team einen Web-Stack auswählen: Er ordnet die Kandidaten jedes Bereichs und die besten Gesamt-Stacks und erklärt jede Punktzahl.

Wissensbasis %2 (%3): %n Regel.</numerusform>
            <numerusform>Stackwise %1

Ein Entscheidungsassistent, mit dem Sie gemeinsam mit Ihrem Team einen Web-Stack auswählen: Er ordnet die Kandidaten jedes Bereichs und die besten Gesamt-Stacks und erklärt jede Punktzahl.

Wissensbasis %2 (%3): %n Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group decision</source>
        <translation>Gruppenentscheidung</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Stackwise</source>
        <translation>%1[*] — Stackwise</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, export defaults, page size and autosave</source>
        <translation>Sprache, Exportvorgaben, Seitengröße und automatische Sicherung</translation>
    </message>
    <message>
        <source>The new language applies the next time Stackwise starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Stackwise.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>The built-in knowledge base dates from %1, more than a year ago: ratings marked “may be out of date” deserve a check before you decide.</source>
        <translation>Die eingebaute Wissensbasis stammt vom %1, also von vor über einem Jahr: Bewertungen mit dem Hinweis „möglicherweise veraltet“ sollten Sie vor der Entscheidung prüfen.</translation>
    </message>
    <message>
        <source>Reopened the decision that %1 was made from; Save asks for a name for its answers file.</source>
        <translation>Die Entscheidung, aus der %1 erstellt wurde, ist wieder geöffnet; Speichern fragt nach einem Namen für ihre Antwortdatei.</translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml);;Reports made by Stackwise (*.html *.htm *.md *.json *.pdf);;All files (*)</source>
        <translation>Antwortdateien (*.yaml *.yml);;Mit Stackwise erstellte Berichte (*.html *.htm *.md *.json *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Decision &amp;Record into Folder…</source>
        <translation>Entscheidungs&amp;dokument in Ordner…</translation>
    </message>
    <message>
        <source>Add the decision record to a folder of records such as docs/decisions, numbered, superseding this project&apos;s earlier one</source>
        <translation>Das Entscheidungsdokument nummeriert in einen Dokumentenordner wie docs/decisions legen und das frühere Dokument dieses Projekts ablösen</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>See what changed from another decision (answers file or report) to this one</source>
        <translation>Sehen, was sich von einer anderen Entscheidung (Antwortdatei oder Bericht) zu dieser geändert hat</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>this decision</source>
        <translation>diese Entscheidung</translation>
    </message>
    <message>
        <source>S&amp;tarter Folder…</source>
        <translation>S&amp;tarter-Ordner…</translation>
    </message>
    <message>
        <source>Write a folder to start the project from: the official create commands, compose.yaml, .env.example, the record and the answers</source>
        <translation>Einen Ordner schreiben, mit dem das Projekt beginnt: die offiziellen Befehle zum Anlegen, compose.yaml, .env.example, die Entscheidungsdokumentation und die Antworten</translation>
    </message>
</context>
<context>
    <name>MarkdownReportWriter</name>
    <message>
        <source>Context and Problem Statement</source>
        <extracomment>MADR section title; keep it close to the MADR template wording</extracomment>
        <translation>Kontext und Problemstellung</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; needs a web stack: one choice for each of %2. This record compares the candidates of the knowledge base against the team&apos;s answers.</source>
        <translation>Das Projekt „%1“ braucht einen Web-Stack mit je einer Wahl für: %2. Dieses Dokument vergleicht die Kandidaten der Wissensbasis mit den Antworten des Teams.</translation>
    </message>
    <message>
        <source>Decision Drivers</source>
        <extracomment>MADR section title</extracomment>
        <translation>Entscheidungstreiber</translation>
    </message>
    <message>
        <source>%1 (importance %2 of 10)</source>
        <translation>%1 (Wichtigkeit %2 von 10)</translation>
    </message>
    <message>
        <source>%1 (importance %2 of 10, set by &quot;%3&quot;)</source>
        <translation>%1 (Wichtigkeit %2 von 10, gesetzt durch „%3“)</translation>
    </message>
    <message>
        <source>Considered Options</source>
        <extracomment>MADR section title</extracomment>
        <translation>Betrachtete Optionen</translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <translation>%1 (%2 von 100)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also evaluated: %1.</source>
        <translation>Ebenfalls bewertet: %1.</translation>
    </message>
    <message>
        <source>Decision Outcome</source>
        <extracomment>MADR section title</extracomment>
        <translation>Entscheidungsergebnis</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it is the best-scoring whole stack (%2 of 100) that respects every hard rule of the knowledge base.</source>
        <extracomment>MADR sentence: Chosen option: &quot;&lt;option&gt;&quot;, because &lt;justification&gt;</extracomment>
        <translation>Gewählte Option: „%1“, weil dies der Gesamt-Stack mit der höchsten Punktzahl (%2 von 100) ist, der alle festen Regeln der Wissensbasis einhält.</translation>
    </message>
    <message>
        <source>Consequences</source>
        <extracomment>MADR section title</extracomment>
        <translation>Konsequenzen</translation>
    </message>
    <message>
        <source>Good, because %1: %2</source>
        <extracomment>MADR bullet: &quot;Good, because &lt;consequence&gt;&quot;; %1 names the candidate</extracomment>
        <translation>Gut, weil %1: %2</translation>
    </message>
    <message>
        <source>Good, because %1 and %2 work well together: %3</source>
        <translation>Gut, weil %1 und %2 gut zusammenpassen: %3</translation>
    </message>
    <message>
        <source>Bad, because %1: %2</source>
        <extracomment>MADR bullet: &quot;Bad, because &lt;consequence&gt;&quot;; %1 names the candidate</extracomment>
        <translation>Schlecht, weil %1: %2</translation>
    </message>
    <message>
        <source>Bad, because %1 and %2 clash: %3</source>
        <translation>Schlecht, weil %1 und %2 nicht zusammenpassen: %3</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <extracomment>MADR section title</extracomment>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Confirm the choice with a small prototype before committing, and review this record with the team.</source>
        <translation>Bestätigen Sie die Wahl mit einem kleinen Prototyp, bevor Sie sich festlegen, und prüfen Sie dieses Dokument gemeinsam mit dem Team.</translation>
    </message>
    <message>
        <source>Confirm the choice with a small prototype that exercises the most important criteria (%1) before committing, and review this record with the team.</source>
        <translation>Bestätigen Sie die Wahl mit einem kleinen Prototyp, der die wichtigsten Kriterien (%1) auf die Probe stellt, bevor Sie sich festlegen, und prüfen Sie dieses Dokument gemeinsam mit dem Team.</translation>
    </message>
    <message>
        <source>Evaluate the same answers again when the knowledge base changes; a different first choice is a reason to revisit this decision.</source>
        <translation>Werten Sie dieselben Antworten erneut aus, wenn sich die Wissensbasis ändert; eine andere erste Wahl ist ein Grund, diese Entscheidung zu überdenken.</translation>
    </message>
    <message>
        <source>Pros and Cons of the Options</source>
        <extracomment>MADR section title</extracomment>
        <translation>Vor- und Nachteile der Optionen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Strong for: %1.</source>
        <translation>Stärken: %1.</translation>
    </message>
    <message>
        <source>Good, because %1</source>
        <translation>Gut, weil %1</translation>
    </message>
    <message>
        <source>Bad, because %1</source>
        <translation>Schlecht, weil %1</translation>
    </message>
    <message>
        <source>More Information</source>
        <extracomment>MADR section title</extracomment>
        <translation>Weitere Informationen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>PairwisePage</name>
    <message>
        <source>Compare what matters</source>
        <translation>Vergleichen, was zählt</translation>
    </message>
    <message>
        <source>Optional. Two criteria at a time: which matters more for this project, and how much? Slide towards the one that matters more. Each step is one point of Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important. Stackwise turns the judgments into importance and checks that they agree with each other. Leave a pair alone to skip it, or the whole page to keep the importance your answers gave.</source>
        <translation>Optional. Je zwei Kriterien: Welches zählt für dieses Projekt mehr, und wie viel mehr? Schieben Sie den Regler zu dem, das mehr zählt. Jeder Schritt ist ein Punkt der Saaty-Skala: 1 gleich, 3 etwas, 5 deutlich, 7 sehr viel, 9 extrem viel wichtiger. Stackwise macht aus den Urteilen Gewichte und prüft, ob sie zueinander passen. Lassen Sie ein Paar unberührt, um es auszulassen, oder die ganze Seite, um die Gewichte Ihrer Antworten zu behalten.</translation>
    </message>
    <message>
        <source>Nothing to compare: fewer than two criteria matter after the answers.</source>
        <translation>Nichts zu vergleichen: Nach den Antworten zählen weniger als zwei Kriterien.</translation>
    </message>
    <message>
        <source>Use the suggested value</source>
        <translation>Vorgeschlagenen Wert übernehmen</translation>
    </message>
    <message>
        <source>Replaces the most inconsistent judgment with the value the others imply</source>
        <translation>Ersetzt das widersprüchlichste Urteil durch den Wert, den die anderen nahelegen</translation>
    </message>
    <message>
        <source>Weights from the judgments</source>
        <translation>Gewichte aus den Urteilen</translation>
    </message>
    <message>
        <source>Clear all &amp;judgments</source>
        <translation>Alle &amp;Urteile löschen</translation>
    </message>
    <message>
        <source>Removes every pairwise judgment; the importance comes from the answers again</source>
        <translation>Entfernt alle Paarvergleiche; die Gewichte kommen wieder aus den Antworten</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>%1 %2×</source>
        <translation>%1 %2×</translation>
    </message>
    <message>
        <source>← %1×</source>
        <translation>← %1×</translation>
    </message>
    <message>
        <source>%1× →</source>
        <translation>%1× →</translation>
    </message>
    <message>
        <source>← 9×</source>
        <translation>← 9×</translation>
    </message>
    <message>
        <source>9× →</source>
        <translation>9× →</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Left: %1 matters more. Right: %2 matters more. Delete clears the judgment.</source>
        <translation>Links: %1 zählt mehr. Rechts: %2 zählt mehr. Entf löscht das Urteil.</translation>
    </message>
    <message>
        <source>Clear the judgment of %1 against %2</source>
        <translation>Urteil %1 gegen %2 löschen</translation>
    </message>
    <message>
        <source>The pair is then not compared</source>
        <translation>Das Paar ist dann nicht verglichen</translation>
    </message>
    <message>
        <source>The most inconsistent judgment</source>
        <translation>Das widersprüchlichste Urteil</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>No judgments yet: the importance comes from your answers.</source>
        <translation>Noch keine Urteile: Die Gewichte kommen aus Ihren Antworten.</translation>
    </message>
    <message>
        <source>Two criteria are always consistent; the consistency ratio needs three or more.</source>
        <translation>Zwei Kriterien sind immer konsistent; das Konsistenzverhältnis braucht drei oder mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Consistency ratio %1 (CI %2 ÷ RI %3, Saaty&apos;s random index for %n criteria): %4.</source>
        <translation>
            <numerusform>Konsistenzverhältnis %1 (CI %2 ÷ RI %3, Saatys Zufallsindex für %n Kriterium): %4.</numerusform>
            <numerusform>Konsistenzverhältnis %1 (CI %2 ÷ RI %3, Saatys Zufallsindex für %n Kriterien): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>consistent enough (0.10 at most)</source>
        <translation>konsistent genug (höchstens 0,10)</translation>
    </message>
    <message>
        <source>too inconsistent to rely on</source>
        <translation>zu widersprüchlich, um sich darauf zu verlassen</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not compared were completed from the others (Harker&apos;s method).</source>
        <translation>
            <numerusform>%n nicht verglichenes Paar wurde aus den anderen ergänzt (Harkers Verfahren).</numerusform>
            <numerusform>%n nicht verglichene Paare wurden aus den anderen ergänzt (Harkers Verfahren).</numerusform>
        </translation>
    </message>
    <message>
        <source>These judgments contradict each other (consistency ratio %1, above 0.10). Furthest out: %2 against %3, given as %4; the other judgments imply %5.</source>
        <translation>Diese Urteile widersprechen einander (Konsistenzverhältnis %1, über 0,10). Am weitesten daneben: %2 gegen %3, angegeben als %4; die anderen Urteile legen %5 nahe.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Verwenden: %1</translation>
    </message>
    <message>
        <source>Use %1 for %2 against %3</source>
        <translation>%1 für %2 gegen %3 verwenden</translation>
    </message>
    <message>
        <source>Compare %1 with one of the others as well: until every criterion compared is linked to the rest, the judgments set no importance.</source>
        <translation>Vergleichen Sie %1 auch mit einem der anderen: Solange nicht jedes verglichene Kriterium mit den übrigen verbunden ist, setzen die Urteile keine Gewichte.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Group decision: each pair shows the geometric mean of the members who judged it, the standard way to combine judgments.</source>
        <translation>Gruppenentscheidung: Jedes Paar zeigt das geometrische Mittel der Mitglieder, die es beurteilt haben, die übliche Art, Urteile zu verbinden.</translation>
    </message>
    <message>
        <source>%1: no judgments</source>
        <translation>%1: keine Urteile</translation>
    </message>
    <message>
        <source>%1: consistency ratio %2</source>
        <translation>%1: Konsistenzverhältnis %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Furthest apart: %1 against %2, from %3 to %4.</source>
        <translation>Am weitesten auseinander: %1 gegen %2, von %3 bis %4.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the window and of new reports</source>
        <translation>Sprache des Fensters und neuer Berichte</translation>
    </message>
    <message>
        <source>Takes effect the next time Stackwise starts.</source>
        <translation>Wirkt sich beim nächsten Start von Stackwise aus.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Decision record (Markdown)</source>
        <translation>Entscheidungsdokument (Markdown)</translation>
    </message>
    <message>
        <source>Rankings for spreadsheets (CSV)</source>
        <translation>Ranglisten für Tabellenkalkulationen (CSV)</translation>
    </message>
    <message>
        <source>Data for scripts (JSON)</source>
        <translation>Daten für Skripte (JSON)</translation>
    </message>
    <message>
        <source>Default export format</source>
        <translation>Standard-Exportformat</translation>
    </message>
    <message>
        <source>The format File, Export offers first</source>
        <translation>Das Format, das „Datei“ › „Exportieren“ zuerst anbietet</translation>
    </message>
    <message>
        <source>Export &amp;format:</source>
        <translation>Export&amp;format:</translation>
    </message>
    <message>
        <source>Next to the answers file</source>
        <translation>Neben der Antwortdatei</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>Where File, Export suggests saving; empty means next to the answers file</source>
        <translation>Wo „Datei“ › „Exportieren“ das Speichern vorschlägt; leer bedeutet neben der Antwortdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Den Standard-Exportordner auswählen</translation>
    </message>
    <message>
        <source>Export f&amp;older:</source>
        <translation>Export&amp;ordner:</translation>
    </message>
    <message>
        <source>Automatic (from the region)</source>
        <translation>Automatisch (aus der Region)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Paper size of PDF reports and printouts</source>
        <translation>Papierformat von PDF-Berichten und Ausdrucken</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of unsaved answers (autosave)</source>
        <translation>&amp;Kopie nicht gespeicherter Antworten behalten (automatische Sicherung)</translation>
    </message>
    <message>
        <source>Unsaved answers are written aside every few moments and offered again after a crash</source>
        <translation>Nicht gespeicherte Antworten werden regelmäßig gesichert und nach einem Absturz wieder angeboten</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>About the team that will build and run the product.</source>
        <translation>Über das Team, das das Produkt entwickeln und betreiben wird.</translation>
    </message>
    <message>
        <source>Group decision: the answers come from the members&apos; files. Each question lists who answered what.</source>
        <translation>Gruppenentscheidung: Die Antworten stammen aus den Dateien der Mitglieder. Bei jeder Frage steht, wer was geantwortet hat.</translation>
    </message>
    <message>
        <source>There are no questions on this page.</source>
        <translation>Auf dieser Seite gibt es keine Fragen.</translation>
    </message>
    <message>
        <source>We &amp;already use:</source>
        <translation>Wir &amp;verwenden bereits:</translation>
    </message>
    <message>
        <source>Already decided for %1</source>
        <translation>Bereits entschieden für %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Alle zutreffenden auswählen.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Leaves the question unanswered: it has no effect.</source>
        <translation>Lässt die Frage unbeantwortet: Sie hat keine Auswirkung.</translation>
    </message>
    <message>
        <source>Pinned to %1: the questions on this page are skipped. Choose &quot;Not decided yet&quot; to answer them.</source>
        <translation>Auf %1 festgelegt: Die Fragen dieser Seite werden übersprungen. Wählen Sie „Noch nicht entschieden“, um sie zu beantworten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A candidate chosen here is kept in every stack and its questions are skipped</source>
        <translation>Ein hier gewählter Kandidat ist in jedem Stack enthalten, und seine Fragen werden übersprungen</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (festgelegt)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation>Stärken</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, self-contained (*.html *.htm)</source>
        <translation>Webseite, eigenständig (*.html *.htm)</translation>
    </message>
    <message>
        <source>Decision record, Markdown (*.md)</source>
        <translation>Entscheidungsdokument, Markdown (*.md)</translation>
    </message>
    <message>
        <source>Rankings for spreadsheets, CSV (*.csv)</source>
        <translation>Ranglisten für Tabellenkalkulationen, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Data for scripts, JSON (*.json)</source>
        <translation>Daten für Skripte, JSON (*.json)</translation>
    </message>
    <message>
        <source>stack-decision</source>
        <translation>stack-entscheidung</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Exporting the report to %1…</source>
        <translation>Bericht wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report could not be created.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Decision Record into Folder</source>
        <translation>Entscheidungsdokument in Ordner</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>what-if weight</source>
        <translation>Was-wäre-wenn-Gewichtung</translation>
    </message>
    <message>
        <source>Pinned %1</source>
        <translation>%1 festgelegt</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Pinned choice</source>
        <translation>Festgelegte Wahl</translation>
    </message>
    <message>
        <source>Kept within 0 to 100</source>
        <translation>Auf 0 bis 100 begrenzt</translation>
    </message>
    <message>
        <source>Web stack decision</source>
        <translation>Web-Stack-Entscheidung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation>Empfohlener Stack</translation>
    </message>
    <message>
        <source>Why this stack</source>
        <translation>Warum dieser Stack</translation>
    </message>
    <message>
        <source>Watch out</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Stack score</source>
        <translation>Stack-Punktzahl</translation>
    </message>
    <message>
        <source>Project and answers</source>
        <translation>Projekt und Antworten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Choices already made</source>
        <translation>Bereits getroffene Entscheidungen</translation>
    </message>
    <message>
        <source>What-if weights</source>
        <translation>Was-wäre-wenn-Gewichtungen</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Ranglisten</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>Top candidates compared</source>
        <translation>Die besten Kandidaten im Vergleich</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Nachteile</translation>
    </message>
    <message>
        <source>Score breakdowns</source>
        <translation>Aufschlüsselung der Punktzahlen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>No single importance change would change the first choice.</source>
        <translation>Keine einzelne Änderung einer Wichtigkeit würde die erste Wahl ändern.</translation>
    </message>
    <message>
        <source>Stacks, synergies and constraints</source>
        <translation>Stacks, Synergien und Regeln</translation>
    </message>
    <message>
        <source>Synergies in the recommended stack</source>
        <translation>Synergien im empfohlenen Stack</translation>
    </message>
    <message>
        <source>The recommended stack has no synergies or penalties.</source>
        <translation>Der empfohlene Stack hat weder Synergien noch Abzüge.</translation>
    </message>
    <message>
        <source>Hard rules that apply</source>
        <translation>Geltende feste Regeln</translation>
    </message>
    <message>
        <source>Conflicting pins</source>
        <translation>Widersprüchliche Festlegungen</translation>
    </message>
    <message>
        <source>Best stacks with a pin released</source>
        <translation>Beste Stacks mit aufgehobener Festlegung</translation>
    </message>
    <message>
        <source>Best whole stacks</source>
        <translation>Beste Gesamt-Stacks</translation>
    </message>
    <message>
        <source>Group decision</source>
        <translation>Gruppenentscheidung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Where the members disagree</source>
        <translation>Wo die Mitglieder uneins sind</translation>
    </message>
    <message>
        <source>The members answered every question alike.</source>
        <translation>Die Mitglieder haben alle Fragen gleich beantwortet.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>No legal stack</source>
        <translation>Kein zulässiger Stack</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt durch</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Grundwert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left unanswered; they do not affect any score.</source>
        <translation>
            <numerusform>%n Frage wurde nicht beantwortet; sie wirkt sich auf keine Punktzahl aus.</numerusform>
            <numerusform>%n Fragen wurden nicht beantwortet; sie wirken sich auf keine Punktzahl aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stack score: %1 of 100</source>
        <translation>Stack-Punktzahl: %1 von 100</translation>
    </message>
    <message>
        <source>Generated by Stackwise %1 on %2.</source>
        <translation>Erstellt mit Stackwise %1 am %2.</translation>
    </message>
    <message>
        <source>unversioned</source>
        <translation>ohne Version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 vom %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Web stack decision: %1</source>
        <translation>Web-Stack-Entscheidung: %1</translation>
    </message>
    <message>
        <source>If %1 mattered %2 instead of %3 (out of 10), %4 would come first.</source>
        <translation>Hätte %1 die Wichtigkeit %2 statt %3 (von 10), läge %4 vorn.</translation>
    </message>
    <message>
        <source>%1 was pinned for %2 and scores %3 of 100.</source>
        <translation>%1 wurde für %2 festgelegt und erreicht %3 von 100.</translation>
    </message>
    <message>
        <source>Without the pin, %1 would rank first with %2.</source>
        <translation>Ohne die Festlegung läge %1 mit %2 vorn.</translation>
    </message>
    <message>
        <source>%1 leads %2 with %3 of 100, %4 points ahead of %5.</source>
        <translation>%1 führt im Bereich %2 mit %3 von 100, %4 Punkte vor %5.</translation>
    </message>
    <message>
        <source>%1 is the only candidate for %2 (%3 of 100).</source>
        <translation>%1 ist der einzige Kandidat für %2 (%3 von 100).</translation>
    </message>
    <message>
        <source>Its largest contributions: %1.</source>
        <translation>Größte Beiträge: %1.</translation>
    </message>
    <message>
        <source>The %1 choice is fragile: %2 leads %3 by %4 points (%5%).</source>
        <translation>Die Wahl für %1 ist unsicher: %2 liegt %4 Punkte (%5 %) vor %3.</translation>
    </message>
    <message>
        <source>%1 and %2 work well together (%3): %4</source>
        <translation>%1 und %2 passen gut zusammen (%3): %4</translation>
    </message>
    <message>
        <source>%1 and %2 cost the stack %3 points together: %4</source>
        <translation>%1 und %2 kosten den Stack zusammen %3 Punkte: %4</translation>
    </message>
    <message>
        <source>No stack satisfies every hard rule of the knowledge base with the current pins.</source>
        <translation>Mit den aktuellen Festlegungen erfüllt kein Stack alle festen Regeln der Wissensbasis.</translation>
    </message>
    <message>
        <source>Pinned choices %1 break a hard rule: %2</source>
        <translation>Die Festlegungen %1 verletzen eine feste Regel: %2</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 with %3 of 100, although %4 scores %5.</source>
        <translation>%1 wird für %2 mit %3 von 100 gewählt, obwohl %4 %5 erreicht.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>as of %1; may be out of date</source>
        <translation>Stand %1; möglicherweise veraltet</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Says who</source>
        <translation>Wer sagt das</translation>
    </message>
    <message>
        <source>The built-in knowledge base dates from %1, more than a year ago: check the ratings marked “may be out of date”.</source>
        <translation>Die eingebaute Wissensbasis stammt vom %1, also von vor über einem Jahr: Prüfen Sie die als „möglicherweise veraltet“ markierten Bewertungen.</translation>
    </message>
    <message>
        <source>pairwise comparison</source>
        <translation>paarweiser Vergleich</translation>
    </message>
    <message>
        <source>Pairwise judgments (analytic hierarchy process)</source>
        <translation>Paarweise Urteile (Analytic Hierarchy Process)</translation>
    </message>
    <message>
        <source>Weights from the pairwise judgments</source>
        <translation>Gewichte aus den paarweisen Urteilen</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1 (Wichtigkeit %2)</translation>
    </message>
    <message>
        <source>Two criteria are always consistent.</source>
        <translation>Zwei Kriterien sind immer konsistent.</translation>
    </message>
    <message>
        <source>λmax %1, consistency index %2, consistency ratio %3 (random index %4, Saaty&apos;s table for n = %5); %6.</source>
        <translation>λmax %1, Konsistenzindex %2, Konsistenzverhältnis %3 (Zufallsindex %4, Saatys Tabelle für n = %5); %6.</translation>
    </message>
    <message>
        <source>consistent enough (at most 0.10)</source>
        <translation>konsistent genug (höchstens 0,10)</translation>
    </message>
    <message>
        <source>above 0.10: the judgments contradict each other</source>
        <translation>über 0,10: Die Urteile widersprechen einander</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not judged, completed by Harker&apos;s method.</source>
        <translation>
            <numerusform>%n Paar nicht beurteilt, ergänzt mit Harkers Verfahren.</numerusform>
            <numerusform>%n Paare nicht beurteilt, ergänzt mit Harkers Verfahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most inconsistent: %1 against %2, given %3; the other judgments imply %4.</source>
        <translation>Am wenigsten konsistent: %1 gegenüber %2, angegeben %3; die übrigen Urteile ergeben %4.</translation>
    </message>
    <message>
        <source>Pairwise comparison matrix</source>
        <translation>Matrix der Paarvergleiche</translation>
    </message>
    <message>
        <source>Pairwise judgments not used</source>
        <translation>Nicht verwendete Paarvergleiche</translation>
    </message>
    <message>
        <source>Each member&apos;s pairwise consistency ratio</source>
        <translation>Konsistenzverhältnis der Paarvergleiche je Mitglied</translation>
    </message>
    <message>
        <source>Pairwise judgments furthest apart</source>
        <translation>Am weitesten auseinanderliegende Paarvergleiche</translation>
    </message>
    <message>
        <source>Row against column: how many times as important. In brackets, pairs not judged, completed as w_row / w_column (Harker&apos;s method).</source>
        <translation>Zeile gegen Spalte: wie viel Mal so wichtig. In Klammern nicht beurteilte Paare, ergänzt als w_Zeile / w_Spalte (Harkers Verfahren).</translation>
    </message>
    <message>
        <source>Row against column: how many times as important.</source>
        <translation>Zeile gegen Spalte: wie viel Mal so wichtig.</translation>
    </message>
    <message>
        <source>The pairwise judgments set no importance: they do not link %1 with the other criteria compared. Compare it with one of them.</source>
        <translation>Die Paarvergleiche setzen keine Gewichte: Sie verbinden %1 nicht mit den anderen verglichenen Kriterien. Vergleichen Sie es mit einem davon.</translation>
    </message>
    <message>
        <source>no pairwise judgments (or fewer than three criteria)</source>
        <translation>keine Paarvergleiche (oder weniger als drei Kriterien)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 against %2: %3 (the highest %4 times the lowest).</source>
        <translation>%1 gegen %2: %3 (der höchste Wert %4-mal der niedrigste).</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Unknown page size &quot;%1&quot;; expected A4 or Letter.</source>
        <translation>Unbekannte Seitengröße „%1“; erwartet: A4 oder Letter.</translation>
    </message>
    <message>
        <source>The %1 report format is not available in this build.</source>
        <translation>Das Berichtsformat %1 ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: Der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the answers beside the CSV report: %2</source>
        <translation>%1: Die Antworten neben dem CSV-Bericht können nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>Made with knowledge base %1 (hash %2); this is %3 (hash %4): scores may differ.</source>
        <translation>Erstellt mit der Wissensbasis %1 (Hash %2); dies ist %3 (Hash %4): Punktzahlen können abweichen.</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>unbekannter Version</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>this report carries no answers (it was not exported by Stackwise 0.1 or later, or the part that holds them was removed)</source>
        <translation>dieser Bericht enthält keine Antworten (er wurde nicht mit Stackwise 0.1 oder neuer exportiert, oder der Teil mit den Antworten wurde entfernt)</translation>
    </message>
    <message>
        <source>not a JSON report: %1</source>
        <translation>kein JSON-Bericht: %1</translation>
    </message>
    <message>
        <source>&quot;answers_file&quot; must be a list of lines (strings)</source>
        <translation>„answers_file“ muss eine Liste von Zeilen (Zeichenketten) sein</translation>
    </message>
    <message>
        <source>a CSV report holds no answers; open the answers file written beside it: %1</source>
        <translation>ein CSV-Bericht enthält keine Antworten; öffnen Sie die daneben geschriebene Antwortdatei: %1</translation>
    </message>
    <message>
        <source>the embedded answers are larger than %1 KiB</source>
        <translation>die eingebetteten Antworten sind größer als %1 KiB</translation>
    </message>
    <message>
        <source> (line %1 of the answers embedded in the report&apos;s metadata)</source>
        <translation> (Zeile %1 der in den Metadaten des Berichts eingebetteten Antworten)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Rankings</source>
        <translation>&amp;Ranglisten</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>S&amp;ide by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation>Aufsch&amp;lüsselung</translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation>Sens&amp;itivität</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Was-wäre-wenn</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Best stacks</source>
        <translation>Beste Stacks</translation>
    </message>
    <message>
        <source>Best whole stacks</source>
        <translation>Beste Gesamt-Stacks</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Punktzahlen je Bereich</translation>
    </message>
    <message>
        <source>Ranking of %1</source>
        <translation>Rangliste für %1</translation>
    </message>
    <message>
        <source>Double-click a candidate to see its score breakdown.</source>
        <translation>Doppelklicken Sie auf einen Kandidaten, um die Aufschlüsselung seiner Punktzahl zu sehen.</translation>
    </message>
    <message>
        <source>Questions the members answered differently. The results use the group&apos;s combined answers.</source>
        <translation>Fragen, die die Mitglieder unterschiedlich beantwortet haben. Die Ergebnisse verwenden die zusammengeführten Antworten der Gruppe.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Meinungsverschiedenheiten</translation>
    </message>
    <message>
        <source>No stack satisfies every rule with the current pins; see Sensitivity.</source>
        <translation>Mit den aktuellen Festlegungen erfüllt kein Stack alle Regeln; siehe Sensitivität.</translation>
    </message>
    <message>
        <source>Recommended stack: %1 (score %2)</source>
        <translation>Empfohlener Stack: %1 (Punktzahl %2)</translation>
    </message>
    <message>
        <source>Close call in %1: the winner could change with a small change in what matters.</source>
        <translation>Knappe Entscheidung bei %1: Schon eine kleine Änderung der Prioritäten könnte den Sieger ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n pin conflict(s) with the knowledge base&apos;s rules.</source>
        <translation>
            <numerusform>%n Konflikt der Festlegungen mit den Regeln der Wissensbasis.</numerusform>
            <numerusform>%n Konflikte der Festlegungen mit den Regeln der Wissensbasis.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Sensitivity tab for the reasons.</source>
        <translation>Die Gründe finden Sie auf der Registerkarte „Sensitivität“.</translation>
    </message>
    <message>
        <source>The best whole stacks, best first, with their scores</source>
        <translation>Die besten Gesamt-Stacks, der beste zuerst, mit ihren Punktzahlen</translation>
    </message>
    <message>
        <source>Candidates of this area ranked by score, best first</source>
        <translation>Kandidaten dieses Bereichs nach Punktzahl geordnet, der beste zuerst</translation>
    </message>
    <message>
        <source>Questions the group members answered differently, with each answer</source>
        <translation>Fragen, die die Mitglieder der Gruppe unterschiedlich beantwortet haben, mit jeder Antwort</translation>
    </message>
    <message>
        <source>Not the area&apos;s leader: %1.</source>
        <translation>Nicht der Spitzenreiter des Bereichs: %1.</translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>baseline</source>
        <translation>Grundwert</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>set by “%1”</source>
        <translation>gesetzt durch „%1“</translation>
    </message>
    <message>
        <source>Pinned choice</source>
        <translation>Festgelegte Wahl</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Answer: %1 → %2</source>
        <translation>Antwort: %1 → %2</translation>
    </message>
    <message>
        <source>Kept within 0–100</source>
        <translation>Auf 0–100 begrenzt</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 (as of %2; may be out of date)</source>
        <translation>%1 (Stand %2; möglicherweise veraltet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1: this may be out of date.</source>
        <translation>Stand %1: möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Stand %1.</translation>
    </message>
    <message>
        <source>Says who: %1</source>
        <translation>Wer sagt das: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>set by pairwise comparison</source>
        <translation>durch paarweisen Vergleich gesetzt</translation>
    </message>
</context>
<context>
    <name>ScaffoldWriter</name>
    <message>
        <source>the stack Stackwise recommends</source>
        <translation>den Stack, den Stackwise empfiehlt</translation>
    </message>
    <message>
        <source>the stack ranked %1 of %2</source>
        <translation>den Stack auf Rang %1 von %2</translation>
    </message>
    <message>
        <source># Made by Stackwise for %1: %2, the stack&apos;s database.</source>
        <translation># Von Stackwise erstellt für %1: %2, die Datenbank des Stacks.</translation>
    </message>
    <message>
        <source># `docker compose up -d --wait` starts it and returns once its healthcheck passes.</source>
        <translation># `docker compose up -d --wait` startet sie und kehrt zurück, sobald ihr Healthcheck besteht.</translation>
    </message>
    <message>
        <source># Values in ${...} come from .env (copy .env.example); the default follows &quot;:-&quot;.</source>
        <translation># Werte in ${...} kommen aus .env (Kopie von .env.example); der Standardwert folgt auf „:-“.</translation>
    </message>
    <message>
        <source>The answers leave no legal stack, so there is no starter to write.</source>
        <translation>Die Antworten lassen keinen zulässigen Stack übrig, daher gibt es keinen Starter zu schreiben.</translation>
    </message>
    <message>
        <source>There is no stack %1: this decision ranks %2.</source>
        <translation>Es gibt keinen Stack %1: Diese Entscheidung reiht %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source># Starter: %1</source>
        <translation># Starter: %1</translation>
    </message>
    <message>
        <source>This starter is for %1:</source>
        <translation>Dieser Starter ist für %1:</translation>
    </message>
    <message>
        <source>Stackwise downloaded and ran nothing. Below are the official commands that create each part, in the order to run them, from this folder. Each names the page it comes from and when it was checked: tools change, so read that page before you run them.</source>
        <translation>Stackwise hat nichts heruntergeladen oder ausgeführt. Unten stehen die offiziellen Befehle, die jeden Teil anlegen, in der Reihenfolge, in der sie aus diesem Ordner auszuführen sind. Jeder nennt die Seite, von der er stammt, und wann er geprüft wurde: Werkzeuge ändern sich, lesen Sie also diese Seite, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <source>First copy `.env.example` to `.env` and change its values; keep `.env` out of version control.</source>
        <translation>Kopieren Sie zuerst `.env.example` nach `.env` und ändern Sie die Werte; `.env` gehört nicht in die Versionsverwaltung.</translation>
    </message>
    <message>
        <source>## %1. %2: %3</source>
        <translation>## %1. %2: %3</translation>
    </message>
    <message>
        <source>The knowledge base has no starter commands for %1; see %2.</source>
        <translation>Die Wissensbasis hat keine Starter-Befehle für %1; siehe %2.</translation>
    </message>
    <message>
        <source>Creates `%1/`.</source>
        <translation>Legt `%1/` an.</translation>
    </message>
    <message>
        <source>Runs as the `%1` service of `compose.yaml`: the image `%2`, its data in the named volume `%3-data`, healthy once `%4` passes.</source>
        <translation>Läuft als Dienst `%1` aus `compose.yaml`: das Image `%2`, die Daten im benannten Volume `%3-data`, gesund, sobald `%4` besteht.</translation>
    </message>
    <message>
        <source>Source: %1 (checked %2).</source>
        <translation>Quelle: %1 (geprüft %2).</translation>
    </message>
    <message>
        <source>## The decision</source>
        <translation>## Die Entscheidung</translation>
    </message>
    <message>
        <source>`%1` records what was decided and why. `%2` holds the answers: `stackwise %2` reopens them, and `stackwise --diff %2 NEW.yaml` shows what changed when the needs move.</source>
        <translation>`%1` hält fest, was entschieden wurde und warum. `%2` enthält die Antworten: `stackwise %2` öffnet sie wieder, und `stackwise --diff %2 NEU.yaml` zeigt, was sich geändert hat, wenn sich die Anforderungen verschieben.</translation>
    </message>
    <message>
        <source># Made by Stackwise: copy to .env and change the values.</source>
        <translation># Von Stackwise erstellt: nach .env kopieren und die Werte ändern.</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder; nothing was written</source>
        <translation>%1: existiert und ist kein Ordner; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: the folder already holds files; nothing was written (--force writes the starter&apos;s files into it)</source>
        <translation>%1: Der Ordner enthält schon Dateien; nichts wurde geschrieben (--force schreibt die Dateien des Starters hinein)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>Scores are kept within 0 to 100.</source>
        <translation>Punktzahlen werden auf 0 bis 100 begrenzt.</translation>
    </message>
    <message>
        <source>This area has no criteria: every candidate starts at 50.</source>
        <translation>Dieser Bereich hat keine Kriterien: Jeder Kandidat beginnt bei 50.</translation>
    </message>
    <message>
        <source>Direct effects of the answers.</source>
        <translation>Direkte Auswirkungen der Antworten.</translation>
    </message>
    <message>
        <source>Pinned %1: %2</source>
        <translation>%1 festgelegt: %2</translation>
    </message>
    <message>
        <source>%1 + %2 %3</source>
        <translation>%1 + %2 %3</translation>
    </message>
    <message>
        <source>%1 instead of %2 (%3 leader by %4 points)</source>
        <translation>%1 statt %2 (%3-Spitzenreiter mit %4 Punkten Vorsprung)</translation>
    </message>
    <message>
        <source>%1 is ruled out with this stack: %2</source>
        <translation>%1 ist mit diesem Stack ausgeschlossen: %2</translation>
    </message>
    <message>
        <source>%1 would bring %2</source>
        <translation>%1 brächte %2</translation>
    </message>
    <message>
        <source>an alternative: its synergies do not make up for the lead</source>
        <translation>eine Alternative: ihre Synergien gleichen den Vorsprung nicht aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>%1 stays first unless %2 importance rises above %3 (then %4).</source>
        <translation>%1 bleibt vorn, solange die Wichtigkeit von %2 nicht über %3 steigt (sonst %4).</translation>
    </message>
    <message>
        <source>%1 stays first unless %2 importance falls below %3 (then %4).</source>
        <translation>%1 bleibt vorn, solange die Wichtigkeit von %2 nicht unter %3 fällt (sonst %4).</translation>
    </message>
    <message>
        <source>Answering &apos;%1&apos; with &apos;%2&apos; would make %3 first.</source>
        <translation>Würde „%1“ mit „%2“ beantwortet, läge %3 vorn.</translation>
    </message>
    <message>
        <source>Removing &apos;%1&apos; from &apos;%2&apos; would make %3 first.</source>
        <translation>Würde „%1“ bei „%2“ abgewählt, läge %3 vorn.</translation>
    </message>
    <message>
        <source>Adding &apos;%1&apos; to &apos;%2&apos; would make %3 first.</source>
        <translation>Würde „%1“ bei „%2“ zusätzlich gewählt, läge %3 vorn.</translation>
    </message>
    <message>
        <source>Leaving &apos;%1&apos; unanswered would make %2 first.</source>
        <translation>Bliebe „%1“ unbeantwortet, läge %2 vorn.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 leads %2 by only %3%.</source>
        <translation>%1 liegt nur %3 % vor %2.</translation>
    </message>
    <message>
        <source>Setting %1 importance to %2 instead of %3 would make %4 first.</source>
        <translation>Läge die Wichtigkeit von %1 bei %2 statt %3, läge %4 vorn.</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Close call in %1: a small change in what matters could change the winner. Read the reasons below before deciding.</source>
        <translation>Knappe Entscheidung bei %1: Schon eine kleine Änderung der Prioritäten könnte den Sieger ändern. Lesen Sie die Gründe unten, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation>Empfohlener Stack</translation>
    </message>
    <message>
        <source>No stack satisfies every rule with the current pins.</source>
        <translation>Mit den aktuellen Festlegungen erfüllt kein Stack alle Regeln.</translation>
    </message>
    <message>
        <source>%1, with a stack score of %2.</source>
        <translation>%1, mit einer Stack-Punktzahl von %2.</translation>
    </message>
    <message>
        <source>%1 + %2 (%3 points): %4</source>
        <translation>%1 + %2 (%3 Punkte): %4</translation>
    </message>
    <message>
        <source>Synergies in this stack</source>
        <translation>Synergien in diesem Stack</translation>
    </message>
    <message>
        <source>None of its pairs has a synergy or a penalty.</source>
        <translation>Keines seiner Paare hat eine Synergie oder einen Abzug.</translation>
    </message>
    <message>
        <source>How firm is each winner?</source>
        <translation>Wie sicher ist jeder Sieger?</translation>
    </message>
    <message>
        <source>No candidates.</source>
        <translation>Keine Kandidaten.</translation>
    </message>
    <message>
        <source>Pinned to %1; the ranking shows how the alternatives compare.</source>
        <translation>Auf %1 festgelegt; die Rangliste zeigt, wie die Alternativen abschneiden.</translation>
    </message>
    <message>
        <source>%1 leads with %2 points, %3% ahead of %4.</source>
        <translation>%1 führt mit %2 Punkten, %3 % vor %4.</translation>
    </message>
    <message>
        <source>Fragile winner:</source>
        <translation>Unsicherer Sieger:</translation>
    </message>
    <message>
        <source>If the importance of %1 moved from %2 to %3, %4 would win.</source>
        <translation>Würde sich die Wichtigkeit von %1 von %2 auf %3 ändern, gewänne %4.</translation>
    </message>
    <message>
        <source>No single importance between 0 and 10 changes this winner.</source>
        <translation>Keine einzelne Wichtigkeit zwischen 0 und 10 ändert diesen Sieger.</translation>
    </message>
    <message>
        <source>Pins and rules</source>
        <translation>Festlegungen und Regeln</translation>
    </message>
    <message>
        <source>Nothing is pinned.</source>
        <translation>Nichts ist festgelegt.</translation>
    </message>
    <message>
        <source>Your pins break no rule.</source>
        <translation>Ihre Festlegungen verletzen keine Regel.</translation>
    </message>
    <message>
        <source>Your pins (%1) break a rule: %2</source>
        <translation>Ihre Festlegungen (%1) verletzen eine Regel: %2</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (Punktzahl %2)</translation>
    </message>
    <message>
        <source>Best stacks with that pin released:</source>
        <translation>Beste Stacks, wenn diese Festlegung aufgehoben wird:</translation>
    </message>
    <message>
        <source>%1 needs %2 in %3</source>
        <translation>%1 erfordert %2 im Bereich %3</translation>
    </message>
    <message>
        <source>%1 rules out %2 in %3</source>
        <translation>%1 schließt %2 im Bereich %3 aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rules every stack follows</source>
        <translation>Regeln, die jeder Stack einhält</translation>
    </message>
    <message>
        <source>How far each importance would have to move to change the first choice</source>
        <translation>Wie weit sich jede Wichtigkeit ändern müsste, um die erste Wahl zu ändern</translation>
    </message>
    <message>
        <source>Where it leaves an area&apos;s leader</source>
        <translation>Wo er vom Spitzenreiter eines Bereichs abweicht</translation>
    </message>
    <message>
        <source>Answers that would put another candidate first:</source>
        <translation>Antworten, die einen anderen Kandidaten nach vorn brächten:</translation>
    </message>
</context>
<context>
    <name>SideBySideModel</name>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Out of 100, from your answers</source>
        <translation>Von 100, aus Ihren Antworten</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1 (Wichtigkeit %2)</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Nachteile</translation>
    </message>
    <message>
        <source>Stack #%1</source>
        <translation>Stack #%1</translation>
    </message>
    <message>
        <source>Stack score</source>
        <translation>Stack-Punktzahl</translation>
    </message>
    <message>
        <source>Mean of the area scores plus synergies</source>
        <translation>Mittelwert der Bereichspunktzahlen plus Synergien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergien</translation>
    </message>
    <message>
        <source>%1 + %2 %3</source>
        <translation>%1 + %2 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>as of %1; may be out of date</source>
        <translation>Stand %1; möglicherweise veraltet</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <source>Compare candidates or stacks</source>
        <translation>Kandidaten oder Stacks vergleichen</translation>
    </message>
    <message>
        <source>Candidates of an area</source>
        <translation>Kandidaten eines Bereichs</translation>
    </message>
    <message>
        <source>Whole stacks</source>
        <translation>Gesamt-Stacks</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Items to compare</source>
        <translation>Zu vergleichende Einträge</translation>
    </message>
    <message>
        <source>Side by side comparison</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>Verglei&amp;chen:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>B&amp;ereich:</translation>
    </message>
    <message>
        <source>Se&amp;lect 2 to 4:</source>
        <translation>2 bis 4 a&amp;uswählen:</translation>
    </message>
    <message>
        <source>Bold on a tinted cell: the best value of a row whose values differ.</source>
        <translation>Fett auf getönter Zelle: der beste Wert einer Zeile mit unterschiedlichen Werten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Pick at least two to compare.</source>
        <translation>Wählen Sie mindestens zwei zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Whether the table sets candidates of one area or whole stacks side by side</source>
        <translation>Ob die Tabelle Kandidaten eines Bereichs oder Gesamt-Stacks nebeneinanderstellt</translation>
    </message>
    <message>
        <source>Whose candidates can be chosen below</source>
        <translation>Bereich, dessen Kandidaten unten ausgewählt werden können</translation>
    </message>
    <message>
        <source>Check the candidates or stacks to show side by side</source>
        <translation>Die Kandidaten oder Stacks ankreuzen, die nebeneinander gezeigt werden sollen</translation>
    </message>
    <message>
        <source>The checked items in columns, their scores and ratings in rows</source>
        <translation>Die angekreuzten Einträge in Spalten, ihre Punktzahlen und Bewertungen in Zeilen</translation>
    </message>
</context>
<context>
    <name>StackTableModel</name>
    <message>
        <source>%1 + %2 %3</source>
        <translation>%1 + %2 %3</translation>
    </message>
    <message>
        <source>%1 + %2 (%3): %4</source>
        <translation>%1 + %2 (%3): %4</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergien</translation>
    </message>
</context>
<context>
    <name>StackwiseWizard</name>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Go to the previous page; your answers stay</source>
        <translation>Zur vorherigen Seite wechseln; Ihre Antworten bleiben erhalten</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>Zur nächsten Seite wechseln</translation>
    </message>
    <message>
        <source>Every page of the wizard; activate one to go there</source>
        <translation>Alle Seiten des Assistenten; aktivieren Sie eine, um dorthin zu wechseln</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Starter Folder</source>
        <translation>Starter-Ordner</translation>
    </message>
    <message>
        <source>A folder to start the project from: the official commands that create each part, compose.yaml for the database, .env.example, the decision record and the answers. Stackwise downloads and runs nothing.</source>
        <translation>Ein Ordner, mit dem das Projekt beginnt: die offiziellen Befehle, die jeden Teil anlegen, compose.yaml für die Datenbank, .env.example, die Entscheidungsdokumentation und die Antworten. Stackwise lädt nichts herunter und führt nichts aus.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Stack:</source>
        <translation>&amp;Stack:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>Schreibt:</translation>
    </message>
    <message>
        <source>README.md of the starter</source>
        <translation>README.md des Starters</translation>
    </message>
    <message>
        <source>&amp;Write Starter</source>
        <translation>Starter &amp;schreiben</translation>
    </message>
    <message>
        <source>“%1” already holds files. Write the starter&apos;s files into it? Files of the same name are replaced; every other file stays.</source>
        <translation>„%1“ enthält schon Dateien. Die Dateien des Starters hineinschreiben? Gleichnamige Dateien werden ersetzt; alle anderen bleiben.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Stackwise</source>
        <translation>Willkommen bei Stackwise</translation>
    </message>
    <message>
        <source>Answer a few questions about your team and your product, one page per part of the stack. Stackwise ranks the candidates of every area and the best whole stacks, and explains each score. Only the project name is required; skip any question you are not sure about.</source>
        <translation>Beantworten Sie einige Fragen zu Ihrem Team und Ihrem Produkt, eine Seite pro Teil des Stacks. Stackwise erstellt Ranglisten der Kandidaten jedes Bereichs und der besten Gesamt-Stacks und erklärt jede Punktzahl. Nur der Projektname ist erforderlich; überspringen Sie jede Frage, bei der Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>e.g. Field-service portal</source>
        <translation>z. B. Außendienstportal</translation>
    </message>
    <message>
        <source>Enter a project name to continue.</source>
        <translation>Geben Sie einen Projektnamen ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Continue a decision</source>
        <translation>Eine Entscheidung fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Open answers file…</source>
        <translation>Antwortdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;group…</source>
        <translation>&amp;Gruppe öffnen…</translation>
    </message>
    <message>
        <source>Open several members&apos; answers files as one group decision.</source>
        <translation>Antwortdateien mehrerer Mitglieder als eine Gruppenentscheidung öffnen.</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>Zuletzt &amp;verwendete Dateien:</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Group decision of %n member(s): %1</source>
        <translation>
            <numerusform>Gruppenentscheidung mit %n Mitglied: %1</numerusform>
            <numerusform>Gruppenentscheidung mit %n Mitgliedern: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Required; shown in every report</source>
        <translation>Erforderlich; erscheint in jedem Bericht</translation>
    </message>
    <message>
        <source>Optional; who answers the questions</source>
        <translation>Optional; wer die Fragen beantwortet</translation>
    </message>
    <message>
        <source>Optional; anything the team wants on record</source>
        <translation>Optional; alles, was das Team festhalten möchte</translation>
    </message>
    <message>
        <source>Continue a decision saved in an answers file</source>
        <translation>Eine in einer Antwortdatei gespeicherte Entscheidung fortsetzen</translation>
    </message>
    <message>
        <source>Activate a file to open it</source>
        <translation>Aktivieren Sie eine Datei, um sie zu öffnen</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Move a slider to see what happens if a criterion mattered more or less. Every result updates at once; your answers stay as they are.</source>
        <translation>Bewegen Sie einen Schieberegler, um zu sehen, was passiert, wenn ein Kriterium mehr oder weniger zählt. Alle Ergebnisse werden sofort aktualisiert; Ihre Antworten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Reset to &amp;my answers</source>
        <translation>Auf &amp;meine Antworten zurücksetzen</translation>
    </message>
    <message>
        <source>Importance of %1</source>
        <translation>Wichtigkeit von %1</translation>
    </message>
    <message>
        <source>Return every importance to what your answers give</source>
        <translation>Jede Wichtigkeit auf den Wert aus Ihren Antworten zurücksetzen</translation>
    </message>
    <message>
        <source>From 0 (does not matter) to 10 (matters most). %1</source>
        <translation>Von 0 (unwichtig) bis 10 (am wichtigsten). %1</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <source>invalid UTF-8: truncated sequence at end of file</source>
        <translation>ungültiges UTF-8: unvollständige Sequenz am Dateiende</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence (overlong, surrogate or out of range)</source>
        <translation>ungültige UTF-8-Sequenz (überlang, Surrogat oder außerhalb des gültigen Bereichs)</translation>
    </message>
    <message>
        <source>character U+%1 is not allowed in YAML</source>
        <translation>Zeichen U+%1 ist in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (the limit is %2)</source>
        <translation>Datei ist zu groß: %1 Byte (die Grenze liegt bei %2)</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>aliases expand to too many nodes (more than %1)</source>
        <translation>Aliase werden zu zu vielen Knoten erweitert (mehr als %1)</translation>
    </message>
    <message>
        <source>tags are not allowed in Stackwise files (found &apos;%1&apos;)</source>
        <translation>Tags sind in Stackwise-Dateien nicht erlaubt (gefunden: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>aliases nest deeper than %1 levels</source>
        <translation>Aliase sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>quoted text is never closed (the file may be cut off)</source>
        <translation>Text in Anführungszeichen wird nie geschlossen (die Datei ist möglicherweise abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 must be a map, got %2</source>
        <translation>%1: Zuordnung erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>keys of %1 must be plain text</source>
        <translation>%1: Schlüssel müssen einfacher Text sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos; (erwartet wird einer von: %3)</translation>
    </message>
    <message>
        <source>%1 is missing the required key &apos;%2&apos;</source>
        <translation>%1: erforderlicher Schlüssel &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1 must be a list, got %2</source>
        <translation>%1: Liste erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be text, got %2</source>
        <translation>%1: Text erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 is too long: an id has at most %2 characters</source>
        <translation>%1: zu lang, eine ID hat höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid id: use only a-z, 0-9 and _</source>
        <translation>%1: &apos;%2&apos; ist keine gültige ID; verwenden Sie nur a-z, 0-9 und _</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1: Zahl erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1: ganze Zahl erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like en, de, fr, pt_BR) in %2</source>
        <translation>%2: &apos;%1&apos; ist kein Sprachcode (wie en, de, fr, pt_BR)</translation>
    </message>
    <message>
        <source>%1 must have an English text (&apos;en&apos;)</source>
        <translation>%1: englischer Text (&apos;en&apos;) erforderlich</translation>
    </message>
</context>
<context>
    <name>YamlSource</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>only one YAML document is allowed per file</source>
        <translation>pro Datei ist nur ein YAML-Dokument erlaubt</translation>
    </message>
    <message>
        <source>not valid YAML: unexpected &apos;%1&apos;</source>
        <translation>kein gültiges YAML: unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (the limit is %2)</source>
        <translation>Datei ist zu groß: %1 Byte (die Grenze liegt bei %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stackwise</source>
        <translation>Stackwise</translation>
    </message>
    <message>
        <source>The knowledge base has errors, so Stackwise cannot start.</source>
        <translation>Die Wissensbasis enthält Fehler, daher kann Stackwise nicht starten.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden:</numerusform>
        </translation>
    </message>
</context>
</TS>
