<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to our loyalty club</source>
        <translation>Willkommen in unserem Treueclub</translation>
    </message>
    <message>
        <source>See your points and vouchers, and spend points on rewards. Scan your loyalty card or the QR code in our app, or touch the screen to start.</source>
        <translation>Sehen Sie Ihre Punkte und Gutscheine und lösen Sie Punkte gegen Prämien ein. Scannen Sie Ihre Kundenkarte oder den QR-Code in unserer App, oder tippen Sie auf den Bildschirm.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Zum Starten tippen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Staff functions</source>
        <translation>Personalfunktionen</translation>
    </message>
</context>
<context>
    <name>BarcodeLabel</name>
    <message>
        <source>Barcode of voucher %1</source>
        <translation>Strichcode des Gutscheins %1</translation>
    </message>
</context>
<context>
    <name>BillScreen</name>
    <message>
        <source>Bill</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>PLU code</source>
        <translation>PLU-Code</translation>
    </message>
    <message>
        <source>Scan or type a PLU code</source>
        <translation>PLU-Code scannen oder eingeben</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Products (tap to add)</source>
        <translation>Produkte (zum Hinzufügen tippen)</translation>
    </message>
    <message>
        <source>Search products by name</source>
        <translation>Produkte nach Namen suchen</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>MwSt. %1 %</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Rechnung abschließen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>No product name starts with %1.</source>
        <translation>Kein Produktname beginnt mit %1.</translation>
    </message>
    <message>
        <source>That many cannot be on one bill.</source>
        <translation>So viele passen nicht auf eine Rechnung.</translation>
    </message>
    <message>
        <source>Type the item&apos;s name.</source>
        <translation>Geben Sie den Namen des Artikels ein.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source>type the price.</source>
        <translation>Geben Sie den Preis ein.</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Menge: %1</translation>
    </message>
    <message>
        <source>type the quantity.</source>
        <translation>Geben Sie die Menge ein.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Add the PLU code</source>
        <translation>PLU-Code hinzufügen</translation>
    </message>
    <message>
        <source>Item by hand…</source>
        <translation>Artikel von Hand…</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>MwSt.-Satz</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Gewählten Artikel entfernen</translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation>Ein Stück mehr vom gewählten Artikel</translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation>Ein Stück weniger vom gewählten Artikel</translation>
    </message>
    <message>
        <source>Items on the bill</source>
        <translation>Artikel auf der Rechnung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>No product with PLU %1 in this store&apos;s currency. Add it by hand.</source>
        <translation>Kein Produkt mit PLU %1 in der Währung dieser Filiale. Fügen Sie es von Hand hinzu.</translation>
    </message>
</context>
<context>
    <name>CardScanScreen</name>
    <message>
        <source>This card is not known. Check the number or find the customer.</source>
        <translation>Diese Karte ist unbekannt. Prüfen Sie die Nummer oder suchen Sie den Kunden.</translation>
    </message>
    <message>
        <source>This card is blocked. Ask for another card or find the customer.</source>
        <translation>Diese Karte ist gesperrt. Bitten Sie um eine andere Karte oder suchen Sie den Kunden.</translation>
    </message>
    <message>
        <source>This card has expired. Ask for another card or find the customer.</source>
        <translation>Diese Karte ist abgelaufen. Bitten Sie um eine andere Karte oder suchen Sie den Kunden.</translation>
    </message>
    <message>
        <source>This card is not valid yet. Ask for another card or find the customer.</source>
        <translation>Diese Karte ist noch nicht gültig. Bitten Sie um eine andere Karte oder suchen Sie den Kunden.</translation>
    </message>
    <message>
        <source>This card has no customer yet. Find the customer to assign it.</source>
        <translation>Diese Karte hat noch keinen Kunden. Suchen Sie den Kunden, um sie zuzuordnen.</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s card or type its number.</source>
        <translation>Scannen Sie die Karte des Kunden oder geben Sie ihre Nummer ein.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Check card</source>
        <translation>Karte prüfen</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Continue without card</source>
        <translation>Ohne Karte fortfahren</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>Assign this card to a customer</source>
        <translation>Karte einem Kunden zuordnen</translation>
    </message>
    <message>
        <source>Sell with this card unchecked</source>
        <translation>Mit dieser Karte ungeprüft verkaufen</translation>
    </message>
    <message>
        <source>Type the card number: digits only, at least 6.</source>
        <translation>Geben Sie die Kartennummer ein: nur Ziffern, mindestens 6.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Rewards for points</source>
        <translation>Prämien für Punkte</translation>
    </message>
    <message>
        <source>No, back to the rewards</source>
        <translation>Nein, zurück zu den Prämien</translation>
    </message>
    <message>
        <source>To protect your points we sent a code to the phone in your account. Type it here.</source>
        <translation>Zum Schutz Ihrer Punkte haben wir einen Code an das Telefon Ihres Kontos gesendet. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Use it on this bill</source>
        <translation>Auf diese Rechnung anwenden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>No rewards to buy with points right now.</source>
        <translation>Zurzeit keine Prämien für Punkte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Get it</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>%1 more points needed</source>
        <translation>noch %1 Punkte nötig</translation>
    </message>
    <message>
        <source>Get %1 for %2 points</source>
        <translation>%1 für %2 Punkte einlösen</translation>
    </message>
    <message>
        <source>Spend %1 points on %2?</source>
        <translation>%1 Punkte für %2 einlösen?</translation>
    </message>
    <message>
        <source>Yes, spend %1 points</source>
        <translation>Ja, %1 Punkte einlösen</translation>
    </message>
    <message>
        <source>Your account has no phone to confirm with: please ask at the counter.</source>
        <translation>Ihr Konto hat kein Telefon zur Bestätigung: bitte an der Kasse fragen.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again.</source>
        <translation>Der Code stimmt nicht oder ist abgelaufen. Bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>Your new voucher is ready. Show the barcode at the till.</source>
        <translation>Ihr neuer Gutschein ist bereit. Zeigen Sie den Strichcode an der Kasse.</translation>
    </message>
