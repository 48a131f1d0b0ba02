<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdrFolder</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write the decision record: %2</source>
        <translation>%1 : impossible d’écrire l’enregistrement de décision : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the earlier record to mark it superseded: %2</source>
        <translation>%1 : impossible de lire l’enregistrement précédent pour le marquer remplacé : %2</translation>
    </message>
    <message>
        <source>%1: cannot mark the earlier record superseded: %2</source>
        <translation>%1 : impossible de marquer l’enregistrement précédent comme remplacé : %2</translation>
    </message>
</context>
<context>
    <name>Ahp</name>
    <message>
        <source>pairwise judgments need at least two criteria</source>
        <translation>les jugements par paires demandent au moins deux critères</translation>
    </message>
    <message>
        <source>the pairwise judgments do not link &apos;%1&apos; with &apos;%2&apos;; compare it with one of the others</source>
        <translation>les jugements par paires ne relient pas « %1 » à « %2 » ; comparez-le à l&apos;un des autres</translation>
    </message>
</context>
<context>
    <name>AnswersFile</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation>fichier de réponses</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>format inconnu &apos;%1&apos; (attendu : &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nom du projet</translation>
    </message>
    <message>
        <source>project author</source>
        <translation>auteur du projet</translation>
    </message>
    <message>
        <source>project notes</source>
        <translation>notes du projet</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (known: %2)</source>
        <translation>question inconnue &apos;%1&apos; (connues : %2)</translation>
    </message>
    <message>
        <source>wrong kind: expected one option id for single question &apos;%1&apos; (one of: %2)</source>
        <translation>type incorrect : un seul identifiant d&apos;option est attendu pour la question à choix unique &apos;%1&apos; (parmi : %2)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for question &apos;%2&apos; (expected one of: %3)</source>
        <translation>option inconnue &apos;%1&apos; pour la question &apos;%2&apos; (attendu parmi : %3)</translation>
    </message>
    <message>
        <source>wrong kind: expected a list of option ids for multi question &apos;%1&apos; (from: %2)</source>
        <translation>type incorrect : une liste d&apos;identifiants d&apos;option est attendue pour la question à choix multiple &apos;%1&apos; (parmi : %2)</translation>
    </message>
    <message>
        <source>expected an option id in the list for question &apos;%1&apos; (one of: %2)</source>
        <translation>identifiant d&apos;option attendu dans la liste de la question &apos;%1&apos; (parmi : %2)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is listed twice for question &apos;%2&apos;</source>
        <translation>l&apos;option &apos;%1&apos; figure deux fois pour la question &apos;%2&apos;</translation>
    </message>
    <message>
        <source>pins</source>
        <translation>choix fixés</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; in pins (known: %2)</source>
        <translation>domaine inconnu &apos;%1&apos; dans les choix fixés (connus : %2)</translation>
    </message>
    <message>
        <source>pin of area &apos;%1&apos;</source>
        <translation>choix fixé du domaine &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; pinned for area &apos;%2&apos; (expected one of: %3)</source>
        <translation>candidat inconnu &apos;%1&apos; fixé pour le domaine &apos;%2&apos; (attendu parmi : %3)</translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; is in area &apos;%2&apos;, not &apos;%3&apos; (expected one of: %4)</source>
        <translation>le candidat &apos;%1&apos; appartient au domaine &apos;%2&apos;, pas à &apos;%3&apos; (attendu parmi : %4)</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; in weights (known: %2)</source>
        <translation>critère inconnu &apos;%1&apos; dans les poids (connus : %2)</translation>
    </message>
    <message>
        <source>weight of &apos;%1&apos;</source>
        <translation>poids de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight must be 0..10, got %1</source>
        <translation>le poids doit être compris entre 0 et 10 (trouvé : %1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>pairwise</source>
        <translation>pairwise</translation>
    </message>
    <message>
        <source>a pairwise judgment is [criterion, criterion, value], e.g. [ecosystem, performance, 3]</source>
        <translation>un jugement par paire est [critère, critère, valeur], par ex. [ecosystem, performance, 3]</translation>
    </message>
    <message>
        <source>pairwise criterion</source>
        <translation>critère d&apos;un jugement par paire</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; in pairwise (known: %2)</source>
        <translation>critère inconnu « %1 » dans pairwise (connus : %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is compared with itself</source>
        <translation>« %1 » est comparé à lui-même</translation>
    </message>
    <message>
        <source>the pair %1, %2 is judged twice (first at line %3)</source>
        <translation>la paire %1, %2 est jugée deux fois (d&apos;abord à la ligne %3)</translation>
    </message>
    <message>
        <source>the pair %1, %2 is judged both ways (first at line %3); keep one</source>
        <translation>la paire %1, %2 est jugée dans les deux sens (d&apos;abord à la ligne %3) ; gardez-en un</translation>
    </message>
    <message>
        <source>pairwise value</source>
        <translation>valeur d&apos;un jugement par paire</translation>
    </message>
    <message>
        <source>a pairwise value is a number or a fraction such as 3, 0.5 or 1/2, got &apos;%1&apos;</source>
        <translation>une valeur par paire est un nombre ou une fraction comme 3, 0.5 ou 1/2, reçu « %1 »</translation>
    </message>
    <message>
        <source>a pairwise value is on Saaty&apos;s scale, 1/9 to 9, got &apos;%1&apos;</source>
        <translation>une valeur par paire est sur l&apos;échelle de Saaty, de 1/9 à 9, reçu « %1 »</translation>
    </message>
</context>
<context>
    <name>AutosaveManager</name>
    <message>
        <source>Could not write the autosave file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de sauvegarde automatique %1 : %2</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Says who</source>
        <translation>Selon qui</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Détail du score</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>Ca&amp;ndidat :</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No score for this choice.</source>
        <translation>Aucun score pour ce choix.</translation>
    </message>
    <message>
        <source>Total: %1 points, the score of %2 (criterion points are importance × rating, scaled so that all criteria together give 0–100).</source>
        <translation>Total : %1 points, soit le score de %2 (les points d&apos;un critère valent importance × note, mis à l&apos;échelle pour que l&apos;ensemble des critères donne 0–100).</translation>
    </message>
    <message>
        <source>Whose candidates can be chosen next</source>
        <translation>Domaine dont les candidats peuvent être choisis ensuite</translation>
    </message>
    <message>
        <source>Whose score the table explains</source>
        <translation>Candidat dont le tableau détaille le score</translation>
    </message>
    <message>
        <source>What each criterion and answer adds to the score; the points add up to it</source>
        <translation>Ce que chaque critère et chaque réponse ajoutent au score ; la somme des points donne le score</translation>
    </message>
    <message>
        <source>Says who (%1):
%2</source>
        <translation>Selon qui (%1) :
%2</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>No candidates</source>
        <translation>Aucun candidat</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fixé)</translation>
    </message>
    <message>
        <source>Choose candidates to compare</source>
        <translation>Choisissez des candidats à comparer</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Scores per area</source>
        <translation>Scores par domaine</translation>
    </message>
    <message>
        <source>Criteria profile</source>
        <translation>Profil des critères</translation>
    </message>
    <message>
        <source>%1: %2 leads with %3</source>
        <translation>%1 : %2 en tête avec %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write the report to OUT without opening a window.</source>
        <translation>Écrit le rapport dans SORTIE sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>Report format: html, pdf, md, json or csv (default: from OUT&apos;s extension).</source>
        <translation>Format du rapport : html, pdf, md, json ou csv (par défaut : d&apos;après l&apos;extension de SORTIE).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Add or override knowledge-base files from DIR (repeatable).</source>
        <translation>Ajoute ou remplace des fichiers de la base de connaissances depuis DOSSIER (répétable).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Language of the interface and reports (en, de, fr).</source>
        <translation>Langue de l&apos;interface et des rapports (en, de, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Check the knowledge base in DIR and report every problem.</source>
        <translation>Vérifie la base de connaissances de DOSSIER et signale chaque problème.</translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter (default: from the locale).</source>
        <translation>Format de page PDF : A4 ou Letter (par défaut : d&apos;après les paramètres régionaux).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Stackwise helps a team choose its web stack: frontend, backend, database and API style.</source>
        <translation>Stackwise aide une équipe à choisir sa stack web : frontend, backend, base de données et style d&apos;API.</translation>
    </message>
    <message>
        <source>[FILE.yaml]</source>
        <translation>[FICHIER.yaml]</translation>
    </message>
    <message>
        <source>--export needs at least one --answers FILE.</source>
        <translation>--export exige au moins un --answers FICHIER.</translation>
    </message>
    <message>
        <source>--answers needs --export OUT (to open a file in the wizard, pass it without --answers).</source>
        <translation>--answers exige --export SORTIE (pour ouvrir un fichier dans l&apos;assistant, passez-le sans --answers).</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;; expected one of: %2.</source>
        <translation>Format de rapport inconnu « %1 » ; formats attendus : %2.</translation>
    </message>
    <message>
        <source>%1: cannot tell the report format from the file name; use --format with one of: %2.</source>
        <translation>%1: impossible de déduire le format du rapport à partir du nom de fichier ; utilisez --format avec l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>cannot read the answers file</source>
        <translation>impossible de lire le fichier de réponses</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; expected one of: %2.</source>
        <translation>Langue « %1 » inconnue ; valeurs attendues : %2.</translation>
    </message>
    <message>
        <source>%1 areas, %2 candidates, %3 questions, %4 criteria, %5 rules</source>
        <translation>%1 domaines, %2 candidats, %3 questions, %4 critères, %5 règles</translation>
    </message>
    <message>
        <source>%1: valid as an overlay on the built-in knowledge base; together: %2</source>
        <translation>%1 : valide en complément de la base de connaissances intégrée ; ensemble : %2</translation>
    </message>
    <message>
        <source>%1: knowledge base is valid: %2</source>
        <translation>%1 : la base de connaissances est valide : %2</translation>
    </message>
    <message>
        <source>With --validate-kb: also require a source on every rating.</source>
        <translation>Avec --validate-kb : exiger aussi une source pour chaque note.</translation>
    </message>
    <message>
        <source>--strict goes with --validate-kb DIR.</source>
        <translation>--strict s&apos;utilise avec --validate-kb RÉP.</translation>
    </message>
    <message>
        <source>Answers file, or a report made by Stackwise, to evaluate; repeat for a group decision.</source>
        <translation>Fichier de réponses, ou rapport créé par Stackwise, à évaluer ; à répéter pour une décision de groupe.</translation>
    </message>
    <message>
        <source>Answers file, or a report made by Stackwise, to open in the wizard.</source>
        <translation>Fichier de réponses, ou rapport créé par Stackwise, à ouvrir dans l’assistant.</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1 : remarque : %2</translation>
    </message>
    <message>
        <source>Write the decision record (MADR) into the folder of records DIR as NNNN-title.md, superseding the project&apos;s earlier record there.</source>
        <translation>Écrire l’enregistrement de décision (MADR) dans le dossier d’enregistrements DOSSIER sous le nom NNNN-titre.md, en remplaçant l’enregistrement précédent du projet.</translation>
    </message>
    <message>
        <source>--adr-dir DIR needs at least one --answers FILE, and no --export.</source>
        <translation>--adr-dir DOSSIER demande au moins un --answers FICHIER, et pas de --export.</translation>
    </message>
    <message>
        <source>%1: a folder of decision records takes the Markdown record (--format md).</source>
        <translation>%1 : un dossier d’enregistrements de décision reçoit l’enregistrement Markdown (--format md).</translation>
    </message>
    <message>
        <source>Show what changed from the decision OLD to NEW (answers files or reports): --diff OLD NEW [--export OUT.{md,html,json}].</source>
        <translation>Montrer ce qui a changé de la décision ANCIEN à NOUVEAU (fichiers de réponses ou rapports) : --diff ANCIEN NOUVEAU [--export SORTIE.{md,html,json}].</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANCIEN</translation>
    </message>
    <message>
        <source>--diff OLD NEW takes two decisions (answers files or reports), and no --answers.</source>
        <translation>--diff ANCIEN NOUVEAU prend deux décisions (fichiers de réponses ou rapports), et pas de --answers.</translation>
    </message>
    <message>
        <source>A diff is written as md, html or json.</source>
        <translation>Une comparaison s’écrit en md, html ou json.</translation>
    </message>
    <message>
        <source>%1: cannot write the diff: %2</source>
        <translation>%1 : impossible d’écrire la comparaison : %2</translation>
    </message>
    <message>
        <source>Write a starter folder DIR for the recommended stack: the official create commands in a README, compose.yaml, .env.example, the record and the answers. Nothing is downloaded or run.</source>
        <translation>Écrire un dossier de démarrage DOSSIER pour la stack recommandée : les commandes officielles de création dans un README, compose.yaml, .env.example, la fiche de décision et les réponses. Rien n&apos;est téléchargé ni exécuté.</translation>
    </message>
    <message>
        <source>With --scaffold: the stack ranked N instead of the recommended one (1).</source>
        <translation>Avec --scaffold : la stack classée N au lieu de la recommandée (1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --scaffold: write into DIR even when it already holds files.</source>
        <translation>Avec --scaffold : écrire dans DOSSIER même s&apos;il contient déjà des fichiers.</translation>
    </message>
    <message>
        <source>--scaffold DIR needs at least one --answers FILE, and no --export or --adr-dir.</source>
        <translation>--scaffold DOSSIER demande au moins un --answers FICHIER, et ni --export ni --adr-dir.</translation>
    </message>
    <message>
        <source>--stack and --force go with --scaffold DIR.</source>
        <translation>--stack et --force vont avec --scaffold DOSSIER.</translation>
    </message>
    <message>
        <source>--stack takes a rank, 1 or more; got &quot;%1&quot;.</source>
        <translation>--stack attend un rang, 1 ou plus ; reçu « %1 ».</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Decisions</source>
        <translation>Comparer des décisions</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Web page (*.html);;JSON (*.json)</source>
        <translation>Markdown (*.md);;Page web (*.html);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Inconvénients</translation>
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
        <translation>%1 (importance %2)</translation>
    </message>
    <message>
        <source>%1
Importance %2, %3</source>
        <translation>%1
Importance %2, %3</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Area to compare</source>
        <translation>Domaine à comparer</translation>
    </message>
    <message>
        <source>Sort candidates by</source>
        <translation>Trier les candidats par</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <source>Filter criteria by name</source>
        <translation>Filtrer les critères par nom</translation>
    </message>
    <message>
        <source>Filter criteria…</source>
        <translation>Filtrer les critères…</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Tableau comparatif</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>Sort b&amp;y:</source>
        <translation>T&amp;rier par :</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>C&amp;hercher :</translation>
    </message>
    <message numerus="yes">
        <source>Criteria profile of the first %n columns (ratings 0–10)</source>
        <translation>
            <numerusform>Profil des critères de %n colonne (notes 0–10)</numerusform>
            <numerusform>Profil des critères des %n premières colonnes (notes 0–10)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose candidates the table compares</source>
        <translation>Domaine dont le tableau compare les candidats</translation>
    </message>
    <message>
        <source>The score or the criterion that orders the columns</source>
        <translation>Le score ou le critère qui détermine l&apos;ordre des colonnes</translation>
    </message>
    <message>
        <source>Highest or lowest first</source>
        <translation>Valeurs les plus élevées ou les plus basses en premier</translation>
    </message>
    <message>
        <source>Shows only the criteria whose name contains this text</source>
        <translation>N&apos;affiche que les critères dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>Ratings of the candidates, one row per criterion</source>
        <translation>Notes des candidats, une ligne par critère</translation>
    </message>
</context>
<context>
    <name>DiffReportWriter</name>
    <message>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <source>the answer to “%1”</source>
        <translation>la réponse à « %1 »</translation>
    </message>
    <message>
        <source>mostly %1: %2 → %3 points</source>
        <translation>surtout %1 : %2 → %3 points</translation>
    </message>
    <message>
        <source>no legal stack</source>
        <translation>aucune stack autorisée</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>What changed: %1 → %2</source>
        <translation>Ce qui a changé : %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Pin for %1: %2 → %3</source>
        <translation>Choix imposé pour %1 : %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: new, %2 of 10</source>
        <translation>%1 : nouveau, %2 sur 10</translation>
    </message>
    <message>
        <source>%1: gone (was %2 of 10)</source>
        <translation>%1 : disparu (était %2 sur 10)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of 10</source>
        <translation>%1 : %2 → %3 sur 10</translation>
    </message>
    <message>
        <source>New leader: %1 (was %2)</source>
        <translation>Nouveau premier : %1 (auparavant %2)</translation>
    </message>
    <message>
        <source>%1 came in at #%2 with %3</source>
        <translation>%1 entre au rang %2 avec %3</translation>
    </message>
    <message>
        <source>%1 went out (was #%2 with %3)</source>
        <translation>%1 sort (était au rang %2 avec %3)</translation>
    </message>
    <message>
        <source>%1 %2 from #%3 to #%4, its score unchanged at %5</source>
        <translation>%1 %2 du rang %3 au rang %4, score inchangé à %5</translation>
    </message>
    <message>
        <source>up</source>
        <translation>monte</translation>
    </message>
    <message>
        <source>down</source>
        <translation>descend</translation>
    </message>
    <message>
        <source>%1 up from #%2 to #%3, %4 (%5 → %6)</source>
        <translation>%1 monte du rang %2 au rang %3, %4 (%5 → %6)</translation>
    </message>
    <message>
        <source>%1 down from #%2 to #%3, %4 (%5 → %6)</source>
        <translation>%1 descend du rang %2 au rang %3, %4 (%5 → %6)</translation>
    </message>
    <message>
        <source>%1 stays #%2, %3 (%4 → %5)</source>
        <translation>%1 reste au rang %2, %3 (%4 → %5)</translation>
    </message>
    <message>
        <source>Knowledge base %1 → %2: some moves come from the knowledge base, not the answers.</source>
        <translation>Base de connaissances %1 → %2 : certains changements viennent de la base, pas des réponses.</translation>
    </message>
    <message>
        <source>Nothing changed: the same answers give the same results.</source>
        <translation>Rien n’a changé : les mêmes réponses donnent les mêmes résultats.</translation>
    </message>
    <message>
        <source>Answers that changed</source>
        <translation>Réponses modifiées</translation>
    </message>
    <message>
        <source>Importance that moved</source>
        <translation>Importance modifiée</translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation>Stack recommandée</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>KbFileReader</name>
    <message>
        <source>a knowledge-base file</source>
        <translation>fichier de base de connaissances</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>domaines</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidats</translation>
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
        <translation>contraintes</translation>
    </message>
    <message>
        <source>kb</source>
        <translation>kb</translation>
    </message>
    <message>
        <source>kb version</source>
        <translation>version de kb</translation>
    </message>
    <message>
        <source>kb date</source>
        <translation>date de kb</translation>
    </message>
    <message>
        <source>area</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>area id</source>
        <translation>identifiant du domaine</translation>
    </message>
    <message>
        <source>area name</source>
        <translation>nom du domaine</translation>
    </message>
    <message>
        <source>area description</source>
        <translation>description du domaine</translation>
    </message>
    <message>
        <source>area order</source>
        <translation>ordre du domaine</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation>identifiant du critère</translation>
    </message>
    <message>
        <source>criterion name</source>
        <translation>nom du critère</translation>
    </message>
    <message>
        <source>criterion description</source>
        <translation>description du critère</translation>
    </message>
    <message>
        <source>criterion areas</source>
        <translation>domaines du critère</translation>
    </message>
    <message>
        <source>criterion baseline</source>
        <translation>valeur de base du critère</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation>identifiant du candidat</translation>
    </message>
    <message>
        <source>candidate area</source>
        <translation>domaine du candidat</translation>
    </message>
    <message>
        <source>candidate name</source>
        <translation>nom du candidat</translation>
    </message>
    <message>
        <source>candidate summary</source>
        <translation>résumé du candidat</translation>
    </message>
    <message>
        <source>candidate link</source>
        <translation>lien du candidat</translation>
    </message>
    <message>
        <source>strong_for item</source>
        <translation>élément de strong_for</translation>
    </message>
    <message>
        <source>pros item</source>
        <translation>élément de pros</translation>
    </message>
    <message>
        <source>cons item</source>
        <translation>élément de cons</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>rating of &apos;%1&apos;</source>
        <translation>note de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rating score</source>
        <translation>valeur de la note</translation>
    </message>
    <message>
        <source>rating reason</source>
        <translation>justification de la note</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>identifiant de la question</translation>
    </message>
    <message>
        <source>question page</source>
        <translation>page de la question</translation>
    </message>
    <message>
        <source>question kind</source>
        <translation>type de la question</translation>
    </message>
    <message>
        <source>unknown question kind &apos;%1&apos; (expected single or multi)</source>
        <translation>type de question inconnu &apos;%1&apos; (attendu : single ou multi)</translation>
    </message>
    <message>
        <source>question text</source>
        <translation>texte de la question</translation>
    </message>
    <message>
        <source>question help</source>
        <translation>aide de la question</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>option id</source>
        <translation>identifiant de l&apos;option</translation>
    </message>
    <message>
        <source>option label</source>
        <translation>libellé de l&apos;option</translation>
    </message>
    <message>
        <source>effects</source>
        <translation>effets</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>effet</translation>
    </message>
    <message>
        <source>an effect names either a &apos;criterion&apos; (with &apos;importance&apos;) or a &apos;candidate&apos; (with &apos;points&apos;)</source>
        <translation>un effet désigne soit un &apos;criterion&apos; (avec &apos;importance&apos;), soit un &apos;candidate&apos; (avec &apos;points&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not go with &apos;%2&apos; (use &apos;%3&apos;)</source>
        <translation>&apos;%1&apos; ne va pas avec &apos;%2&apos; (utilisez &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>effect criterion</source>
        <translation>critère de l&apos;effet</translation>
    </message>
    <message>
        <source>effect candidate</source>
        <translation>candidat de l&apos;effet</translation>
    </message>
    <message>
        <source>effect is missing the required key &apos;%1&apos;</source>
        <translation>effet : la clé obligatoire &apos;%1&apos; est absente</translation>
    </message>
    <message>
        <source>effect importance</source>
        <translation>importance de l&apos;effet</translation>
    </message>
    <message>
        <source>effect points</source>
        <translation>points de l&apos;effet</translation>
    </message>
    <message>
        <source>effect reason</source>
        <translation>justification de l&apos;effet</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>synergie</translation>
    </message>
    <message>
        <source>synergy candidate</source>
        <translation>candidat de la synergie</translation>
    </message>
    <message>
        <source>&apos;between&apos; must list exactly 2 candidates, got %1</source>
        <translation>&apos;between&apos; doit lister exactement 2 candidats (trouvé : %1)</translation>
    </message>
    <message>
        <source>synergy points</source>
        <translation>points de la synergie</translation>
    </message>
    <message>
        <source>synergy reason</source>
        <translation>justification de la synergie</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>constraint id</source>
        <translation>identifiant de la contrainte</translation>
    </message>
    <message>
        <source>constraint &apos;when&apos; candidate</source>
        <translation>candidat &apos;when&apos; de la contrainte</translation>
    </message>
    <message>
        <source>constraint reason</source>
        <translation>justification de la contrainte</translation>
    </message>
    <message>
        <source>a constraint has exactly one of &apos;requires&apos; or &apos;forbids&apos;</source>
        <translation>une contrainte comporte exactement une clé parmi &apos;requires&apos; et &apos;forbids&apos;</translation>
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
        <translation>domaine de la contrainte</translation>
    </message>
    <message>
        <source>constraint candidate</source>
        <translation>candidat de la contrainte</translation>
    </message>
    <message>
        <source>a constraint must list at least one candidate</source>
        <translation>une contrainte doit lister au moins un candidat</translation>
    </message>
    <message>
        <source>candidate language</source>
        <translation>langage du candidat</translation>
    </message>
    <message>
        <source>option language</source>
        <translation>langage de l&apos;option</translation>
    </message>
    <message>
        <source>&apos;areas&apos; scopes an importance effect; a nudge already names its candidate</source>
        <translation>&apos;areas&apos; limite un effet d&apos;importance ; un coup de pouce nomme déjà son candidat</translation>
    </message>
    <message>
        <source>effect area</source>
        <translation>domaine de l&apos;effet</translation>
    </message>
    <message>
        <source>language_rules</source>
        <translation>language_rules</translation>
    </message>
    <message>
        <source>language names</source>
        <translation>noms des langages</translation>
    </message>
    <message>
        <source>language id &apos;%1&apos; may use only a-z, 0-9 and _</source>
        <translation>l&apos;identifiant de langage &apos;%1&apos; ne peut contenir que a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>language name</source>
        <translation>nom du langage</translation>
    </message>
    <message>
        <source>team_language rule</source>
        <translation>règle team_language</translation>
    </message>
    <message>
        <source>rule question</source>
        <translation>question de la règle</translation>
    </message>
    <message>
        <source>rule area</source>
        <translation>domaine de la règle</translation>
    </message>
    <message>
        <source>rule points</source>
        <translation>points de la règle</translation>
    </message>
    <message>
        <source>rule reason</source>
        <translation>justification de la règle</translation>
    </message>
    <message>
        <source>one_language rule</source>
        <translation>règle one_language</translation>
    </message>
    <message>
        <source>&apos;areas&apos; must list exactly 2 areas, got %1</source>
        <translation>&apos;areas&apos; doit lister exactement 2 domaines, trouvé : %1</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>identifiant de source</translation>
    </message>
    <message>
        <source>as_of date</source>
        <translation>date as_of</translation>
    </message>
    <message>
        <source>%1 must be YYYY-MM-DD or YYYY-MM, got &apos;%2&apos;</source>
        <translation>%1 doit être AAAA-MM-JJ ou AAAA-MM, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>source title</source>
        <translation>titre de la source</translation>
    </message>
    <message>
        <source>source publisher</source>
        <translation>éditeur de la source</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>source url must start with https:// or http://, got &apos;%1&apos;</source>
        <translation>l&apos;URL de la source doit commencer par https:// ou http://, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>source date</source>
        <translation>date de la source</translation>
    </message>
    <message>
        <source>scaffold</source>
        <translation>scaffold</translation>
    </message>
    <message>
        <source>scaffold folder</source>
        <translation>dossier du scaffold</translation>
    </message>
    <message>
        <source>scaffold docs</source>
        <translation>documentation du scaffold</translation>
    </message>
    <message>
        <source>scaffold docs must be an https:// address of the official page, got &apos;%1&apos;</source>
        <translation>scaffold docs doit être une adresse https:// de la page officielle, reçu « %1 »</translation>
    </message>
    <message>
        <source>scaffold checked date</source>
        <translation>date de vérification du scaffold</translation>
    </message>
    <message>
        <source>scaffold commands</source>
        <translation>commandes du scaffold</translation>
    </message>
    <message>
        <source>scaffold command</source>
        <translation>commande du scaffold</translation>
    </message>
    <message>
        <source>scaffold command &apos;with&apos; candidate</source>
        <translation>candidat de « with » d&apos;une commande du scaffold</translation>
    </message>
    <message>
        <source>scaffold command &apos;without&apos; candidate</source>
        <translation>candidat de « without » d&apos;une commande du scaffold</translation>
    </message>
    <message>
        <source>a scaffold command is one line; give each command its own entry</source>
        <translation>une commande du scaffold tient sur une ligne ; donnez à chaque commande sa propre entrée</translation>
    </message>
    <message>
        <source>scaffold env</source>
        <translation>env du scaffold</translation>
    </message>
    <message>
        <source>scaffold note</source>
        <translation>note du scaffold</translation>
    </message>
    <message>
        <source>scaffold service</source>
        <translation>service du scaffold</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>nom du service</translation>
    </message>
    <message>
        <source>service image</source>
        <translation>image du service</translation>
    </message>
    <message>
        <source>service image must be NAME:TAG with a fixed tag (not latest), got &apos;%1&apos;</source>
        <translation>l&apos;image du service doit être NOM:ÉTIQUETTE avec une étiquette fixe (pas latest), reçu « %1 »</translation>
    </message>
    <message>
        <source>service port</source>
        <translation>port du service</translation>
    </message>
    <message>
        <source>service port must be 1 to 65535, got %1</source>
        <translation>le port du service doit être entre 1 et 65535, reçu %1</translation>
    </message>
    <message>
        <source>service volume</source>
        <translation>volume du service</translation>
    </message>
    <message>
        <source>service volume is the data path inside the container, an absolute path; got &apos;%1&apos;</source>
        <translation>le volume du service est le chemin des données dans le conteneur, un chemin absolu ; reçu « %1 »</translation>
    </message>
    <message>
        <source>service environment</source>
        <translation>environnement du service</translation>
    </message>
    <message>
        <source>service healthcheck</source>
        <translation>contrôle de santé du service</translation>
    </message>
    <message>
        <source>healthcheck word</source>
        <translation>mot du contrôle de santé</translation>
    </message>
    <message>
        <source>a healthcheck starts with CMD or CMD-SHELL, got &apos;%1&apos;</source>
        <translation>un contrôle de santé commence par CMD ou CMD-SHELL, reçu « %1 »</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a variable name (A-Z, 0-9 and _)</source>
        <translation>%1 : « %2 » n&apos;est pas un nom de variable (A-Z, 0-9 et _)</translation>
    </message>
</context>
<context>
    <name>KbLoader</name>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first defined at %3)</source>
        <translation>%1 en double : &apos;%2&apos; (première définition : %3)</translation>
    </message>
    <message>
        <source>area id</source>
        <translation>identifiant du domaine</translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation>identifiant du critère</translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation>identifiant du candidat</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>identifiant de la question</translation>
    </message>
    <message>
        <source>constraint id</source>
        <translation>identifiant de la contrainte</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>synergie</translation>
    </message>
    <message>
        <source>knowledge-base directory does not exist</source>
        <translation>le dossier de la base de connaissances n&apos;existe pas</translation>
    </message>
    <message>
        <source>the knowledge base defines no areas</source>
        <translation>la base de connaissances ne définit aucun domaine</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>identifiant de source</translation>
    </message>
</context>
<context>
    <name>KbValidator</name>
    <message>
        <source>duplicate %1 id &apos;%2&apos; (first defined at %3)</source>
        <translation>%1 : identifiant &apos;%2&apos; en double (première définition : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>area</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>area &apos;%1&apos; has no candidates</source>
        <translation>le domaine &apos;%1&apos; n&apos;a aucun candidat</translation>
    </message>
    <message>
        <source>area &apos;%1&apos; has no criteria (no criterion lists it in &apos;areas&apos;)</source>
        <translation>le domaine &apos;%1&apos; n&apos;a aucun critère (aucun critère ne le cite dans &apos;areas&apos;)</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; applies to no area</source>
        <translation>le critère &apos;%1&apos; ne s&apos;applique à aucun domaine</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; (known: %2)</source>
        <translation>domaine inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>area &apos;%1&apos; is listed twice</source>
        <translation>le domaine &apos;%1&apos; figure deux fois</translation>
    </message>
    <message>
        <source>baseline must be 0..10, got %1</source>
        <translation>la valeur de base doit être comprise entre 0 et 10 (trouvé : %1)</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; for candidate &apos;%2&apos; (known: %3)</source>
        <translation>domaine inconnu &apos;%1&apos; pour le candidat &apos;%2&apos; (connus : %3)</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; (known: %2)</source>
        <translation>critère inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; does not apply to area &apos;%2&apos; (it applies to: %3)</source>
        <translation>le critère &apos;%1&apos; ne s&apos;applique pas au domaine &apos;%2&apos; (il s&apos;applique à : %3)</translation>
    </message>
    <message>
        <source>rating must be 0..10, got %1</source>
        <translation>la note doit être comprise entre 0 et 10 (trouvé : %1)</translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; has no rating for criterion &apos;%2&apos; (every criterion of area &apos;%3&apos; needs one)</source>
        <translation>le candidat &apos;%1&apos; n&apos;a pas de note pour le critère &apos;%2&apos; (chaque critère du domaine &apos;%3&apos; en exige une)</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>question page &apos;%1&apos; is neither &apos;team&apos; nor an area (known areas: %2)</source>
        <translation>la page de question &apos;%1&apos; n&apos;est ni &apos;team&apos; ni un domaine (domaines connus : %2)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no options</source>
        <translation>la question &apos;%1&apos; n&apos;a aucune option</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of question &apos;%2&apos; has no effects</source>
        <translation>l&apos;option &apos;%1&apos; de la question &apos;%2&apos; n&apos;a aucun effet</translation>
    </message>
    <message>
        <source>importance must be -%1..%1, got %2</source>
        <translation>l&apos;importance doit être comprise entre -%1 et %1 (trouvé : %2)</translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; (known: %2)</source>
        <translation>candidat inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>points must be -%1..%1, got %2</source>
        <translation>les points doivent être compris entre -%1 et %1 (trouvé : %2)</translation>
    </message>
    <message>
        <source>duplicate synergy between &apos;%1&apos; and &apos;%2&apos; (first defined at %3)</source>
        <translation>synergie en double entre &apos;%1&apos; et &apos;%2&apos; (première définition : %3)</translation>
    </message>
    <message>
        <source>a synergy joins two different candidates, got &apos;%1&apos; twice</source>
        <translation>une synergie relie deux candidats différents, or &apos;%1&apos; figure deux fois</translation>
    </message>
    <message>
        <source>synergy between &apos;%1&apos; and &apos;%2&apos; of the same area &apos;%3&apos; (a synergy joins candidates of different areas)</source>
        <translation>synergie entre &apos;%1&apos; et &apos;%2&apos; du même domaine &apos;%3&apos; (une synergie relie des candidats de domaines différents)</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>constraint area &apos;%1&apos; is the area of its &apos;when&apos; candidate &apos;%2&apos; (name another area)</source>
        <translation>le domaine &apos;%1&apos; de la contrainte est celui de son candidat &apos;when&apos; &apos;%2&apos; (indiquez un autre domaine)</translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; is in area &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>le candidat &apos;%1&apos; appartient au domaine &apos;%2&apos;, pas à &apos;%3&apos;</translation>
    </message>
    <message>
        <source>only options of the team-language question (&apos;%1&apos;) name languages</source>
        <translation>seules les options de la question du langage de l&apos;équipe (&apos;%1&apos;) nomment des langages</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; is not rated in area &apos;%2&apos; (it is in: %3)</source>
        <translation>le critère &apos;%1&apos; n&apos;est pas noté dans le domaine &apos;%2&apos; (il l&apos;est dans : %3)</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (known: %2)</source>
        <translation>langage inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;</source>
        <translation>question inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the team-language question &apos;%1&apos; must be single-choice</source>
        <translation>la question du langage de l&apos;équipe &apos;%1&apos; doit être à choix unique</translation>
    </message>
    <message>
        <source>the team_language rule needs a &apos;why&apos;</source>
        <translation>la règle team_language doit avoir un &apos;why&apos;</translation>
    </message>
    <message>
        <source>rule points must be -%1..%1</source>
        <translation>les points d&apos;une règle doivent être compris entre -%1 et %1</translation>
    </message>
    <message>
        <source>the one_language rule needs a &apos;why&apos;</source>
        <translation>la règle one_language doit avoir un &apos;why&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>source inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the rating of &apos;%1&apos; on &apos;%2&apos; names no source (--strict)</source>
        <translation>la note de &apos;%1&apos; pour &apos;%2&apos; ne cite aucune source (--strict)</translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; in a scaffold command of &apos;%2&apos;</source>
        <translation>candidat inconnu « %1 » dans une commande du scaffold de « %2 »</translation>
    </message>
    <message>
        <source>scaffold service &apos;%1&apos; of &apos;%2&apos; has the name of &apos;%3&apos;&apos;s service</source>
        <translation>le service du scaffold « %1 » de « %2 » porte le nom du service de « %3 »</translation>
    </message>
</context>
<context>
    <name>LeaderPanel</name>
    <message>
        <source>Current leaders</source>
        <translation>En tête actuellement</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Best stack</source>
        <translation>Meilleure stack</translation>
    </message>
    <message>
        <source>no candidates</source>
        <translation>aucun candidat</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fixé)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>close race</source>
        <translation>au coude-à-coude</translation>
    </message>
    <message>
        <source>No legal stack: a pin breaks a hard rule.</source>
        <translation>Aucune stack valide : un choix fixé enfreint une règle stricte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save Changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>This decision has unsaved changes.</source>
        <translation>Cette décision comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>The decision “%1” has unsaved changes.</source>
        <translation>La décision « %1 » comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Stackwise did not close properly last time. Unsaved answers were kept.</source>
        <translation>Stackwise ne s&apos;est pas fermé correctement la dernière fois. Les réponses non enregistrées ont été conservées.</translation>
    </message>
    <message>
        <source>Restore them?</source>
        <translation>Les restaurer ?</translation>
    </message>
    <message>
        <source>Restore the answers of “%1”?</source>
        <translation>Restaurer les réponses de « %1 » ?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Échec de la sauvegarde automatique</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new decision</source>
        <translation>Commencer une nouvelle décision</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Group…</source>
        <translation>Ouvrir un &amp;groupe…</translation>
    </message>
    <message>
        <source>Open several members&apos; answers files as one decision</source>
        <translation>Ouvrir les fichiers de réponses de plusieurs membres comme une seule décision</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reset What-If Weights</source>
        <translation>&amp;Réinitialiser les poids simulés</translation>
    </message>
    <message>
        <source>Return every importance to what your answers give</source>
        <translation>Rétablir chaque importance à la valeur issue de vos réponses</translation>
    </message>
    <message>
        <source>&amp;Clear Answers of This Page</source>
        <translation>&amp;Effacer les réponses de cette page</translation>
    </message>
    <message>
        <source>&amp;About Stackwise</source>
        <translation>À &amp;propos de Stackwise</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go to Page</source>
        <translation>A&amp;ller à la page</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>The autosaved answers could not be restored</source>
        <translation>Les réponses sauvegardées automatiquement n&apos;ont pas pu être restaurées</translation>
    </message>
    <message>
        <source>Unsaved answers were restored. Save them to keep them.</source>
        <translation>Les réponses non enregistrées ont été restaurées. Enregistrez-les pour les conserver.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not open the group: %n file(s) have errors</source>
        <translation>
            <numerusform>Impossible d&apos;ouvrir le groupe : %n fichier contient des erreurs</numerusform>
            <numerusform>Impossible d&apos;ouvrir le groupe : %n fichiers contiennent des erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group decision of %n member(s). The question pages show who answered what; Results lists the disagreements.</source>
        <translation>
            <numerusform>Décision de groupe de %n membre. Les pages de questions indiquent qui a répondu quoi ; la page Résultats liste les désaccords.</numerusform>
            <numerusform>Décision de groupe de %n membres. Les pages de questions indiquent qui a répondu quoi ; la page Résultats liste les désaccords.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Open Answers File</source>
        <translation>Ouvrir un fichier de réponses</translation>
    </message>
    <message>
        <source>Open Group: Choose the Members&apos; Answers Files</source>
        <translation>Ouvrir un groupe : choisir les fichiers de réponses des membres</translation>
    </message>
    <message>
        <source>Save Answers File</source>
        <translation>Enregistrer le fichier de réponses</translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml)</source>
        <translation>Fichiers de réponses (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>About Stackwise</source>
        <translation>À propos de Stackwise</translation>
    </message>
    <message numerus="yes">
        <source>Stackwise %1

A decision wizard for choosing a web stack with your team: it ranks the candidates of every area and the best whole stacks, and explains every score.

Knowledge base %2 (%3): %n rule(s).</source>
        <translation>
            <numerusform>Stackwise %1

Un assistant de décision pour choisir une stack web avec votre équipe : il classe les candidats de chaque domaine et les meilleures stacks complètes, et explique chaque score.

Base de connaissances %2 (%3) : %n règle.</numerusform>
            <numerusform>Stackwise %1

Un assistant de décision pour choisir une stack web avec votre équipe : il classe les candidats de chaque domaine et les meilleures stacks complètes, et explique chaque score.

Base de connaissances %2 (%3) : %n règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group decision</source>
        <translation>Décision de groupe</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, export defaults, page size and autosave</source>
        <translation>Langue, paramètres d&apos;exportation par défaut, format de page et sauvegarde automatique</translation>
    </message>
    <message>
        <source>The new language applies the next time Stackwise starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Stackwise.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>The built-in knowledge base dates from %1, more than a year ago: ratings marked “may be out of date” deserve a check before you decide.</source>
        <translation>La base de connaissances intégrée date du %1, il y a plus d&apos;un an : vérifiez les notes marquées « peut-être dépassé » avant de décider.</translation>
    </message>
    <message>
        <source>Reopened the decision that %1 was made from; Save asks for a name for its answers file.</source>
        <translation>La décision dont %1 est issu est rouverte ; Enregistrer demande un nom pour son fichier de réponses.</translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml);;Reports made by Stackwise (*.html *.htm *.md *.json *.pdf);;All files (*)</source>
        <translation>Fichiers de réponses (*.yaml *.yml);;Rapports créés par Stackwise (*.html *.htm *.md *.json *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Decision &amp;Record into Folder…</source>
        <translation>&amp;Enregistrement de décision dans un dossier…</translation>
    </message>
    <message>
        <source>Add the decision record to a folder of records such as docs/decisions, numbered, superseding this project&apos;s earlier one</source>
        <translation>Ajouter l’enregistrement de décision, numéroté, à un dossier comme docs/decisions, en remplaçant le précédent de ce projet</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>See what changed from another decision (answers file or report) to this one</source>
        <translation>Voir ce qui a changé d’une autre décision (fichier de réponses ou rapport) à celle-ci</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>this decision</source>
        <translation>cette décision</translation>
    </message>
    <message>
        <source>S&amp;tarter Folder…</source>
        <translation>Dossier de &amp;démarrage…</translation>
    </message>
    <message>
        <source>Write a folder to start the project from: the official create commands, compose.yaml, .env.example, the record and the answers</source>
        <translation>Écrire un dossier pour démarrer le projet : les commandes officielles de création, compose.yaml, .env.example, la fiche et les réponses</translation>
    </message>
</context>
<context>
    <name>MarkdownReportWriter</name>
    <message>
        <source>Context and Problem Statement</source>
        <extracomment>MADR section title; keep it close to the MADR template wording</extracomment>
        <translation>Contexte et énoncé du problème</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; needs a web stack: one choice for each of %2. This record compares the candidates of the knowledge base against the team&apos;s answers.</source>
        <translation>Le projet « %1 » a besoin d&apos;une stack web : un choix pour chacun des domaines suivants : %2. Ce document compare les candidats de la base de connaissances aux réponses de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Decision Drivers</source>
        <extracomment>MADR section title</extracomment>
        <translation>Facteurs de décision</translation>
    </message>
    <message>
        <source>%1 (importance %2 of 10)</source>
        <translation>%1 (importance %2 sur 10)</translation>
    </message>
    <message>
        <source>%1 (importance %2 of 10, set by &quot;%3&quot;)</source>
        <translation>%1 (importance %2 sur 10, selon « %3 »)</translation>
    </message>
    <message>
        <source>Considered Options</source>
        <extracomment>MADR section title</extracomment>
        <translation>Options envisagées</translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <translation>%1 (%2 sur 100)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also evaluated: %1.</source>
        <translation>Également évalués : %1.</translation>
    </message>
    <message>
        <source>Decision Outcome</source>
        <extracomment>MADR section title</extracomment>
        <translation>Résultat de la décision</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it is the best-scoring whole stack (%2 of 100) that respects every hard rule of the knowledge base.</source>
        <extracomment>MADR sentence: Chosen option: &quot;&lt;option&gt;&quot;, because &lt;justification&gt;</extracomment>
        <translation>Option choisie : « %1 », car c&apos;est la stack complète la mieux notée (%2 sur 100) qui respecte toutes les règles strictes de la base de connaissances.</translation>
    </message>
    <message>
        <source>Consequences</source>
        <extracomment>MADR section title</extracomment>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Good, because %1: %2</source>
        <extracomment>MADR bullet: &quot;Good, because &lt;consequence&gt;&quot;; %1 names the candidate</extracomment>
        <translation>Bon, car %1 : %2</translation>
    </message>
    <message>
        <source>Good, because %1 and %2 work well together: %3</source>
        <translation>Bon, car %1 et %2 fonctionnent bien ensemble : %3</translation>
    </message>
    <message>
        <source>Bad, because %1: %2</source>
        <extracomment>MADR bullet: &quot;Bad, because &lt;consequence&gt;&quot;; %1 names the candidate</extracomment>
        <translation>Mauvais, car %1 : %2</translation>
    </message>
    <message>
        <source>Bad, because %1 and %2 clash: %3</source>
        <translation>Mauvais, car %1 et %2 s&apos;accordent mal : %3</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <extracomment>MADR section title</extracomment>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Confirm the choice with a small prototype before committing, and review this record with the team.</source>
        <translation>Confirmez le choix avec un petit prototype avant de vous engager, et relisez ce document avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Confirm the choice with a small prototype that exercises the most important criteria (%1) before committing, and review this record with the team.</source>
        <translation>Confirmez le choix avec un petit prototype qui met à l&apos;épreuve les critères les plus importants (%1) avant de vous engager, et relisez ce document avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Evaluate the same answers again when the knowledge base changes; a different first choice is a reason to revisit this decision.</source>
        <translation>Réévaluez les mêmes réponses lorsque la base de connaissances change ; un premier choix différent justifie de revoir cette décision.</translation>
    </message>
    <message>
        <source>Pros and Cons of the Options</source>
        <extracomment>MADR section title</extracomment>
        <translation>Avantages et inconvénients des options</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Strong for: %1.</source>
        <translation>Points forts : %1.</translation>
    </message>
    <message>
        <source>Good, because %1</source>
        <translation>Bon, car %1</translation>
    </message>
    <message>
        <source>Bad, because %1</source>
        <translation>Mauvais, car %1</translation>
    </message>
    <message>
        <source>More Information</source>
        <extracomment>MADR section title</extracomment>
        <translation>Informations complémentaires</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>PairwisePage</name>
    <message>
        <source>Compare what matters</source>
        <translation>Comparer ce qui compte</translation>
    </message>
    <message>
        <source>Optional. Two criteria at a time: which matters more for this project, and how much? Slide towards the one that matters more. Each step is one point of Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important. Stackwise turns the judgments into importance and checks that they agree with each other. Leave a pair alone to skip it, or the whole page to keep the importance your answers gave.</source>
        <translation>Facultatif. Deux critères à la fois : lequel compte le plus pour ce projet, et de combien ? Faites glisser le curseur vers celui qui compte le plus. Chaque cran est un point de l&apos;échelle de Saaty : 1 égal, 3 modérément, 5 fortement, 7 très fortement, 9 extrêmement plus important. Stackwise transforme les jugements en importances et vérifie qu&apos;ils s&apos;accordent entre eux. Laissez une paire telle quelle pour la passer, ou la page entière pour garder l&apos;importance issue de vos réponses.</translation>
    </message>
    <message>
        <source>Nothing to compare: fewer than two criteria matter after the answers.</source>
        <translation>Rien à comparer : après les réponses, moins de deux critères comptent.</translation>
    </message>
    <message>
        <source>Use the suggested value</source>
        <translation>Utiliser la valeur suggérée</translation>
    </message>
    <message>
        <source>Replaces the most inconsistent judgment with the value the others imply</source>
        <translation>Remplace le jugement le plus incohérent par la valeur qu&apos;impliquent les autres</translation>
    </message>
    <message>
        <source>Weights from the judgments</source>
        <translation>Poids issus des jugements</translation>
    </message>
    <message>
        <source>Clear all &amp;judgments</source>
        <translation>Effacer tous les &amp;jugements</translation>
    </message>
    <message>
        <source>Removes every pairwise judgment; the importance comes from the answers again</source>
        <translation>Supprime tous les jugements par paires ; l&apos;importance revient aux réponses</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>égal</translation>
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
        <translation>non comparé</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 face à %2</translation>
    </message>
    <message>
        <source>Left: %1 matters more. Right: %2 matters more. Delete clears the judgment.</source>
        <translation>À gauche : %1 compte plus. À droite : %2 compte plus. Suppr efface le jugement.</translation>
    </message>
    <message>
        <source>Clear the judgment of %1 against %2</source>
        <translation>Effacer le jugement %1 face à %2</translation>
    </message>
    <message>
        <source>The pair is then not compared</source>
        <translation>La paire n&apos;est alors plus comparée</translation>
    </message>
    <message>
        <source>The most inconsistent judgment</source>
        <translation>Le jugement le plus incohérent</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>importance %1</translation>
    </message>
    <message>
        <source>No judgments yet: the importance comes from your answers.</source>
        <translation>Pas encore de jugement : l&apos;importance vient de vos réponses.</translation>
    </message>
    <message>
        <source>Two criteria are always consistent; the consistency ratio needs three or more.</source>
        <translation>Deux critères sont toujours cohérents ; le ratio de cohérence en demande trois ou plus.</translation>
    </message>
    <message numerus="yes">
        <source>Consistency ratio %1 (CI %2 ÷ RI %3, Saaty&apos;s random index for %n criteria): %4.</source>
        <translation>
            <numerusform>Ratio de cohérence %1 (CI %2 ÷ RI %3, indice aléatoire de Saaty pour %n critère) : %4.</numerusform>
            <numerusform>Ratio de cohérence %1 (CI %2 ÷ RI %3, indice aléatoire de Saaty pour %n critères) : %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>consistent enough (0.10 at most)</source>
        <translation>assez cohérent (0,10 au plus)</translation>
    </message>
    <message>
        <source>too inconsistent to rely on</source>
        <translation>trop incohérent pour s&apos;y fier</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not compared were completed from the others (Harker&apos;s method).</source>
        <translation>
            <numerusform>%n paire non comparée a été complétée à partir des autres (méthode de Harker).</numerusform>
            <numerusform>%n paires non comparées ont été complétées à partir des autres (méthode de Harker).</numerusform>
        </translation>
    </message>
    <message>
        <source>These judgments contradict each other (consistency ratio %1, above 0.10). Furthest out: %2 against %3, given as %4; the other judgments imply %5.</source>
        <translation>Ces jugements se contredisent (ratio de cohérence %1, au-dessus de 0,10). Le plus éloigné : %2 face à %3, donné comme %4 ; les autres jugements impliquent %5.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Utiliser %1</translation>
    </message>
    <message>
        <source>Use %1 for %2 against %3</source>
        <translation>Utiliser %1 pour %2 face à %3</translation>
    </message>
    <message>
        <source>Compare %1 with one of the others as well: until every criterion compared is linked to the rest, the judgments set no importance.</source>
        <translation>Comparez aussi %1 avec l&apos;un des autres : tant que chaque critère comparé n&apos;est pas relié aux autres, les jugements ne fixent aucune importance.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Group decision: each pair shows the geometric mean of the members who judged it, the standard way to combine judgments.</source>
        <translation>Décision de groupe : chaque paire montre la moyenne géométrique des membres qui l&apos;ont jugée, la manière habituelle de combiner des jugements.</translation>
    </message>
    <message>
        <source>%1: no judgments</source>
        <translation>%1 : aucun jugement</translation>
    </message>
    <message>
        <source>%1: consistency ratio %2</source>
        <translation>%1 : ratio de cohérence %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Furthest apart: %1 against %2, from %3 to %4.</source>
        <translation>Les plus éloignés : %1 face à %2, de %3 à %4.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the window and of new reports</source>
        <translation>Langue de la fenêtre et des nouveaux rapports</translation>
    </message>
    <message>
        <source>Takes effect the next time Stackwise starts.</source>
        <translation>Prend effet au prochain démarrage de Stackwise.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Decision record (Markdown)</source>
        <translation>Compte rendu de décision (Markdown)</translation>
    </message>
    <message>
        <source>Rankings for spreadsheets (CSV)</source>
        <translation>Classements pour tableur (CSV)</translation>
    </message>
    <message>
        <source>Data for scripts (JSON)</source>
        <translation>Données pour scripts (JSON)</translation>
    </message>
    <message>
        <source>Default export format</source>
        <translation>Format d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>The format File, Export offers first</source>
        <translation>Le format proposé en premier par la commande Fichier, Exporter</translation>
    </message>
    <message>
        <source>Export &amp;format:</source>
        <translation>&amp;Format d&apos;exportation :</translation>
    </message>
    <message>
        <source>Next to the answers file</source>
        <translation>À côté du fichier de réponses</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>Where File, Export suggests saving; empty means next to the answers file</source>
        <translation>Emplacement d&apos;enregistrement proposé par la commande Fichier, Exporter ; vide : à côté du fichier de réponses</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Choisir le dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>Export f&amp;older:</source>
        <translation>&amp;Dossier d&apos;exportation :</translation>
    </message>
    <message>
        <source>Automatic (from the region)</source>
        <translation>Automatique (selon la région)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Paper size of PDF reports and printouts</source>
        <translation>Format du papier des rapports PDF et des impressions</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Format de &amp;page :</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of unsaved answers (autosave)</source>
        <translation>&amp;Conserver une copie des réponses non enregistrées (sauvegarde automatique)</translation>
    </message>
    <message>
        <source>Unsaved answers are written aside every few moments and offered again after a crash</source>
        <translation>Les réponses non enregistrées sont mises de côté à intervalles réguliers et proposées à nouveau après un plantage</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Dossier d&apos;exportation par défaut</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>About the team that will build and run the product.</source>
        <translation>À propos de l&apos;équipe qui va développer et exploiter le produit.</translation>
    </message>
    <message>
        <source>Group decision: the answers come from the members&apos; files. Each question lists who answered what.</source>
        <translation>Décision de groupe : les réponses proviennent des fichiers des membres. Chaque question indique qui a répondu quoi.</translation>
    </message>
    <message>
        <source>There are no questions on this page.</source>
        <translation>Cette page ne contient aucune question.</translation>
    </message>
    <message>
        <source>We &amp;already use:</source>
        <translation>Nous utilisons &amp;déjà :</translation>
    </message>
    <message>
        <source>Already decided for %1</source>
        <translation>Déjà décidé pour %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choisissez toutes les réponses qui s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Leaves the question unanswered: it has no effect.</source>
        <translation>Laisse la question sans réponse : elle n&apos;a aucun effet.</translation>
    </message>
    <message>
        <source>Pinned to %1: the questions on this page are skipped. Choose &quot;Not decided yet&quot; to answer them.</source>
        <translation>Fixé à %1 : les questions de cette page sont ignorées. Choisissez « Pas encore décidé » pour y répondre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A candidate chosen here is kept in every stack and its questions are skipped</source>
        <translation>Un candidat choisi ici est conservé dans chaque stack et ses questions sont ignorées</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fixé)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation>Points forts</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, self-contained (*.html *.htm)</source>
        <translation>Page web autonome (*.html *.htm)</translation>
    </message>
    <message>
        <source>Decision record, Markdown (*.md)</source>
        <translation>Compte rendu de décision, Markdown (*.md)</translation>
    </message>
    <message>
        <source>Rankings for spreadsheets, CSV (*.csv)</source>
        <translation>Classements pour tableur, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Data for scripts, JSON (*.json)</source>
        <translation>Données pour scripts, JSON (*.json)</translation>
    </message>
    <message>
        <source>stack-decision</source>
        <translation>choix-de-stack</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Exporting the report to %1…</source>
        <translation>Exportation du rapport vers %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The report could not be created.</source>
        <translation>Le rapport n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Decision Record into Folder</source>
        <translation>Enregistrement de décision dans un dossier</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>what-if weight</source>
        <translation>poids simulé</translation>
    </message>
    <message>
        <source>Pinned %1</source>
        <translation>Choix fixé (%1)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Pinned choice</source>
        <translation>Choix fixé</translation>
    </message>
    <message>
        <source>Kept within 0 to 100</source>
        <translation>Maintenu entre 0 et 100</translation>
    </message>
    <message>
        <source>Web stack decision</source>
        <translation>Choix de stack web</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation>Stack recommandée</translation>
    </message>
    <message>
        <source>Why this stack</source>
        <translation>Pourquoi cette stack</translation>
    </message>
    <message>
        <source>Watch out</source>
        <translation>Points de vigilance</translation>
    </message>
    <message>
        <source>Stack score</source>
        <translation>Score de la stack</translation>
    </message>
    <message>
        <source>Project and answers</source>
        <translation>Projet et réponses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Choices already made</source>
        <translation>Choix déjà faits</translation>
    </message>
    <message>
        <source>What-if weights</source>
        <translation>Poids simulés</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Classements</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixé</translation>
    </message>
    <message>
        <source>Top candidates compared</source>
        <translation>Comparaison des meilleurs candidats</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Inconvénients</translation>
    </message>
    <message>
        <source>Score breakdowns</source>
        <translation>Détail des scores</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>No single importance change would change the first choice.</source>
        <translation>Aucune modification d&apos;une seule importance ne changerait le premier choix.</translation>
    </message>
    <message>
        <source>Stacks, synergies and constraints</source>
        <translation>Stacks, synergies et contraintes</translation>
    </message>
    <message>
        <source>Synergies in the recommended stack</source>
        <translation>Synergies de la stack recommandée</translation>
    </message>
    <message>
        <source>The recommended stack has no synergies or penalties.</source>
        <translation>La stack recommandée ne comporte ni synergie ni pénalité.</translation>
    </message>
    <message>
        <source>Hard rules that apply</source>
        <translation>Règles strictes applicables</translation>
    </message>
    <message>
        <source>Conflicting pins</source>
        <translation>Choix fixés en conflit</translation>
    </message>
    <message>
        <source>Best stacks with a pin released</source>
        <translation>Meilleures stacks en libérant un choix fixé</translation>
    </message>
    <message>
        <source>Best whole stacks</source>
        <translation>Meilleures stacks complètes</translation>
    </message>
    <message>
        <source>Group decision</source>
        <translation>Décision de groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Where the members disagree</source>
        <translation>Points de désaccord entre les membres</translation>
    </message>
    <message>
        <source>The members answered every question alike.</source>
        <translation>Les membres ont répondu de la même façon à toutes les questions.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>No legal stack</source>
        <translation>Aucune stack valide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>valeur de base</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left unanswered; they do not affect any score.</source>
        <translation>
            <numerusform>%n question laissée sans réponse ; elle n&apos;affecte aucun score.</numerusform>
            <numerusform>%n questions laissées sans réponse ; elles n&apos;affectent aucun score.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stack score: %1 of 100</source>
        <translation>Score de la stack : %1 sur 100</translation>
    </message>
    <message>
        <source>Generated by Stackwise %1 on %2.</source>
        <translation>Généré par Stackwise %1 le %2.</translation>
    </message>
    <message>
        <source>unversioned</source>
        <translation>sans version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 du %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Web stack decision: %1</source>
        <translation>Choix de stack web : %1</translation>
    </message>
    <message>
        <source>If %1 mattered %2 instead of %3 (out of 10), %4 would come first.</source>
        <translation>Si l&apos;importance du critère %1 était de %2 au lieu de %3 (sur 10), %4 passerait en tête.</translation>
    </message>
    <message>
        <source>%1 was pinned for %2 and scores %3 of 100.</source>
        <translation>%1 a été fixé pour %2 et obtient %3 sur 100.</translation>
    </message>
    <message>
        <source>Without the pin, %1 would rank first with %2.</source>
        <translation>Sans ce choix fixé, %1 serait en tête avec %2.</translation>
    </message>
    <message>
        <source>%1 leads %2 with %3 of 100, %4 points ahead of %5.</source>
        <translation>%1 est en tête pour %2 avec %3 sur 100, %4 points devant %5.</translation>
    </message>
    <message>
        <source>%1 is the only candidate for %2 (%3 of 100).</source>
        <translation>%1 est le seul candidat pour %2 (%3 sur 100).</translation>
    </message>
    <message>
        <source>Its largest contributions: %1.</source>
        <translation>Ses principales contributions : %1.</translation>
    </message>
    <message>
        <source>The %1 choice is fragile: %2 leads %3 by %4 points (%5%).</source>
        <translation>Le choix pour %1 est fragile : %2 devance %3 de %4 points (%5 %).</translation>
    </message>
    <message>
        <source>%1 and %2 work well together (%3): %4</source>
        <translation>%1 et %2 fonctionnent bien ensemble (%3) : %4</translation>
    </message>
    <message>
        <source>%1 and %2 cost the stack %3 points together: %4</source>
        <translation>Ensemble, %1 et %2 coûtent %3 points à la stack : %4</translation>
    </message>
    <message>
        <source>No stack satisfies every hard rule of the knowledge base with the current pins.</source>
        <translation>Aucune stack ne respecte toutes les règles strictes de la base de connaissances avec les choix fixés actuels.</translation>
    </message>
    <message>
        <source>Pinned choices %1 break a hard rule: %2</source>
        <translation>Les choix fixés %1 enfreignent une règle stricte : %2</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 with %3 of 100, although %4 scores %5.</source>
        <translation>%1 est choisi pour %2 avec %3 sur 100, bien que %4 obtienne %5.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>état au %1</translation>
    </message>
    <message>
        <source>as of %1; may be out of date</source>
        <translation>état au %1 ; peut-être dépassé</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Says who</source>
        <translation>Selon qui</translation>
    </message>
    <message>
        <source>The built-in knowledge base dates from %1, more than a year ago: check the ratings marked “may be out of date”.</source>
        <translation>La base de connaissances intégrée date du %1, il y a plus d&apos;un an : vérifiez les notes marquées « peut-être dépassé ».</translation>
    </message>
    <message>
        <source>pairwise comparison</source>
        <translation>comparaison par paires</translation>
    </message>
    <message>
        <source>Pairwise judgments (analytic hierarchy process)</source>
        <translation>Jugements par paires (processus de hiérarchie analytique)</translation>
    </message>
    <message>
        <source>Weights from the pairwise judgments</source>
        <translation>Poids issus des jugements par paires</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 face à %2</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1 (importance %2)</translation>
    </message>
    <message>
        <source>Two criteria are always consistent.</source>
        <translation>Deux critères sont toujours cohérents.</translation>
    </message>
    <message>
        <source>λmax %1, consistency index %2, consistency ratio %3 (random index %4, Saaty&apos;s table for n = %5); %6.</source>
        <translation>λmax %1, indice de cohérence %2, ratio de cohérence %3 (indice aléatoire %4, table de Saaty pour n = %5) ; %6.</translation>
    </message>
    <message>
        <source>consistent enough (at most 0.10)</source>
        <translation>assez cohérent (au plus 0,10)</translation>
    </message>
    <message>
        <source>above 0.10: the judgments contradict each other</source>
        <translation>au-dessus de 0,10 : les jugements se contredisent</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not judged, completed by Harker&apos;s method.</source>
        <translation>
            <numerusform>%n paire non jugée, complétée par la méthode de Harker.</numerusform>
            <numerusform>%n paires non jugées, complétées par la méthode de Harker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most inconsistent: %1 against %2, given %3; the other judgments imply %4.</source>
        <translation>Le moins cohérent : %1 face à %2, donné %3 ; les autres jugements impliquent %4.</translation>
    </message>
    <message>
        <source>Pairwise comparison matrix</source>
        <translation>Matrice des comparaisons par paires</translation>
    </message>
    <message>
        <source>Pairwise judgments not used</source>
        <translation>Jugements par paires non utilisés</translation>
    </message>
    <message>
        <source>Each member&apos;s pairwise consistency ratio</source>
        <translation>Ratio de cohérence des jugements par paires de chaque membre</translation>
    </message>
    <message>
        <source>Pairwise judgments furthest apart</source>
        <translation>Jugements par paires les plus éloignés</translation>
    </message>
    <message>
        <source>Row against column: how many times as important. In brackets, pairs not judged, completed as w_row / w_column (Harker&apos;s method).</source>
        <translation>Ligne face à colonne : combien de fois plus important. Entre parenthèses, les paires non jugées, complétées par w_ligne / w_colonne (méthode de Harker).</translation>
    </message>
    <message>
        <source>Row against column: how many times as important.</source>
        <translation>Ligne face à colonne : combien de fois plus important.</translation>
    </message>
    <message>
        <source>The pairwise judgments set no importance: they do not link %1 with the other criteria compared. Compare it with one of them.</source>
        <translation>Les jugements par paires ne fixent aucune importance : ils ne relient pas %1 aux autres critères comparés. Comparez-le à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>no pairwise judgments (or fewer than three criteria)</source>
        <translation>aucun jugement par paires (ou moins de trois critères)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 against %2: %3 (the highest %4 times the lowest).</source>
        <translation>%1 face à %2 : %3 (la plus haute valeur vaut %4 fois la plus basse).</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Unknown page size &quot;%1&quot;; expected A4 or Letter.</source>
        <translation>Format de page « %1 » inconnu ; valeurs attendues : A4 ou Letter.</translation>
    </message>
    <message>
        <source>The %1 report format is not available in this build.</source>
        <translation>Le format de rapport %1 n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: impossible d&apos;écrire le rapport : %2</translation>
    </message>
    <message>
        <source>%1: cannot write the answers beside the CSV report: %2</source>
        <translation>%1 : impossible d’écrire les réponses à côté du rapport CSV : %2</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>Made with knowledge base %1 (hash %2); this is %3 (hash %4): scores may differ.</source>
        <translation>Créé avec la base de connaissances %1 (empreinte %2) ; celle-ci est %3 (empreinte %4) : les scores peuvent différer.</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>de version inconnue</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>this report carries no answers (it was not exported by Stackwise 0.1 or later, or the part that holds them was removed)</source>
        <translation>ce rapport ne contient pas de réponses (il n’a pas été exporté par Stackwise 0.1 ou ultérieur, ou la partie qui les contient a été supprimée)</translation>
    </message>
    <message>
        <source>not a JSON report: %1</source>
        <translation>ce n’est pas un rapport JSON : %1</translation>
    </message>
    <message>
        <source>&quot;answers_file&quot; must be a list of lines (strings)</source>
        <translation>« answers_file » doit être une liste de lignes (chaînes)</translation>
    </message>
    <message>
        <source>a CSV report holds no answers; open the answers file written beside it: %1</source>
        <translation>un rapport CSV ne contient pas de réponses ; ouvrez le fichier de réponses écrit à côté : %1</translation>
    </message>
    <message>
        <source>the embedded answers are larger than %1 KiB</source>
        <translation>les réponses intégrées dépassent %1 Kio</translation>
    </message>
    <message>
        <source> (line %1 of the answers embedded in the report&apos;s metadata)</source>
        <translation> (ligne %1 des réponses intégrées aux métadonnées du rapport)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Rankings</source>
        <translation>C&amp;lassements</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>Co&amp;mparaison</translation>
    </message>
    <message>
        <source>S&amp;ide by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation>&amp;Détail</translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation>&amp;Sensibilité</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>S&amp;imulation</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Best stacks</source>
        <translation>Meilleures stacks</translation>
    </message>
    <message>
        <source>Best whole stacks</source>
        <translation>Meilleures stacks complètes</translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation>Scores par domaine</translation>
    </message>
    <message>
        <source>Ranking of %1</source>
        <translation>Classement : %1</translation>
    </message>
    <message>
        <source>Double-click a candidate to see its score breakdown.</source>
        <translation>Double-cliquez sur un candidat pour voir le détail de son score.</translation>
    </message>
    <message>
        <source>Questions the members answered differently. The results use the group&apos;s combined answers.</source>
        <translation>Questions auxquelles les membres ont répondu différemment. Les résultats utilisent les réponses combinées du groupe.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>No stack satisfies every rule with the current pins; see Sensitivity.</source>
        <translation>Aucune stack ne respecte toutes les règles avec les choix fixés actuels ; voir Sensibilité.</translation>
    </message>
    <message>
        <source>Recommended stack: %1 (score %2)</source>
        <translation>Stack recommandée : %1 (score %2)</translation>
    </message>
    <message>
        <source>Close call in %1: the winner could change with a small change in what matters.</source>
        <translation>Résultat serré pour %1 : le gagnant pourrait changer si les priorités évoluaient légèrement.</translation>
    </message>
    <message numerus="yes">
        <source>%n pin conflict(s) with the knowledge base&apos;s rules.</source>
        <translation>
            <numerusform>%n conflit entre les choix fixés et les règles de la base de connaissances.</numerusform>
            <numerusform>%n conflits entre les choix fixés et les règles de la base de connaissances.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Sensitivity tab for the reasons.</source>
        <translation>Les raisons sont détaillées dans l&apos;onglet Sensibilité.</translation>
    </message>
    <message>
        <source>The best whole stacks, best first, with their scores</source>
        <translation>Meilleures stacks complètes, par ordre décroissant, avec leurs scores</translation>
    </message>
    <message>
        <source>Candidates of this area ranked by score, best first</source>
        <translation>Candidats de ce domaine classés par score décroissant</translation>
    </message>
    <message>
        <source>Questions the group members answered differently, with each answer</source>
        <translation>Questions auxquelles les membres du groupe ont répondu différemment, avec chaque réponse</translation>
    </message>
    <message>
        <source>Not the area&apos;s leader: %1.</source>
        <translation>Pas le premier du domaine : %1.</translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>baseline</source>
        <translation>valeur de base</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>set by “%1”</source>
        <translation>selon « %1 »</translation>
    </message>
    <message>
        <source>Pinned choice</source>
        <translation>Choix fixé</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Answer: %1 → %2</source>
        <translation>Réponse : %1 → %2</translation>
    </message>
    <message>
        <source>Kept within 0–100</source>
        <translation>Maintenu dans 0–100</translation>
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
        <translation>%1 (état au %2 ; peut-être dépassé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1: this may be out of date.</source>
        <translation>État au %1 : peut-être dépassé.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>État au %1.</translation>
    </message>
    <message>
        <source>Says who: %1</source>
        <translation>Selon qui : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>set by pairwise comparison</source>
        <translation>fixée par comparaison par paires</translation>
    </message>
</context>
<context>
    <name>ScaffoldWriter</name>
    <message>
        <source>the stack Stackwise recommends</source>
        <translation>la stack que Stackwise recommande</translation>
    </message>
    <message>
        <source>the stack ranked %1 of %2</source>
        <translation>la stack classée %1 sur %2</translation>
    </message>
    <message>
        <source># Made by Stackwise for %1: %2, the stack&apos;s database.</source>
        <translation># Créé par Stackwise pour %1 : %2, la base de données de la stack.</translation>
    </message>
    <message>
        <source># `docker compose up -d --wait` starts it and returns once its healthcheck passes.</source>
        <translation># `docker compose up -d --wait` la démarre et rend la main une fois son contrôle de santé réussi.</translation>
    </message>
    <message>
        <source># Values in ${...} come from .env (copy .env.example); the default follows &quot;:-&quot;.</source>
        <translation># Les valeurs ${...} viennent de .env (copie de .env.example) ; la valeur par défaut suit « :- ».</translation>
    </message>
    <message>
        <source>The answers leave no legal stack, so there is no starter to write.</source>
        <translation>Les réponses ne laissent aucune stack admise : il n&apos;y a pas de dossier de démarrage à écrire.</translation>
    </message>
    <message>
        <source>There is no stack %1: this decision ranks %2.</source>
        <translation>Il n&apos;y a pas de stack %1 : cette décision en classe %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source># Starter: %1</source>
        <translation># Démarrage : %1</translation>
    </message>
    <message>
        <source>This starter is for %1:</source>
        <translation>Ce dossier de démarrage est pour %1 :</translation>
    </message>
    <message>
        <source>Stackwise downloaded and ran nothing. Below are the official commands that create each part, in the order to run them, from this folder. Each names the page it comes from and when it was checked: tools change, so read that page before you run them.</source>
        <translation>Stackwise n&apos;a rien téléchargé ni exécuté. Voici les commandes officielles qui créent chaque partie, dans l&apos;ordre où les lancer, depuis ce dossier. Chacune nomme la page d&apos;où elle vient et la date de sa vérification : les outils changent, lisez donc cette page avant de les lancer.</translation>
    </message>
    <message>
        <source>First copy `.env.example` to `.env` and change its values; keep `.env` out of version control.</source>
        <translation>Copiez d&apos;abord `.env.example` vers `.env` et changez ses valeurs ; gardez `.env` hors du contrôle de version.</translation>
    </message>
    <message>
        <source>## %1. %2: %3</source>
        <translation>## %1. %2 : %3</translation>
    </message>
    <message>
        <source>The knowledge base has no starter commands for %1; see %2.</source>
        <translation>La base de connaissances n&apos;a pas de commandes de démarrage pour %1 ; voir %2.</translation>
    </message>
    <message>
        <source>Creates `%1/`.</source>
        <translation>Crée `%1/`.</translation>
    </message>
    <message>
        <source>Runs as the `%1` service of `compose.yaml`: the image `%2`, its data in the named volume `%3-data`, healthy once `%4` passes.</source>
        <translation>Tourne comme service `%1` de `compose.yaml` : l&apos;image `%2`, ses données dans le volume nommé `%3-data`, en bonne santé dès que `%4` réussit.</translation>
    </message>
    <message>
        <source>Source: %1 (checked %2).</source>
        <translation>Source : %1 (vérifiée %2).</translation>
    </message>
    <message>
        <source>## The decision</source>
        <translation>## La décision</translation>
    </message>
    <message>
        <source>`%1` records what was decided and why. `%2` holds the answers: `stackwise %2` reopens them, and `stackwise --diff %2 NEW.yaml` shows what changed when the needs move.</source>
        <translation>`%1` consigne ce qui a été décidé et pourquoi. `%2` contient les réponses : `stackwise %2` les rouvre, et `stackwise --diff %2 NOUVEAU.yaml` montre ce qui a changé quand les besoins évoluent.</translation>
    </message>
    <message>
        <source># Made by Stackwise: copy to .env and change the values.</source>
        <translation># Créé par Stackwise : copier vers .env et changer les valeurs.</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder; nothing was written</source>
        <translation>%1 : existe et n&apos;est pas un dossier ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: the folder already holds files; nothing was written (--force writes the starter&apos;s files into it)</source>
        <translation>%1 : le dossier contient déjà des fichiers ; rien n&apos;a été écrit (--force y écrit les fichiers du dossier de démarrage)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>Scores are kept within 0 to 100.</source>
        <translation>Les scores sont maintenus entre 0 et 100.</translation>
    </message>
    <message>
        <source>This area has no criteria: every candidate starts at 50.</source>
        <translation>Ce domaine n&apos;a aucun critère : chaque candidat part de 50.</translation>
    </message>
    <message>
        <source>Direct effects of the answers.</source>
        <translation>Effets directs des réponses.</translation>
    </message>
    <message>
        <source>Pinned %1: %2</source>
        <translation>Choix fixé (%1) : %2</translation>
    </message>
    <message>
        <source>%1 + %2 %3</source>
        <translation>%1 + %2 %3</translation>
    </message>
    <message>
        <source>%1 instead of %2 (%3 leader by %4 points)</source>
        <translation>%1 au lieu de %2 (premier en %3 avec %4 points d&apos;avance)</translation>
    </message>
    <message>
        <source>%1 is ruled out with this stack: %2</source>
        <translation>%1 est exclu avec cette stack : %2</translation>
    </message>
    <message>
        <source>%1 would bring %2</source>
        <translation>%1 apporterait %2</translation>
    </message>
    <message>
        <source>an alternative: its synergies do not make up for the lead</source>
        <translation>une alternative : ses synergies ne compensent pas l&apos;avance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>%1 stays first unless %2 importance rises above %3 (then %4).</source>
        <translation>%1 reste premier sauf si l&apos;importance du critère %2 dépasse %3 (alors %4).</translation>
    </message>
    <message>
        <source>%1 stays first unless %2 importance falls below %3 (then %4).</source>
        <translation>%1 reste premier sauf si l&apos;importance du critère %2 descend sous %3 (alors %4).</translation>
    </message>
    <message>
        <source>Answering &apos;%1&apos; with &apos;%2&apos; would make %3 first.</source>
        <translation>Répondre « %2 » à « %1 » placerait %3 en tête.</translation>
    </message>
    <message>
        <source>Removing &apos;%1&apos; from &apos;%2&apos; would make %3 first.</source>
        <translation>Retirer « %1 » de « %2 » placerait %3 en tête.</translation>
    </message>
    <message>
        <source>Adding &apos;%1&apos; to &apos;%2&apos; would make %3 first.</source>
        <translation>Ajouter « %1 » à « %2 » placerait %3 en tête.</translation>
    </message>
    <message>
        <source>Leaving &apos;%1&apos; unanswered would make %2 first.</source>
        <translation>Laisser « %1 » sans réponse placerait %2 en tête.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 leads %2 by only %3%.</source>
        <translation>%1 ne devance %2 que de %3 %.</translation>
    </message>
    <message>
        <source>Setting %1 importance to %2 instead of %3 would make %4 first.</source>
        <translation>Avec une importance de %1 à %2 au lieu de %3, %4 passerait en tête.</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Close call in %1: a small change in what matters could change the winner. Read the reasons below before deciding.</source>
        <translation>Résultat serré pour %1 : un léger changement des priorités pourrait changer le gagnant. Lisez les raisons ci-dessous avant de décider.</translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation>Stack recommandée</translation>
    </message>
    <message>
        <source>No stack satisfies every rule with the current pins.</source>
        <translation>Aucune stack ne respecte toutes les règles avec les choix fixés actuels.</translation>
    </message>
    <message>
        <source>%1, with a stack score of %2.</source>
        <translation>%1, avec un score de stack de %2.</translation>
    </message>
    <message>
        <source>%1 + %2 (%3 points): %4</source>
        <translation>%1 + %2 (%3 points) : %4</translation>
    </message>
    <message>
        <source>Synergies in this stack</source>
        <translation>Synergies de cette stack</translation>
    </message>
    <message>
        <source>None of its pairs has a synergy or a penalty.</source>
        <translation>Aucune de ses paires n&apos;a de synergie ou de pénalité.</translation>
    </message>
    <message>
        <source>How firm is each winner?</source>
        <translation>Quelle est la solidité de chaque gagnant ?</translation>
    </message>
    <message>
        <source>No candidates.</source>
        <translation>Aucun candidat.</translation>
    </message>
    <message>
        <source>Pinned to %1; the ranking shows how the alternatives compare.</source>
        <translation>Fixé à %1 ; le classement montre comment se situent les alternatives.</translation>
    </message>
    <message>
        <source>%1 leads with %2 points, %3% ahead of %4.</source>
        <translation>%1 est en tête avec %2 points, %3 % devant %4.</translation>
    </message>
    <message>
        <source>Fragile winner:</source>
        <translation>Gagnant fragile :</translation>
    </message>
    <message>
        <source>If the importance of %1 moved from %2 to %3, %4 would win.</source>
        <translation>Si l&apos;importance du critère %1 passait de %2 à %3, %4 l&apos;emporterait.</translation>
    </message>
    <message>
        <source>No single importance between 0 and 10 changes this winner.</source>
        <translation>Aucune valeur d&apos;importance entre 0 et 10 ne change à elle seule ce gagnant.</translation>
    </message>
    <message>
        <source>Pins and rules</source>
        <translation>Choix fixés et règles</translation>
    </message>
    <message>
        <source>Nothing is pinned.</source>
        <translation>Aucun choix n&apos;est fixé.</translation>
    </message>
    <message>
        <source>Your pins break no rule.</source>
        <translation>Vos choix fixés n&apos;enfreignent aucune règle.</translation>
    </message>
    <message>
        <source>Your pins (%1) break a rule: %2</source>
        <translation>Vos choix fixés (%1) enfreignent une règle : %2</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>Best stacks with that pin released:</source>
        <translation>Meilleures stacks en libérant ce choix fixé :</translation>
    </message>
    <message>
        <source>%1 needs %2 in %3</source>
        <translation>%1 exige %2 pour le domaine %3</translation>
    </message>
    <message>
        <source>%1 rules out %2 in %3</source>
        <translation>%1 exclut %2 pour le domaine %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Rules every stack follows</source>
        <translation>Règles que toute stack respecte</translation>
    </message>
    <message>
        <source>How far each importance would have to move to change the first choice</source>
        <translation>De combien chaque importance devrait varier pour changer le premier choix</translation>
    </message>
    <message>
        <source>Where it leaves an area&apos;s leader</source>
        <translation>Où elle s&apos;écarte du premier d&apos;un domaine</translation>
    </message>
    <message>
        <source>Answers that would put another candidate first:</source>
        <translation>Réponses qui placeraient un autre candidat en tête :</translation>
    </message>
</context>
<context>
    <name>SideBySideModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Out of 100, from your answers</source>
        <translation>Sur 100, d&apos;après vos réponses</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1 (importance %2)</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Inconvénients</translation>
    </message>
    <message>
        <source>Stack #%1</source>
        <translation>Stack #%1</translation>
    </message>
    <message>
        <source>Stack score</source>
        <translation>Score de la stack</translation>
    </message>
    <message>
        <source>Mean of the area scores plus synergies</source>
        <translation>Moyenne des scores par domaine, plus les synergies</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
    <message>
        <source>%1 + %2 %3</source>
        <translation>%1 + %2 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>as of %1; may be out of date</source>
        <translation>état au %1 ; peut-être dépassé</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>état au %1</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <source>Compare candidates or stacks</source>
        <translation>Comparer des candidats ou des stacks</translation>
    </message>
    <message>
        <source>Candidates of an area</source>
        <translation>Candidats d&apos;un domaine</translation>
    </message>
    <message>
        <source>Whole stacks</source>
        <translation>Stacks complètes</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Items to compare</source>
        <translation>Éléments à comparer</translation>
    </message>
    <message>
        <source>Side by side comparison</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>Compa&amp;rer :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>Se&amp;lect 2 to 4:</source>
        <translation>C&amp;hoisir de 2 à 4 :</translation>
    </message>
    <message>
        <source>Bold on a tinted cell: the best value of a row whose values differ.</source>
        <translation>En gras sur fond teinté : la meilleure valeur d&apos;une ligne dont les valeurs diffèrent.</translation>
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
        <translation>Choisissez-en au moins deux à comparer.</translation>
    </message>
    <message>
        <source>Whether the table sets candidates of one area or whole stacks side by side</source>
        <translation>Indique si le tableau place côte à côte les candidats d&apos;un domaine ou des stacks complètes</translation>
    </message>
    <message>
        <source>Whose candidates can be chosen below</source>
        <translation>Domaine dont les candidats peuvent être choisis ci-dessous</translation>
    </message>
    <message>
        <source>Check the candidates or stacks to show side by side</source>
        <translation>Cochez les candidats ou les stacks à afficher côte à côte</translation>
    </message>
    <message>
        <source>The checked items in columns, their scores and ratings in rows</source>
        <translation>Les éléments cochés en colonnes, leurs scores et leurs notes en lignes</translation>
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
        <translation>%1 + %2 (%3) : %4</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
</context>
<context>
    <name>StackwiseWizard</name>
    <message>
        <source>S&amp;teps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Go to the previous page; your answers stay</source>
        <translation>Revenir à la page précédente ; vos réponses sont conservées</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>Aller à la page suivante</translation>
    </message>
    <message>
        <source>Every page of the wizard; activate one to go there</source>
        <translation>Toutes les pages de l&apos;assistant ; activez-en une pour y accéder</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Starter Folder</source>
        <translation>Dossier de démarrage</translation>
    </message>
    <message>
        <source>A folder to start the project from: the official commands that create each part, compose.yaml for the database, .env.example, the decision record and the answers. Stackwise downloads and runs nothing.</source>
        <translation>Un dossier pour démarrer le projet : les commandes officielles qui créent chaque partie, compose.yaml pour la base de données, .env.example, la fiche de décision et les réponses. Stackwise ne télécharge et n&apos;exécute rien.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandée)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Stack:</source>
        <translation>&amp;Stack :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>Écrit :</translation>
    </message>
    <message>
        <source>README.md of the starter</source>
        <translation>README.md du dossier de démarrage</translation>
    </message>
    <message>
        <source>&amp;Write Starter</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>“%1” already holds files. Write the starter&apos;s files into it? Files of the same name are replaced; every other file stays.</source>
        <translation>« %1 » contient déjà des fichiers. Y écrire les fichiers du dossier de démarrage ? Les fichiers de même nom sont remplacés ; tous les autres restent.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Stackwise</source>
        <translation>Bienvenue dans Stackwise</translation>
    </message>
    <message>
        <source>Answer a few questions about your team and your product, one page per part of the stack. Stackwise ranks the candidates of every area and the best whole stacks, and explains each score. Only the project name is required; skip any question you are not sure about.</source>
        <translation>Répondez à quelques questions sur votre équipe et votre produit, une page par partie de la stack. Stackwise classe les candidats de chaque domaine et les meilleures stacks complètes, et explique chaque score. Seul le nom du projet est obligatoire ; ignorez toute question dont vous n&apos;êtes pas sûr.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>e.g. Field-service portal</source>
        <translation>ex. : Portail d&apos;interventions sur site</translation>
    </message>
    <message>
        <source>Enter a project name to continue.</source>
        <translation>Saisissez un nom de projet pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>No&amp;m du projet :</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Commentaires :</translation>
    </message>
    <message>
        <source>Continue a decision</source>
        <translation>Reprendre une décision</translation>
    </message>
    <message>
        <source>&amp;Open answers file…</source>
        <translation>&amp;Ouvrir un fichier de réponses…</translation>
    </message>
    <message>
        <source>Open &amp;group…</source>
        <translation>Ouvrir un &amp;groupe…</translation>
    </message>
    <message>
        <source>Open several members&apos; answers files as one group decision.</source>
        <translation>Ouvrir les fichiers de réponses de plusieurs membres comme une seule décision de groupe.</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>Fichiers &amp;récents :</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
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
            <numerusform>Décision de groupe de %n membre : %1</numerusform>
            <numerusform>Décision de groupe de %n membres : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Required; shown in every report</source>
        <translation>Obligatoire ; figure dans chaque rapport</translation>
    </message>
    <message>
        <source>Optional; who answers the questions</source>
        <translation>Facultatif ; la personne qui répond aux questions</translation>
    </message>
    <message>
        <source>Optional; anything the team wants on record</source>
        <translation>Facultatif ; tout ce que l&apos;équipe souhaite consigner</translation>
    </message>
    <message>
        <source>Continue a decision saved in an answers file</source>
        <translation>Reprendre une décision enregistrée dans un fichier de réponses</translation>
    </message>
    <message>
        <source>Activate a file to open it</source>
        <translation>Activez un fichier pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Move a slider to see what happens if a criterion mattered more or less. Every result updates at once; your answers stay as they are.</source>
        <translation>Déplacez un curseur pour voir ce qui se passe si un critère comptait plus ou moins. Tous les résultats se mettent à jour immédiatement ; vos réponses restent inchangées.</translation>
    </message>
    <message>
        <source>Reset to &amp;my answers</source>
        <translation>&amp;Revenir à mes réponses</translation>
    </message>
    <message>
        <source>Importance of %1</source>
        <translation>Importance du critère %1</translation>
    </message>
    <message>
        <source>Return every importance to what your answers give</source>
        <translation>Rétablir chaque importance à la valeur issue de vos réponses</translation>
    </message>
    <message>
        <source>From 0 (does not matter) to 10 (matters most). %1</source>
        <translation>De 0 (sans importance) à 10 (primordial). %1</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>octet UTF-8 invalide 0x%1</translation>
    </message>
    <message>
        <source>invalid UTF-8: truncated sequence at end of file</source>
        <translation>UTF-8 invalide : séquence tronquée en fin de fichier</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence (overlong, surrogate or out of range)</source>
        <translation>séquence UTF-8 invalide (forme non minimale, code de substitution ou hors plage)</translation>
    </message>
    <message>
        <source>character U+%1 is not allowed in YAML</source>
        <translation>le caractère U+%1 n&apos;est pas autorisé en YAML</translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (the limit is %2)</source>
        <translation>fichier trop volumineux : %1 octets (la limite est de %2)</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>l&apos;imbrication dépasse %1 niveaux</translation>
    </message>
    <message>
        <source>aliases expand to too many nodes (more than %1)</source>
        <translation>les alias se développent en trop de nœuds (plus de %1)</translation>
    </message>
    <message>
        <source>tags are not allowed in Stackwise files (found &apos;%1&apos;)</source>
        <translation>les tags ne sont pas autorisés dans les fichiers Stackwise (trouvé : &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>aliases nest deeper than %1 levels</source>
        <translation>les alias s&apos;imbriquent sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2, column %3)</source>
        <translation>clé en double &apos;%1&apos; (première occurrence ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>quoted text is never closed (the file may be cut off)</source>
        <translation>texte entre guillemets jamais fermé (le fichier est peut-être tronqué)</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a map</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 must be a map, got %2</source>
        <translation>%1 : un mappage est attendu (trouvé : %2)</translation>
    </message>
    <message>
        <source>keys of %1 must be plain text</source>
        <translation>%1 : les clés doivent être du texte simple</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation>%2 : clé inconnue &apos;%1&apos; (attendu parmi : %3)</translation>
    </message>
    <message>
        <source>%1 is missing the required key &apos;%2&apos;</source>
        <translation>%1 : la clé obligatoire &apos;%2&apos; est absente</translation>
    </message>
    <message>
        <source>%1 must be a list, got %2</source>
        <translation>%1 : une liste est attendue (trouvé : %2)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 : ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 must be text, got %2</source>
        <translation>%1 : un texte est attendu (trouvé : %2)</translation>
    </message>
    <message>
        <source>%1 is too long: an id has at most %2 characters</source>
        <translation>%1 : trop long, un identifiant compte au plus %2 caractères</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid id: use only a-z, 0-9 and _</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas un identifiant valide ; utilisez uniquement a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 : un nombre est attendu (trouvé : %2)</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 : un nombre entier est attendu (trouvé : %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like en, de, fr, pt_BR) in %2</source>
        <translation>%2 : &apos;%1&apos; n&apos;est pas un code de langue (comme en, de, fr, pt_BR)</translation>
    </message>
    <message>
        <source>%1 must have an English text (&apos;en&apos;)</source>
        <translation>%1 : un texte en anglais (&apos;en&apos;) est obligatoire</translation>
    </message>
</context>
<context>
    <name>YamlSource</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML invalide : %1</translation>
    </message>
    <message>
        <source>only one YAML document is allowed per file</source>
        <translation>un seul document YAML est autorisé par fichier</translation>
    </message>
    <message>
        <source>not valid YAML: unexpected &apos;%1&apos;</source>
        <translation>YAML invalide : &apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (the limit is %2)</source>
        <translation>fichier trop volumineux : %1 octets (la limite est de %2)</translation>
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
        <translation>La base de connaissances contient des erreurs ; Stackwise ne peut pas démarrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problème trouvé :</numerusform>
            <numerusform>%n problèmes trouvés :</numerusform>
        </translation>
    </message>
</context>
</TS>
