<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueScreen</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Unsent: %n purchase(s)</source>
        <translation>
            <numerusform>Unsent: %n purchase</numerusform>
            <numerusform>Unsent: %n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n min</source>
        <translation>
            <numerusform>oldest %n min</numerusform>
            <numerusform>oldest %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) manual transfer</source>
        <translation>
            <numerusform>%n needs manual transfer</numerusform>
            <numerusform>%n need manual transfer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>At most %n decimal place.</numerusform>
            <numerusform>At most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>That scan was too long to be a code (%n characters); nothing was entered. Scan again.</source>
        <translation>
            <numerusform>That scan was too long to be a code (%n character); nothing was entered. Scan again.</numerusform>
            <numerusform>That scan was too long to be a code (%n characters); nothing was entered. Scan again.</numerusform>
        </translation>
    </message>
</context>
</TS>