</context>
<context>
    <name>ClosureScreen</name>
    <message>
        <source>Close bill</source>
        <translation>Rechnung abschließen</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Einzulösende Punkte</translation>
    </message>
    <message>
        <source>Credit to use</source>
        <translation>Zu nutzendes Guthaben</translation>
    </message>
    <message>
        <source>Standard with whole-bill discounts (A)</source>
        <translation>Standard mit Rabatten auf die ganze Rechnung (A)</translation>
    </message>
    <message>
        <source>Standard, item discounts only (S)</source>
        <translation>Standard, nur Artikelrabatte (S)</translation>
    </message>
    <message>
        <source>Pay with credit (C)</source>
        <translation>Mit Guthaben bezahlen (C)</translation>
    </message>
    <message>
        <source>Discounts, no points collected (D)</source>
        <translation>Rabatte, keine Punkte sammeln (D)</translation>
    </message>
    <message>
        <source>Review with the customer</source>
        <translation>Mit dem Kunden prüfen</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Points used: %1</source>
        <translation>Eingesetzte Punkte: %1</translation>
    </message>
    <message>
        <source>(%1 for rewards, %2 to pay %3)</source>
        <translation>(%1 für Prämien, %2 zum Bezahlen von %3)</translation>
    </message>
    <message>
        <source>(pay %1)</source>
        <translation>(bezahlen %1)</translation>
    </message>
    <message>
        <source>(for rewards)</source>
        <translation>(für Prämien)</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Gesammelte Punkte: %1</translation>
    </message>
    <message>
        <source>balance after: %1</source>
        <translation>Stand danach: %1</translation>
    </message>
    <message>
        <source>WITHOUT LOYALTY BENEFITS: CareCloud is out of reach. No vouchers, rewards, points or credit; points are earned when the sale is delivered.</source>
        <translation>OHNE TREUEVORTEILE: CareCloud ist nicht erreichbar. Keine Gutscheine, Prämien, Punkte oder Guthaben; die Punkte werden gutgeschrieben, sobald der Kauf ankommt.</translation>
    </message>
    <message>
        <source>Messages for the cashier</source>
        <translation>Hinweise für die Kasse</translation>
    </message>
    <message>
        <source>CareCloud cannot be reached, so there is no price with loyalty benefits. Retry, or sell without loyalty benefits: no vouchers, rewards, points or credit are used, and the customer&apos;s points are added when the sale reaches CareCloud.</source>
        <translation>CareCloud ist nicht erreichbar, daher gibt es keinen Preis mit Treuevorteilen. Erneut versuchen oder ohne Treuevorteile verkaufen: Es werden keine Gutscheine, Prämien, Punkte oder Guthaben verwendet, und die Punkte des Kunden werden gutgeschrieben, sobald der Kauf bei CareCloud ankommt.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sell without loyalty benefits</source>
        <translation>Ohne Treuevorteile verkaufen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Zahlung bestätigen</translation>
    </message>
    <message>
        <source>of %1 available</source>
        <translation>von %1 verfügbar</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>The bill is empty. Add items first.</source>
        <translation>Die Rechnung ist leer. Fügen Sie zuerst Artikel hinzu.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Rabatte: −%1</translation>
    </message>
    <message>
        <source>Credit used: %1</source>
        <translation>Genutztes Guthaben: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Zu zahlen: %1</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Required to join</source>
        <translation>Für die Mitgliedschaft nötig</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Valid vouchers</source>
        <translation>Gültige Gutscheine</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Validate phone</source>
        <translation>Telefon bestätigen</translation>
    </message>
    <message>
        <source>Vouchers and cards</source>
        <translation>Gutscheine und Karten</translation>
    </message>
    <message>
        <source>Rewards for points</source>
        <translation>Prämien für Punkte</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Punkteverlauf</translation>
    </message>
    <message>
        <source>Card barcode</source>
        <translation>Barcode der Karte</translation>
    </message>
    <message>
        <source>Card %1 (not checked)</source>
        <translation>Karte %1 (ungeprüft)</translation>
    </message>
    <message>
        <source>The customer&apos;s language:</source>
        <translation>Sprache des Kunden:</translation>
    </message>
    <message>
        <source>Switch to the customer&apos;s language: %1</source>
        <translation>Zur Sprache des Kunden wechseln: %1</translation>
    </message>
    <message>
        <source>CareCloud was out of reach: points are added when the sale is delivered.</source>
        <translation>CareCloud war nicht erreichbar: Die Punkte werden gutgeschrieben, sobald der Kauf ankommt.</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punkte: %1</translation>
    </message>
    <message>
        <source>Phone validated ✓</source>
        <translation>Telefon bestätigt ✓</translation>
    </message>
    <message>
        <source>Phone not validated</source>
        <translation>Telefon nicht bestätigt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n weitere anzeigen</numerusform>
            <numerusform>%n weitere anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Gutschein %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Barcode: %1</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Thank you! The purchase is recorded.</source>
        <translation>Vielen Dank! Der Einkauf ist erfasst.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Beleg als PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>QR code to claim the points of this purchase later</source>
        <translation>QR-Code, um die Punkte dieses Einkaufs später gutzuschreiben</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Bezahlt: %1</translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation>Einkauf: %1</translation>
    </message>
    <message>
        <source>Saved on this till; it will be sent to CareCloud automatically.</source>
        <translation>Auf dieser Kasse gespeichert; wird automatisch an CareCloud gesendet.</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Ohne Treuevorteile verkauft (CareCloud war nicht erreichbar).</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Rabatte: −%1</translation>
    </message>
    <message>
        <source>Points spent: %1 (worth %2)</source>
        <translation>Eingelöste Punkte: %1 (im Wert von %2)</translation>
    </message>
    <message>
        <source>Credit used: %1</source>
        <translation>Eingesetztes Guthaben: %1</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Gesammelte Punkte: %1</translation>
    </message>
    <message>
        <source>New balance: %1 points</source>
        <translation>Neuer Stand: %1 Punkte</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Beleg gedruckt.</translation>
    </message>
