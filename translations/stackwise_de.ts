<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnswersFile</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong kind: expected one option id for single question &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for question &apos;%2&apos; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong kind: expected a list of option ids for multi question &apos;%1&apos; (from: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an option id in the list for question &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is listed twice for question &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; in pins (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin of area &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; pinned for area &apos;%2&apos; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; is in area &apos;%2&apos;, not &apos;%3&apos; (expected one of: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; in weights (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight must be 0..10, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosaveManager</name>
    <message>
        <source>Could not write the autosave file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 points, the score of %2 (criterion points are importance × rating, scaled so that all criteria together give 0–100).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>No candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose candidates to compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Scores per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 leads with %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Answers file to evaluate; repeat for a group decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to OUT without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: html, pdf, md, json or csv (default: from OUT&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FMT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or override knowledge-base files from DIR (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface and reports (en, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the knowledge base in DIR and report every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackwise helps a team choose its web stack: frontend, backend, database and API style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers file to open in the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE.yaml]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs at least one --answers FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers needs --export OUT (to open a file in the wizard, pass it without --answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: knowledge base is valid: %2 areas, %3 candidates, %4 questions, %5 criteria, %6 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell the report format from the file name; use --format with one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the answers file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Importance %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Area to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort candidates by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter criteria by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Criteria profile of the first %n columns (ratings 0–10)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbFileReader</name>
    <message>
        <source>a knowledge-base file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kb date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong_for item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pros item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cons item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question kind &apos;%1&apos; (expected single or multi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an effect names either a &apos;criterion&apos; (with &apos;importance&apos;) or a &apos;candidate&apos; (with &apos;points&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not go with &apos;%2&apos; (use &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect is missing the required key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synergy candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;between&apos; must list exactly 2 candidates, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synergy points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synergy reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &apos;when&apos; candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constraint has exactly one of &apos;requires&apos; or &apos;forbids&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;requires&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;forbids&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constraint must list at least one candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbLoader</name>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first defined at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge-base directory does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knowledge base defines no areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbValidator</name>
    <message>
        <source>duplicate %1 id &apos;%2&apos; (first defined at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area &apos;%1&apos; has no candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area &apos;%1&apos; has no criteria (no criterion lists it in &apos;areas&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; applies to no area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline must be 0..10, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos; for candidate &apos;%2&apos; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; does not apply to area &apos;%2&apos; (it applies to: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating must be 0..10, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; has no rating for criterion &apos;%2&apos; (every criterion of area &apos;%3&apos; needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question page &apos;%1&apos; is neither &apos;team&apos; nor an area (known areas: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of question &apos;%2&apos; has no effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance must be -%1..%1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown candidate &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points must be -%1..%1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate synergy between &apos;%1&apos; and &apos;%2&apos; (first defined at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a synergy joins two different candidates, got &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synergy between &apos;%1&apos; and &apos;%2&apos; of the same area &apos;%3&apos; (a synergy joins candidates of different areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint area &apos;%1&apos; is the area of its &apos;when&apos; candidate &apos;%2&apos; (name another area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate &apos;%1&apos; is in area &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderPanel</name>
    <message>
        <source>Current leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal stack: a pin breaks a hard rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackwise did not close properly last time. Unsaved answers were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the answers of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open several members&apos; answers files as one decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset What-If Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return every importance to what your answers give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Answers of This Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stackwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved answers could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved answers were restored. Save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not open the group: %n file(s) have errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group decision of %n member(s). The question pages show who answered what; Results lists the disagreements.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Answers File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Group: Choose the Members&apos; Answers Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Answers File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stackwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stackwise %1

A decision wizard for choosing a web stack with your team: it ranks the candidates of every area and the best whole stacks, and explains every score.

Knowledge base %2 (%3): %n rule(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Stackwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownReportWriter</name>
    <message>
        <source>Context and Problem Statement</source>
        <extracomment>MADR section title; keep it close to the MADR template wording</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; needs a web stack: one choice for each of %2. This record compares the candidates of the knowledge base against the team&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Drivers</source>
        <extracomment>MADR section title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (importance %2 of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (importance %2 of 10, set by &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered Options</source>
        <extracomment>MADR section title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also evaluated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Outcome</source>
        <extracomment>MADR section title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it is the best-scoring whole stack (%2 of 100) that respects every hard rule of the knowledge base.</source>
        <extracomment>MADR sentence: Chosen option: &quot;&lt;option&gt;&quot;, because &lt;justification&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <extracomment>MADR section title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good, because %1: %2</source>
        <extracomment>MADR bullet: &quot;Good, because &lt;consequence&gt;&quot;; %1 names the candidate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good, because %1 and %2 work well together: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad, because %1: %2</source>
        <extracomment>MADR bullet: &quot;Bad, because &lt;consequence&gt;&quot;; %1 names the candidate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad, because %1 and %2 clash: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <extracomment>MADR section title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the choice with a small prototype before committing, and review this record with the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the choice with a small prototype that exercises the most important criteria (%1) before committing, and review this record with the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the same answers again when the knowledge base changes; a different first choice is a reason to revisit this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros and Cons of the Options</source>
        <extracomment>MADR section title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good, because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad, because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More Information</source>
        <extracomment>MADR section title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the team that will build and run the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group decision: the answers come from the members&apos; files. Each question lists who answered what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no questions on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;already use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already decided for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the question unanswered: it has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to %1: the questions on this page are skipped. Choose &quot;Not decided yet&quot; to answer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>%1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page, self-contained (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision record, Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankings for spreadsheets, CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data for scripts, JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack-decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the report to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>what-if weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept within 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web stack decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices already made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top candidates compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score breakdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single importance change would change the first choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks, synergies and constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synergies in the recommended stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommended stack has no synergies or penalties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard rules that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best stacks with a pin released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best whole stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the members disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members answered every question alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left unanswered; they do not affect any score.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stack score: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Stackwise %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unversioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web stack decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 mattered %2 instead of %3 (out of 10), %4 would come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was pinned for %2 and scores %3 of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the pin, %1 would rank first with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen for %2 with %3 of 100, although %4 scores %5: with the rest of the stack it makes the better whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads %2 with %3 of 100, %4 points ahead of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only candidate for %2 (%3 of 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its largest contributions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 choice is fragile: %2 leads %3 by %4 points (%5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 work well together (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cost the stack %3 points together: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stack satisfies every hard rule of the knowledge base with the current pins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned choices %1 break a hard rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Unknown page size &quot;%1&quot;; expected A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report format is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best whole stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a candidate to see its score breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions the members answered differently. The results use the group&apos;s combined answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stack satisfies every rule with the current pins; see Sensitivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended stack: %1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close call in %1: the winner could change with a small change in what matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pin conflict(s) with the knowledge base&apos;s rules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>See the Sensitivity tab for the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept within 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>Scores are kept within 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area has no criteria: every candidate starts at 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct effects of the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>%1 stays first unless %2 importance rises above %3 (then %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays first unless %2 importance falls below %3 (then %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering &apos;%1&apos; with &apos;%2&apos; would make %3 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing &apos;%1&apos; from &apos;%2&apos; would make %3 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding &apos;%1&apos; to &apos;%2&apos; would make %3 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving &apos;%1&apos; unanswered would make %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads %2 by only %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close call in %1: a small change in what matters could change the winner. Read the reasons below before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stack satisfies every rule with the current pins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with a stack score of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 (%3 points): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synergies in this stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of its pairs has a synergy or a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How firm is each winner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to %1; the ranking shows how the alternatives compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads with %2 points, %3% ahead of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile winner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the importance of %1 moved from %2 to %3, %4 would win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single importance between 0 and 10 changes this winner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pins break no rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pins (%1) break a rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best stacks with that pin released:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules out %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules every stack follows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySideModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of 100, from your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the area scores plus synergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <source>Compare candidates or stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates of an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick 2 to 4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold on a tinted cell: the best value of a row whose values differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least two to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackTableModel</name>
    <message>
        <source>%1 + %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackwiseWizard</name>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Stackwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a few questions about your team and your product, one page per part of the stack. Stackwise ranks the candidates of every area and the best whole stacks, and explains each score. Only the project name is required; skip any question you are not sure about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Field-service portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a project name to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open answers file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open several members&apos; answers files as one group decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group decision of %n member(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Move a slider to see what happens if a criterion mattered more or less. Every result updates at once; your answers stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8: truncated sequence at end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence (overlong, surrogate or out of range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character U+%1 is not allowed in YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases expand to too many nodes (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags are not allowed in Stackwise files (found &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases nest deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted text is never closed (the file may be cut off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys of %1 must be plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the required key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: an id has at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid id: use only a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like en, de, fr, pt_BR) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have an English text (&apos;en&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlSource</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one YAML document is allowed per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stackwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base has errors, so Stackwise cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
