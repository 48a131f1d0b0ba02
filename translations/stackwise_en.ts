<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <source>Criteria profile of the first %n columns (ratings 0–10)</source>
        <translation>
            <numerusform>Criteria profile of the first column (ratings 0–10)</numerusform>
            <numerusform>Criteria profile of the first %n columns (ratings 0–10)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Could not open the group: %n file(s) have errors</source>
        <translation>
            <numerusform>Could not open the group: %n file has errors</numerusform>
            <numerusform>Could not open the group: %n files have errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group decision of %n member(s). The question pages show who answered what; Results lists the disagreements.</source>
        <translation>
            <numerusform>Group decision of %n member. The question pages show who answered what; Results lists the disagreements.</numerusform>
            <numerusform>Group decision of %n members. The question pages show who answered what; Results lists the disagreements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stackwise %1

A decision wizard for choosing a web stack with your team: it ranks the candidates of every area and the best whole stacks, and explains every score.

Knowledge base %2 (%3): %n rule(s).</source>
        <translation>
            <numerusform>Stackwise %1

A decision wizard for choosing a web stack with your team: it ranks the candidates of every area and the best whole stacks, and explains every score.

Knowledge base %2 (%3): %n rule.</numerusform>
            <numerusform>Stackwise %1

A decision wizard for choosing a web stack with your team: it ranks the candidates of every area and the best whole stacks, and explains every score.

Knowledge base %2 (%3): %n rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n question(s) left unanswered; they do not affect any score.</source>
        <translation>
            <numerusform>%n question left unanswered; it does not affect any score.</numerusform>
            <numerusform>%n questions left unanswered; they do not affect any score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not judged, completed by Harker&apos;s method.</source>
        <translation>
            <numerusform>%n pair not judged, completed by Harker&apos;s method.</numerusform>
            <numerusform>%n pairs not judged, completed by Harker&apos;s method.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>%n pin conflict(s) with the knowledge base&apos;s rules.</source>
        <translation>
            <numerusform>%n pin conflict with the knowledge base&apos;s rules.</numerusform>
            <numerusform>%n pin conflicts with the knowledge base&apos;s rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>Group decision of %n member(s): %1</source>
        <translation>
            <numerusform>Group decision of %n member: %1</numerusform>
            <numerusform>Group decision of %n members: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairwisePage</name>
    <message numerus="yes">
        <source>Consistency ratio %1 (CI %2 ÷ RI %3, Saaty&apos;s random index for %n criteria): %4.</source>
        <translation>
            <numerusform>Consistency ratio %1 (CI %2 ÷ RI %3, Saaty&apos;s random index for %n criterion): %4.</numerusform>
            <numerusform>Consistency ratio %1 (CI %2 ÷ RI %3, Saaty&apos;s random index for %n criteria): %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) not compared were completed from the others (Harker&apos;s method).</source>
        <translation>
            <numerusform>%n pair not compared was completed from the others (Harker&apos;s method).</numerusform>
            <numerusform>%n pairs not compared were completed from the others (Harker&apos;s method).</numerusform>
        </translation>
    </message>
</context>
</TS>