</context>
<context>
    <name>EnrolScreen</name>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Dem Treueprogramm beitreten</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Type your name and your phone number or e-mail. We send a code to it to check it is yours.</source>
        <translation>Geben Sie Ihren Namen und Ihre Telefonnummer oder E-Mail-Adresse ein. Wir senden einen Code dorthin, um zu prüfen, dass sie Ihnen gehört.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name and phone number or e-mail. A code goes to it to check it is theirs.</source>
        <translation>Geben Sie Namen und Telefonnummer oder E-Mail-Adresse des Kunden ein. Ein Code dorthin prüft, dass sie ihm gehört.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone with country code, or e-mail</source>
        <translation>Telefon mit Ländervorwahl oder E-Mail</translation>
    </message>
    <message>
        <source>e.g. 420601111222 or name@example.com</source>
        <translation>z. B. 420601111222 oder name@example.com</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Code aus der Nachricht</translation>
    </message>
    <message>
        <source>Tick what you agree to. Only the consents marked as required are needed to join; nothing is ticked for you.</source>
        <translation>Kreuzen Sie an, womit Sie einverstanden sind. Für die Mitgliedschaft sind nur die als nötig markierten Einwilligungen erforderlich; nichts ist vorab angekreuzt.</translation>
    </message>
    <message>
        <source>Scan your loyalty card now, or get a virtual card: its number is then on your account.</source>
        <translation>Scannen Sie jetzt Ihre Kundenkarte oder nehmen Sie eine virtuelle Karte: Ihre Nummer steht dann in Ihrem Konto.</translation>
    </message>
    <message>
        <source>Scan a new loyalty card or type its number, or give the customer a virtual card.</source>
        <translation>Scannen Sie eine neue Kundenkarte oder geben Sie ihre Nummer ein, oder geben Sie dem Kunden eine virtuelle Karte.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Use this card</source>
        <translation>Diese Karte verwenden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Code bestätigen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Get a virtual card</source>
        <translation>Virtuelle Karte nehmen</translation>
    </message>
    <message>
        <source>We sent a code by e-mail to %1. Type it here.</source>
        <translation>Wir haben einen Code per E-Mail an %1 gesendet. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>We sent a code by text message to %1. Type it here.</source>
        <translation>Wir haben einen Code per SMS an %1 gesendet. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Welcome, %1! You are a member now.</source>
        <translation>Willkommen, %1! Sie sind jetzt Mitglied.</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Erneut senden in %1 s</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Geben Sie den Code aus der Nachricht ein.</translation>
    </message>
    <message>
        <source>Type or scan the card&apos;s number.</source>
        <translation>Geben Sie die Kartennummer ein oder scannen Sie sie.</translation>
    </message>
    <message>
        <source>Card %1 is on the account.</source>
        <translation>Die Karte %1 ist im Konto.</translation>
    </message>
    <message>
        <source>Type the first and the last name.</source>
        <translation>Geben Sie Vor- und Nachnamen ein.</translation>
    </message>
    <message>
        <source>A name cannot contain &lt; or &gt;. Type it again.</source>
        <translation>Ein Name darf weder &lt; noch &gt; enthalten. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Type a phone number with its country code (e.g. 420601111222) or an e-mail address.</source>
        <translation>Geben Sie eine Telefonnummer mit Ländervorwahl (z. B. 420601111222) oder eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account. Scan your card, or go back and sign in with your phone.</source>
        <translation>Zu dieser Telefonnummer oder E-Mail-Adresse gibt es schon ein Konto. Scannen Sie Ihre Karte oder gehen Sie zurück und melden Sie sich mit Ihrem Telefon an.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account: scan the customer&apos;s card or look them up.</source>
        <translation>Zu dieser Telefonnummer oder E-Mail-Adresse gibt es schon ein Konto: Scannen Sie die Karte des Kunden oder suchen Sie ihn.</translation>
    </message>
    <message>
        <source>That code is not right. Check it and type it again, or send a new code.</source>
        <translation>Der Code stimmt nicht. Prüfen Sie ihn und geben Sie ihn erneut ein, oder senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>This code has expired or was used already. Send a new code.</source>
        <translation>Dieser Code ist abgelaufen oder wurde schon verwendet. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>Confirm the phone number or e-mail with the code first.</source>
        <translation>Bestätigen Sie zuerst die Telefonnummer oder E-Mail-Adresse mit dem Code.</translation>
    </message>
    <message>
        <source>Tick the consents marked as required to join.</source>
        <translation>Kreuzen Sie für die Mitgliedschaft die als nötig markierten Einwilligungen an.</translation>
    </message>
    <message>
        <source>We do not know this card. Scan another card or get a virtual card.</source>
        <translation>Diese Karte kennen wir nicht. Scannen Sie eine andere Karte oder nehmen Sie eine virtuelle.</translation>
    </message>
    <message>
        <source>This card cannot be used: it belongs to someone, is blocked or has expired. Scan another card or get a virtual card.</source>
        <translation>Diese Karte ist nicht nutzbar: Sie gehört jemandem, ist gesperrt oder abgelaufen. Scannen Sie eine andere Karte oder nehmen Sie eine virtuelle.</translation>
    </message>
    <message>
        <source>The account already has a card of this kind.</source>
        <translation>Das Konto hat schon eine Karte dieser Art.</translation>
    </message>
    <message>
        <source>No virtual card is available now. Scan a physical card instead.</source>
        <translation>Gerade ist keine virtuelle Karte verfügbar. Scannen Sie stattdessen eine Plastikkarte.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This card is blocked. Ask the customer for another card or look them up.</source>
        <translation>Diese Karte ist gesperrt. Bitten Sie den Kunden um eine andere Karte oder suchen Sie ihn.</translation>
    </message>
    <message>
        <source>This voucher has expired. Remove it from the bill.</source>
        <translation>Dieser Gutschein ist abgelaufen. Entfernen Sie ihn von der Rechnung.</translation>
    </message>
    <message>
        <source>This voucher has already been used. Remove it from the bill.</source>
        <translation>Dieser Gutschein wurde bereits eingelöst. Entfernen Sie ihn von der Rechnung.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill. Apply it only once.</source>
        <translation>Dieser Gutschein ist schon auf der Rechnung. Lösen Sie ihn nur einmal ein.</translation>
    </message>
    <message>
        <source>The customer does not have enough points for this reward. Remove it.</source>
        <translation>Der Kunde hat nicht genug Punkte für diese Prämie. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The bill is too small for this reward. Add items or remove the reward.</source>
        <translation>Die Rechnung ist für diese Prämie zu klein. Fügen Sie Artikel hinzu oder entfernen Sie die Prämie.</translation>
    </message>
    <message>
        <source>The customer does not have that many points. Lower the points to redeem.</source>
        <translation>Der Kunde hat nicht so viele Punkte. Verringern Sie die einzulösenden Punkte.</translation>
    </message>
    <message>
        <source>This customer cannot pay with points. Set the points to redeem to 0.</source>
        <translation>Dieser Kunde kann nicht mit Punkten zahlen. Setzen Sie die einzulösenden Punkte auf 0.</translation>
    </message>
    <message>
        <source>An item&apos;s paid amount is higher than its price. Correct the item.</source>
        <translation>Der bezahlte Betrag eines Artikels ist höher als sein Preis. Korrigieren Sie den Artikel.</translation>
    </message>
    <message>
        <source>This was already recorded. Nothing more to do.</source>
        <translation>Das wurde bereits erfasst. Es ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <source>This card already belongs to another customer. Use another card.</source>
        <translation>Diese Karte gehört bereits einem anderen Kunden. Verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>Not found. Check the number or code and try again.</source>
        <translation>Nicht gefunden. Prüfen Sie die Nummer oder den Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something required is missing. Fill it in.</source>
        <translation>Eine Pflichtangabe fehlt. Tragen Sie sie ein.</translation>
    </message>
    <message>
        <source>Something required is empty. Fill it in.</source>
        <translation>Eine Pflichtangabe ist leer. Füllen Sie sie aus.</translation>
    </message>
    <message>
        <source>A value has the wrong format. Check what you typed.</source>
        <translation>Ein Wert hat das falsche Format. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>This value is not allowed here. Check what you entered.</source>
        <translation>Dieser Wert ist hier nicht erlaubt. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>This belongs to another customer. Check the customer.</source>
        <translation>Das gehört einem anderen Kunden. Prüfen Sie den Kunden.</translation>
    </message>
    <message>
        <source>This record was deleted. Use another one.</source>
        <translation>Dieser Datensatz wurde gelöscht. Verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new code.</source>
        <translation>Der Code ist abgelaufen. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>This code was already used. Send a new code.</source>
        <translation>Dieser Code wurde bereits verwendet. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Type them again.</source>
        <translation>Falscher Benutzername oder falsches Passwort. Geben Sie beides erneut ein.</translation>
    </message>
    <message>
        <source>This till is not registered in CareCloud. Ask support to check the setup.</source>
        <translation>Diese Kasse ist in CareCloud nicht registriert. Bitten Sie den Support, die Einrichtung zu prüfen.</translation>
    </message>
    <message>
        <source>This card is not valid now. Ask for another card or look the customer up.</source>
        <translation>Diese Karte ist derzeit nicht gültig. Bitten Sie um eine andere Karte oder suchen Sie den Kunden.</translation>
    </message>
    <message>
        <source>This card is not known. Check the number or look the customer up.</source>
        <translation>Diese Karte ist unbekannt. Prüfen Sie die Nummer oder suchen Sie den Kunden.</translation>
    </message>
    <message>
        <source>Unknown reward or voucher code. Check the code.</source>
        <translation>Unbekannter Prämien- oder Gutscheincode. Prüfen Sie den Code.</translation>
    </message>
    <message>
        <source>This reward cannot be applied to this bill (or not that many times).</source>
        <translation>Diese Prämie gilt nicht für diese Rechnung (oder nicht so oft).</translation>
    </message>
    <message>
        <source>This payment type does not allow whole-bill discounts. Choose another type.</source>
        <translation>Diese Zahlungsart erlaubt keine Rabatte auf die ganze Rechnung. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>That is not a valid phone number or e-mail. Check it.</source>
        <translation>Das ist keine gültige Telefonnummer oder E-Mail-Adresse. Prüfen Sie sie.</translation>
    </message>
    <message>
        <source>CareCloud refused this. Check the input and try again.</source>
        <translation>CareCloud hat das abgelehnt. Prüfen Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>These points are being used at another till or kiosk. Use fewer points, or wait until that sale is done.</source>
        <translation>Diese Punkte werden gerade an einer anderen Kasse oder einem Kiosk verwendet. Verwenden Sie weniger Punkte oder warten Sie, bis dieser Einkauf abgeschlossen ist.</translation>
    </message>
    <message>
        <source>CareCloud&apos;s price for this bill does not add up, so it is not used. Retry, or sell without loyalty benefits and tell support.</source>
        <translation>Der Preis von CareCloud für diese Rechnung geht nicht auf und wird nicht verwendet. Erneut versuchen oder ohne Treuevorteile verkaufen und den Support informieren.</translation>
    </message>
    <message>
        <source>The CareCloud project lacks stores, currencies or purchase types this till needs. Ask support to set it up.</source>
        <translation>Im CareCloud-Projekt fehlen Filialen, Währungen oder Kaufarten, die diese Kasse braucht. Bitten Sie den Support, sie einzurichten.</translation>
    </message>
    <message>
        <source>This sale is already confirmed. Start a new customer.</source>
        <translation>Dieser Verkauf ist bereits bestätigt. Beginnen Sie mit einem neuen Kunden.</translation>
    </message>
    <message>
        <source>That cannot go on this bill. Check the price and the quantity.</source>
        <translation>Das kann nicht auf diese Rechnung. Prüfen Sie Preis und Menge.</translation>
    </message>
    <message>
        <source>Identify the customer first: scan their card or find them.</source>
        <translation>Identifizieren Sie zuerst den Kunden: Scannen Sie seine Karte oder suchen Sie ihn.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Nur ein gesendeter, noch nicht stornierter Einkauf kann storniert werden.</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>Füllen Sie mindestens ein Feld aus.</translation>
    </message>
    <message>
        <source>This cannot be done now.</source>
        <translation>Das ist jetzt nicht möglich.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This user may not do this. Ask a manager.</source>
        <translation>Dieser Benutzer darf das nicht. Fragen Sie die Filialleitung.</translation>
    </message>
    <message>
        <source>Not found in CareCloud. Check the number.</source>
        <translation>In CareCloud nicht gefunden. Prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>CareCloud is busy or failing. Wait a moment and try again; nothing was lost.</source>
        <translation>CareCloud ist ausgelastet oder gestört. Warten Sie kurz und versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>Cannot reach CareCloud. Check the network and try again; nothing was lost.</source>
        <translation>CareCloud ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>CareCloud answered something unexpected. Try again; if it goes on, call support.</source>
        <translation>CareCloud hat unerwartet geantwortet. Versuchen Sie es erneut; wenn es anhält, rufen Sie den Support.</translation>
    </message>
    <message>
        <source>CareCloud reported a problem. Try again.</source>
        <translation>CareCloud hat ein Problem gemeldet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Etwas ist schiefgegangen. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>GiftCard</name>
    <message>
        <source>Gift card %1: %2 left</source>
        <translation>Geschenkkarte %1: noch %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>It pays like money; it is not a discount.</source>
        <translation>Sie zahlt wie Geld; sie ist kein Rabatt.</translation>
    </message>
</context>
<context>
    <name>GiftOverlay</name>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Cancel this purchase?</source>
        <translation>Diesen Einkauf stornieren?</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Einkaufsverlauf</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Warum wird storniert?</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Ware zurückgegeben</translation>
    </message>
    <message>
        <source>Wrong amount or items</source>
        <translation>Falscher Betrag oder falsche Artikel</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Kunde hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Grund der Stornierung</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Kept on this till only, never sent to CareCloud</source>
        <translation>Bleibt nur an dieser Kasse und wird nie an CareCloud gesendet</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Ja, Einkauf stornieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CareCloud purchase</source>
        <translation>CareCloud-Einkauf</translation>
    </message>
    <message>
        <source>This till&apos;s purchases</source>
        <translation>Einkäufe dieser Kasse</translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation>Einkauf stornieren</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Beleg als PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Ältere anzeigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Punkte gutschreiben: %1</translation>
    </message>
    <message>
        <source>For a sale made without the customer&apos;s card</source>
        <translation>Für einen Einkauf ohne die Karte des Kunden</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>needs manual transfer</source>
        <translation>manuelle Übertragung nötig</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>without card</source>
        <translation>ohne Karte</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Beleg gedruckt.</translation>
    </message>
    <message>
        <source>The points of this purchase now belong to %1.</source>
        <translation>Die Punkte dieses Einkaufs gehören jetzt: %1.</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1 paid at %2, %3. CareCloud gives the points, vouchers and credit back to the customer.</source>
        <translation>%1 bezahlt am %2, %3. CareCloud gibt dem Kunden Punkte, Gutscheine und Guthaben zurück.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Nur ein gesendeter, noch nicht stornierter Einkauf kann storniert werden.</translation>
    </message>
    <message>
        <source>Cancellation saved; it is being sent to CareCloud.</source>
        <translation>Stornierung gespeichert; sie wird an CareCloud gesendet.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Geben Sie die Personal-PIN ein.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Spend my points</source>
        <translation>Punkte einlösen</translation>
    </message>
    <message>
        <source>My points history</source>
        <translation>Mein Punkteverlauf</translation>
    </message>
    <message>
        <source>Your vouchers: show the barcode at the till</source>
        <translation>Ihre Gutscheine: zeigen Sie den Strichcode an der Kasse</translation>
    </message>
    <message>
        <source>Hide my card&apos;s barcode</source>
        <translation>Barcode meiner Karte ausblenden</translation>
    </message>
    <message>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Show my card&apos;s barcode</source>
        <translation>Strichcode meiner Karte zeigen</translation>
    </message>
    <message>
        <source>No valid vouchers right now.</source>
        <translation>Zurzeit keine gültigen Gutscheine.</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Scan your loyalty card, or the QR code in our mobile app, at the scanner below the screen.</source>
        <translation>Scannen Sie Ihre Kundenkarte oder den QR-Code in unserer App am Scanner unter dem Bildschirm.</translation>
    </message>
    <message>
        <source>No card? Use my phone number</source>
        <translation>Keine Karte? Mit meiner Telefonnummer</translation>
    </message>
    <message>
        <source>Not a member yet? Join now</source>
        <translation>Noch kein Mitglied? Jetzt beitreten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Need more time?</source>
        <translation>Brauchen Sie mehr Zeit?</translation>
    </message>
    <message>
        <source>This screen closes in %1 s to protect your account.</source>
        <translation>Dieser Bildschirm schließt sich in %1 s, um Ihr Konto zu schützen.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>Ja, ich brauche mehr Zeit</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>Nein, ich bin fertig</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Out of order: this kiosk has no CareCloud user or password set. Staff: see the installation guide.</source>
        <translation>Außer Betrieb: Für diesen Kiosk ist kein CareCloud-Benutzer oder Passwort eingerichtet. Personal: siehe Installationsanleitung.</translation>
    </message>
    <message>
        <source>Out of order: the store %1 in the settings is not in this CareCloud project. Staff: check store_id.</source>
        <translation>Außer Betrieb: Die Filiale %1 aus den Einstellungen gibt es in diesem CareCloud-Projekt nicht. Personal: store_id prüfen.</translation>
    </message>
    <message>
        <source>Out of order for a moment: trying again shortly.</source>
        <translation>Kurz außer Betrieb: wir versuchen es gleich wieder.</translation>
    </message>
    <message>
        <source>That is your card: you are signed in.</source>
        <translation>Das ist Ihre Karte: Sie sind bereits angemeldet.</translation>
    </message>
    <message>
        <source>Scan your new card here, or finish joining first.</source>
        <translation>Scannen Sie Ihre neue Karte hier oder schließen Sie zuerst den Beitritt ab.</translation>
    </message>
    <message>
        <source>This code is not a loyalty card. Scan your card or the QR code in our app.</source>
        <translation>Dieser Code ist keine Kundenkarte. Scannen Sie Ihre Karte oder den QR-Code in unserer App.</translation>
    </message>
    <message>
        <source>We do not know this card. Ask at the counter.</source>
        <translation>Diese Karte kennen wir nicht. Fragen Sie an der Kasse.</translation>
    </message>
    <message>
        <source>This card cannot be used (blocked or expired). Ask at the counter.</source>
        <translation>Diese Karte ist nicht nutzbar (gesperrt oder abgelaufen). Fragen Sie an der Kasse.</translation>
    </message>
    <message>
        <source>This card has no member yet: ask at the counter to join.</source>
        <translation>Diese Karte hat noch kein Mitglied: Anmeldung an der Kasse.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Show a new one from the app.</source>
        <translation>Dieser QR-Code wurde schon benutzt oder ist abgelaufen. Zeigen Sie einen neuen aus der App.</translation>
    </message>
    <message>
        <source>We could not identify you. Try again.</source>
        <translation>Wir konnten Sie nicht erkennen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>First scan your loyalty card (or sign in with your phone), then scan the receipt.</source>
        <translation>Scannen Sie zuerst Ihre Kundenkarte (oder melden Sie sich mit Ihrem Telefon an), dann den Beleg.</translation>
    </message>
    <message>
        <source>The points of that purchase are yours now.</source>
        <translation>Die Punkte dieses Einkaufs gehören jetzt Ihnen.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they already belong to someone, or the sale was cancelled. Ask at the counter.</source>
        <translation>Die Punkte dieses Belegs können nicht gutgeschrieben werden: sie gehören schon jemandem, oder der Einkauf wurde storniert. Fragen Sie an der Kasse.</translation>
    </message>
    <message>
        <source>Something went wrong; please start again.</source>
        <translation>Etwas ist schiefgegangen; bitte neu beginnen.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <source>Find customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Masked until one is picked</source>
        <translation>Verdeckt, bis einer gewählt ist</translation>
    </message>
    <message>
        <source>Assign card to this customer</source>
        <translation>Karte diesem Kunden zuordnen</translation>
    </message>
    <message>
        <source>Use this customer</source>
        <translation>Diesen Kunden wählen</translation>
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD.</source>
        <translation>Geben Sie das Geburtsdatum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Type both the first and the last name.</source>
        <translation>Geben Sie Vor- und Nachnamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n Kunde gefunden</numerusform>
            <numerusform>%n Kunden gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <translation>Kundenkarten-Kiosk</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Move this bill from %1 to %2?</source>
        <translation>Diese Rechnung (jetzt: %1) auf %2 übertragen?</translation>
    </message>
    <message>
        <source>Discard this bill, new one for %1</source>
        <translation>Diese Rechnung verwerfen, neue für %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Nicht gesendete Einkäufe</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>A bill is open. Start a new customer and discard it?</source>
        <translation>Eine Rechnung ist offen. Mit einem neuen Kunden beginnen und sie verwerfen?</translation>
    </message>
    <message>
        <source>New customer, discard the bill</source>
        <translation>Neuer Kunde, Rechnung verwerfen</translation>
    </message>
    <message>
        <source>Identify the customer first (scan their card), then scan the receipt.</source>
        <translation>Identifizieren Sie zuerst den Kunden (Karte scannen), dann scannen Sie den Beleg.</translation>
    </message>
    <message>
        <source>Scan the new member&apos;s card here, or finish joining first.</source>
        <translation>Scannen Sie die Karte des neuen Mitglieds hier oder schließen Sie zuerst den Beitritt ab.</translation>
    </message>
    <message>
        <source>This code is not a card, a product or a voucher of this till.</source>
        <translation>Dieser Code ist keine Karte, kein Produkt und kein Gutschein dieser Kasse.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Ask the customer to show a new one.</source>
        <translation>Dieser QR-Code wurde schon benutzt oder ist abgelaufen. Bitten Sie den Kunden, einen neuen zu zeigen.</translation>
    </message>
    <message>
        <source>This card is already on this bill.</source>
        <translation>Diese Karte ist schon auf der Rechnung.</translation>
    </message>
    <message>
        <source>This customer is already on this bill.</source>
        <translation>Dieser Kunde ist schon auf der Rechnung.</translation>
    </message>
    <message>
        <source>Another customer&apos;s card</source>
        <translation>Karte eines anderen Kunden</translation>
    </message>
    <message>
        <source>Move the bill to %1</source>
        <translation>Rechnung auf %1 übertragen</translation>
    </message>
    <message>
        <source>Keep the bill with %1</source>
        <translation>Rechnung bei %1 behalten</translation>
    </message>
    <message>
        <source>No product, voucher or card has the code %1. Check it, or add the item by hand.</source>
        <translation>Zum Code %1 gibt es kein Produkt, keinen Gutschein und keine Karte. Prüfen Sie ihn oder fügen Sie den Artikel von Hand hinzu.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they belong to someone already, or the sale was cancelled.</source>
        <translation>Die Punkte dieses Belegs können nicht gutgeschrieben werden: sie gehören schon jemandem, oder der Einkauf wurde storniert.</translation>
    </message>
    <message>
        <source>The points of that purchase now belong to %1.</source>
        <translation>Die Punkte dieses Einkaufs gehören jetzt: %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Give the points of that purchase to %1?</source>
        <translation>Die Punkte dieses Einkaufs %1 gutschreiben?</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Punkte gutschreiben: %1</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Loyalty kiosk · sandbox</source>
        <translation>Kundenkarten-Kiosk · Sandbox</translation>
    </message>
    <message>
        <source>The language of the screens</source>
        <translation>Die Sprache der Bildschirme</translation>
    </message>
    <message>
        <source>High contrast, large text, about</source>
        <translation>Hoher Kontrast, große Schrift, Info</translation>
    </message>
    <message>
        <source>Ends this cashier&apos;s session; the next cashier signs in</source>
        <translation>Beendet die Sitzung dieser Kassenkraft; die nächste meldet sich an</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline: purchases are kept and sent later</source>
        <translation>● Offline: Einkäufe werden gespeichert und später gesendet</translation>
    </message>
    <message>
        <source>All purchases sent</source>
        <translation>Alle Einkäufe gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Unsent: %n purchase(s)</source>
        <translation>
            <numerusform>Nicht gesendet: %n Einkauf</numerusform>
            <numerusform>Nicht gesendet: %n Einkäufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n min</source>
        <translation>
            <numerusform>ältester %n Min.</numerusform>
            <numerusform>ältester %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) manual transfer</source>
        <translation>
            <numerusform>%n braucht manuelle Übertragung</numerusform>
            <numerusform>%n brauchen manuelle Übertragung</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ sending restarted after an error at %1</source>
        <translation>⚠ Senden nach einem Fehler um %1 neu gestartet</translation>
    </message>
    <message>
        <source>%1 · %2 · cash desk %3</source>
        <translation>%1 · %2 · Kasse %3</translation>
    </message>
    <message>
        <source>Sign in first, then scan.</source>
        <translation>Melden Sie sich zuerst an, dann scannen.</translation>
    </message>
    <message>
        <source>A bill is open. Sign out and discard it?</source>
        <translation>Eine Rechnung ist offen. Abmelden und sie verwerfen?</translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation>Abmelden und verwerfen</translation>
    </message>
    <message>
        <source>Keep the bill</source>
        <translation>Rechnung behalten</translation>
    </message>
    <message>
        <source>Loyalty kiosk %1
A CareCloud loyalty front-end.
PySide6 %2</source>
        <translation>Kundenkarten-Kiosk %1
Ein Kundenbindungs-Frontend für CareCloud.
PySide6 %2</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>At least %1.</source>
        <translation>Mindestens %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message>
        <source>Whole numbers only.</source>
        <translation>Nur ganze Zahlen.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a number like %1.</source>
        <translation>Geben Sie eine Zahl wie %1 ein.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Umlaute</translation>
    </message>
    <message>
        <source>Caps lock on</source>
        <translation>Feststelltaste an</translation>
    </message>
    <message>
        <source>Caps lock off</source>
        <translation>Feststelltaste aus</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <source>Validate phone</source>
        <translation>Telefon bestätigen</translation>
    </message>
    <message>
        <source>Phone number, e.g. 420601111222</source>
        <translation>Telefonnummer, z. B. 491701234567</translation>
    </message>
    <message>
        <source>Phone number to send the code to</source>
        <translation>Telefonnummer für den Code</translation>
    </message>
    <message>
        <source>Where to send the code</source>
        <translation>Wohin der Code geht</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Code aus der Nachricht</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>SMS to the phone on file (%1)</source>
        <translation>SMS an die hinterlegte Nummer (%1)</translation>
    </message>
    <message>
        <source>SMS to another number</source>
        <translation>SMS an eine andere Nummer</translation>
    </message>
    <message>
        <source>E-mail to the address on file (%1)</source>
        <translation>E-Mail an die hinterlegte Adresse (%1)</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Erneut senden in %1 s</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Type the phone number with its country code, e.g. 420601111222.</source>
        <translation>Geben Sie die Telefonnummer mit Ländervorwahl ein, z. B. 491701234567.</translation>
    </message>
    <message>
        <source>Code sent. Ask the customer to read it out and type it below. It is valid for one hour.</source>
        <translation>Code gesendet. Bitten Sie den Kunden, ihn vorzulesen, und geben Sie ihn unten ein. Er gilt eine Stunde.</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Geben Sie den Code aus der Nachricht ein.</translation>
    </message>
    <message>
        <source>This code request is unknown. Send a new code.</source>
        <translation>Diese Code-Anfrage ist unbekannt. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>The code is wrong. Check it with the customer and type it again, or send a new code.</source>
        <translation>Der Code ist falsch. Prüfen Sie ihn mit dem Kunden und geben Sie ihn erneut ein oder senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>Phone validated.</source>
        <translation>Telefon bestätigt.</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Your phone number</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
    <message>
        <source>Type the code we sent to your phone.</source>
        <translation>Geben Sie den Code ein, den wir an Ihr Telefon gesendet haben.</translation>
    </message>
    <message>
        <source>Type your phone number with the country code; we send a code to the phone your account has.</source>
        <translation>Geben Sie Ihre Telefonnummer mit Ländervorwahl ein; wir senden einen Code an das Telefon Ihres Kontos.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>e.g. 420601111222</source>
        <translation>z. B. 49151111222</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>We could not find one account with this number. Check it, or scan your card, or ask at the counter.</source>
        <translation>Zu dieser Nummer haben wir kein eindeutiges Konto gefunden. Prüfen Sie sie, scannen Sie Ihre Karte oder fragen Sie an der Kasse.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again, or go back and ask for a new one.</source>
        <translation>Der Code stimmt nicht oder ist abgelaufen. Geben Sie ihn erneut ein oder fordern Sie einen neuen an.</translation>
    </message>
</context>
<context>
    <name>PointsScreen</name>
    <message>
        <source>Points history</source>
        <translation>Punkteverlauf</translation>
    </message>
    <message>
        <source>Point movements, newest first</source>
        <translation>Punktebewegungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Ältere zeigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punkte: %1</translation>
    </message>
    <message>
        <source>%1 points expire on %2.</source>
        <translation>%1 Punkte verfallen am %2.</translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation>In nächster Zeit verfallen keine Punkte.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printing needs %1: install kiosk-app[printer].</source>
        <translation>Zum Drucken wird %1 benötigt: installieren Sie kiosk-app[printer].</translation>
    </message>
    <message>
        <source>Cannot reach the receipt printer %1 (%2). Check that it is on and connected.</source>
        <translation>Der Belegdrucker %1 ist nicht erreichbar (%2). Prüfen Sie, ob er eingeschaltet und angeschlossen ist.</translation>
    </message>
    <message>
        <source>The receipt printer %1 did not take the receipt (%2). Check it and print again.</source>
        <translation>Der Belegdrucker %1 hat den Beleg nicht angenommen (%2). Prüfen Sie ihn und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>The printer setting %1 cannot be used: %2.</source>
        <translation>Die Druckereinstellung %1 ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>The system has no printer named %1. Check the printer setting and the system&apos;s printers.</source>
        <translation>Das System hat keinen Drucker namens %1. Prüfen Sie die Druckereinstellung und die Drucker des Systems.</translation>
    </message>
    <message>
        <source>The system has no default printer. Set one, or name a printer in the printer setting.</source>
        <translation>Das System hat keinen Standarddrucker. Legen Sie einen fest oder nennen Sie einen Drucker in der Druckereinstellung.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check it and print again.</source>
        <translation>Der Drucker %1 hat den Beleg nicht angenommen. Prüfen Sie ihn und drucken Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash desk %1</source>
        <translation>Kasse %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Points spent: %1</source>
        <translation>Eingelöste Punkte: %1</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Verwendetes Guthaben</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Gesammelte Punkte: %1</translation>
    </message>
    <message>
        <source>Points balance: %1</source>
        <translation>Punktestand: %1</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Ohne Treuevorteile verkauft (CareCloud war nicht erreichbar).</translation>
    </message>
    <message>
        <source>CareCloud purchase %1</source>
        <translation>CareCloud-Einkauf %1</translation>
    </message>
    <message>
        <source>Saved at this till; it will be delivered to CareCloud.</source>
        <translation>An dieser Kasse gespeichert; wird an CareCloud übermittelt.</translation>
    </message>
    <message>
        <source>Your vouchers for next time:</source>
        <translation>Ihre Gutscheine für das nächste Mal:</translation>
    </message>
    <message>
        <source>Forgot your card? Scan this at the kiosk or show it at the till to get the points.</source>
        <translation>Karte vergessen? Scannen Sie dies am Kiosk oder zeigen Sie es an der Kasse, um die Punkte zu erhalten.</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Cannot write the receipt: %1</source>
        <translation>Beleg kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Receipt saved as %1</source>
        <translation>Beleg gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>up to %1×</source>
        <translation>bis zu %1×</translation>
    </message>
    <message>
        <source>not applicable now</source>
        <translation>jetzt nicht anwendbar</translation>
    </message>
    <message>
        <source>Applied %1×</source>
        <translation>Angewendet %1×</translation>
    </message>
    <message>
        <source>Apply once less: %1</source>
        <translation>Einmal weniger anwenden: %1</translation>
    </message>
    <message>
        <source>Apply once more: %1</source>
        <translation>Noch einmal anwenden: %1</translation>
    </message>
</context>
<context>
    <name>RewardsScreen</name>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Voucher code (type or scan)</source>
        <translation>Gutscheincode (eingeben oder scannen)</translation>
    </message>
    <message>
        <source>Add voucher</source>
        <translation>Gutschein hinzufügen</translation>
    </message>
    <message>
        <source>Remove voucher</source>
        <translation>Gutschein entfernen</translation>
    </message>
    <message>
        <source>Back to bill</source>
        <translation>Zurück zur Rechnung</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Rechnung abschließen</translation>
    </message>
    <message>
        <source>Show all rewards</source>
        <translation>Alle Prämien zeigen</translation>
    </message>
    <message>
        <source>Also those that cannot apply to this bill now</source>
        <translation>Auch die, die jetzt nicht auf diese Rechnung passen</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Vouchers on the bill</source>
        <translation>Gutscheine auf der Rechnung</translation>
    </message>
    <message>
        <source>Tap a reward to apply it; − and + change how many times.</source>
        <translation>Tippen Sie auf eine Prämie, um sie anzuwenden; − und + ändern, wie oft.</translation>
    </message>
    <message>
        <source>No reward applies to this bill now.</source>
        <translation>Auf diese Rechnung passt gerade keine Prämie.</translation>
    </message>
    <message>
        <source>Looking up the rewards for this bill…</source>
        <translation>Suche Prämien für diese Rechnung…</translation>
    </message>
    <message>
        <source>Type or scan the voucher code.</source>
        <translation>Geben Sie den Gutscheincode ein oder scannen Sie ihn.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill.</source>
        <translation>Dieser Gutschein ist schon auf der Rechnung.</translation>
    </message>
    <message>
        <source>Voucher %1 is not known. Check the code.</source>
        <translation>Gutschein %1 ist unbekannt. Prüfen Sie den Code.</translation>
    </message>
    <message>
        <source>Voucher %1 has expired and cannot be used.</source>
        <translation>Gutschein %1 ist abgelaufen und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Voucher %1 is not valid yet.</source>
        <translation>Gutschein %1 ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Voucher %1 has already been used.</source>
        <translation>Gutschein %1 wurde bereits eingelöst.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to another customer.</source>
        <translation>Gutschein %1 gehört einem anderen Kunden.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to a customer: identify them first (scan their card).</source>
        <translation>Gutschein %1 gehört einem Kunden: Identifizieren Sie ihn zuerst (Karte scannen).</translation>
    </message>
    <message>
        <source>Voucher %1 is on the bill.</source>
        <translation>Gutschein %1 ist auf der Rechnung.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>That scan was too long to be a code (%n characters); nothing was entered. Scan again.</source>
        <translation>
            <numerusform>Der Scan war zu lang für einen Code (%n Zeichen); es wurde nichts eingegeben. Bitte erneut scannen.</numerusform>
            <numerusform>Der Scan war zu lang für einen Code (%n Zeichen); es wurde nichts eingegeben. Bitte erneut scannen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something unexpected happened. The current step was stopped; nothing was sent twice. Try again, and tell support if it happens again.

%1</source>
        <translation>Etwas Unerwartetes ist passiert. Der aktuelle Schritt wurde angehalten; nichts wurde doppelt gesendet. Versuchen Sie es erneut und melden Sie es dem Support, wenn es wieder passiert.

%1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>CareCloud user</source>
        <translation>CareCloud-Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Verkauf beginnen</translation>
    </message>
    <message>
        <source>Your own CareCloud password; it is never stored.</source>
        <translation>Ihr eigenes CareCloud-Passwort; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <source>Demo sandbox: sign in as %1 / %2</source>
        <translation>Demo-Sandbox: melden Sie sich als %1 / %2 an</translation>
    </message>
    <message>
        <source>Type your CareCloud user name and password.</source>
        <translation>Geben Sie Ihren CareCloud-Benutzernamen und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff functions</source>
        <translation>Personalfunktionen</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Einkaufsverlauf</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Nicht gesendete Einkäufe</translation>
    </message>
    <message>
        <source>Close the kiosk app</source>
        <translation>Kiosk-App schließen</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Sperren und verlassen</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk: run kiosk-app staff-pin and put the line it prints in the settings.</source>
        <translation>Für diesen Kiosk ist keine Personal-PIN gesetzt: führen Sie kiosk-app staff-pin aus und tragen Sie die ausgegebene Zeile in die Einstellungen ein.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 more points to %2</source>
        <translation>noch %1 Punkte bis %2</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <source>Unsent purchases</source>
        <translation>Nicht gesendete Einkäufe</translation>
    </message>
    <message>
        <source>Purchases are sent automatically. Those CareCloud refused or that failed five times wait here for you.</source>
        <translation>Einkäufe werden automatisch gesendet. Die von CareCloud abgelehnten oder fünfmal gescheiterten warten hier auf Sie.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Auswahl erneut senden</translation>
    </message>
    <message>
        <source>Resend all</source>
        <translation>Alle erneut senden</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Note, e.g. entered in CareCloud by hand</source>
        <translation>Notiz, z. B. von Hand in CareCloud erfasst</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Wie es gelöst wurde</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>braucht Sie</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Export purchases</source>
        <translation>Einkäufe exportieren</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Write a note saying how it was resolved.</source>
        <translation>Schreiben Sie eine Notiz, wie es erledigt wurde.</translation>
    </message>
    <message>
        <source>Only purchases that need you can be marked resolved.</source>
        <translation>Nur Einkäufe, die Sie brauchen, können als erledigt markiert werden.</translation>
    </message>
</context>
</TS>
