<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to our loyalty club</source>
        <translation>Vítejte v našem věrnostním klubu</translation>
    </message>
    <message>
        <source>See your points and vouchers, and spend points on rewards. Scan your loyalty card or the QR code in our app, or touch the screen to start.</source>
        <translation>Podívejte se na své body a poukazy a vyměňte body za odměny. Naskenujte věrnostní kartu nebo QR kód v naší aplikaci, nebo začněte dotykem obrazovky.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Začněte dotykem</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začít</translation>
    </message>
    <message>
        <source>Staff functions</source>
        <translation>Funkce pro personál</translation>
    </message>
</context>
<context>
    <name>BarcodeLabel</name>
    <message>
        <source>Barcode of voucher %1</source>
        <translation>Čárový kód poukazu %1</translation>
    </message>
</context>
<context>
    <name>BillScreen</name>
    <message>
        <source>Bill</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>PLU code</source>
        <translation>Kód PLU</translation>
    </message>
    <message>
        <source>Scan or type a PLU code</source>
        <translation>Naskenujte nebo zadejte kód PLU</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Products (tap to add)</source>
        <translation>Produkty (klepnutím přidáte)</translation>
    </message>
    <message>
        <source>Search products by name</source>
        <translation>Hledat produkty podle názvu</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Název položky</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>DPH %1 %</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Přidat položku</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Odměny</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Uzavřít účet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Množ.</translation>
    </message>
    <message>
        <source>No product name starts with %1.</source>
        <translation>Žádný název produktu nezačíná na %1.</translation>
    </message>
    <message>
        <source>That many cannot be on one bill.</source>
        <translation>Tolik kusů na jeden účet nelze.</translation>
    </message>
    <message>
        <source>Type the item&apos;s name.</source>
        <translation>Napište název položky.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Cena: %1</translation>
    </message>
    <message>
        <source>type the price.</source>
        <translation>napište cenu.</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Množství: %1</translation>
    </message>
    <message>
        <source>type the quantity.</source>
        <translation>napište množství.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Add the PLU code</source>
        <translation>Přidat kód PLU</translation>
    </message>
    <message>
        <source>Item by hand…</source>
        <translation>Položka ručně…</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Sazba DPH</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Odebrat vybranou položku</translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation>O jeden kus vybrané položky víc</translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation>O jeden kus vybrané položky méně</translation>
    </message>
    <message>
        <source>Items on the bill</source>
        <translation>Položky účtu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Celkem: %1</translation>
    </message>
    <message>
        <source>No product with PLU %1 in this store&apos;s currency. Add it by hand.</source>
        <translation>Produkt s PLU %1 v měně této prodejny neexistuje. Přidejte ho ručně.</translation>
    </message>
</context>
<context>
    <name>CardScanScreen</name>
    <message>
        <source>This card is not known. Check the number or find the customer.</source>
        <translation>Tuto kartu neznáme. Zkontrolujte číslo nebo vyhledejte zákazníka.</translation>
    </message>
    <message>
        <source>This card is blocked. Ask for another card or find the customer.</source>
        <translation>Karta je zablokovaná. Požádejte o jinou kartu nebo vyhledejte zákazníka.</translation>
    </message>
    <message>
        <source>This card has expired. Ask for another card or find the customer.</source>
        <translation>Platnost karty vypršela. Požádejte o jinou kartu nebo vyhledejte zákazníka.</translation>
    </message>
    <message>
        <source>This card is not valid yet. Ask for another card or find the customer.</source>
        <translation>Karta ještě není platná. Požádejte o jinou kartu nebo vyhledejte zákazníka.</translation>
    </message>
    <message>
        <source>This card has no customer yet. Find the customer to assign it.</source>
        <translation>Karta zatím nemá zákazníka. Vyhledejte zákazníka a přiřaďte mu ji.</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Věrnostní karta</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s card or type its number.</source>
        <translation>Naskenujte kartu zákazníka nebo zadejte její číslo.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Číslo karty</translation>
    </message>
    <message>
        <source>Check card</source>
        <translation>Ověřit kartu</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Najít zákazníka</translation>
    </message>
    <message>
        <source>Continue without card</source>
        <translation>Pokračovat bez karty</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nový člen</translation>
    </message>
    <message>
        <source>Assign this card to a customer</source>
        <translation>Přiřadit kartu zákazníkovi</translation>
    </message>
    <message>
        <source>Sell with this card unchecked</source>
        <translation>Prodat s touto kartou bez ověření</translation>
    </message>
    <message>
        <source>Type the card number: digits only, at least 6.</source>
        <translation>Zadejte číslo karty: jen číslice, alespoň 6.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Rewards for points</source>
        <translation>Odměny za body</translation>
    </message>
    <message>
        <source>No, back to the rewards</source>
        <translation>Ne, zpět na odměny</translation>
    </message>
    <message>
        <source>To protect your points we sent a code to the phone in your account. Type it here.</source>
        <translation>Pro ochranu vašich bodů jsme poslali kód na telefon uvedený ve vašem účtu. Zadejte ho sem.</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Kód ze zprávy SMS</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potvrdit</translation>
    </message>
    <message>
        <source>Use it on this bill</source>
        <translation>Použít na tento účet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>No rewards to buy with points right now.</source>
        <translation>Teď nejsou žádné odměny za body.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln bod</numerusform>
            <numerusform>%Ln body</numerusform>
            <numerusform>%Ln bodů</numerusform>
        </translation>
    </message>
    <message>
        <source>Get it</source>
        <translation>Chci ji</translation>
    </message>
    <message>
        <source>%1 more points needed</source>
        <translation>chybí %1 bodů</translation>
    </message>
    <message>
        <source>Get %1 for %2 points</source>
        <translation>Získat %1 za %2 bodů</translation>
    </message>
    <message>
        <source>Spend %1 points on %2?</source>
        <translation>Utratit %1 bodů za %2?</translation>
    </message>
    <message>
        <source>Yes, spend %1 points</source>
        <translation>Ano, utratit %1 bodů</translation>
    </message>
    <message>
        <source>Your account has no phone to confirm with: please ask at the counter.</source>
        <translation>Váš účet nemá telefon pro potvrzení: zeptejte se prosím u pokladny.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again.</source>
        <translation>Kód není správný nebo vypršel. Zadejte ho znovu.</translation>
    </message>
    <message>
        <source>Your new voucher is ready. Show the barcode at the till.</source>
        <translation>Váš nový poukaz je připraven. Čárový kód ukažte u pokladny.</translation>
    </message>
</context>
<context>
    <name>ClosureScreen</name>
    <message>
        <source>Close bill</source>
        <translation>Uzavřít účet</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Typ platby</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Body k uplatnění</translation>
    </message>
    <message>
        <source>Credit to use</source>
        <translation>Použitý kredit</translation>
    </message>
    <message>
        <source>Standard with whole-bill discounts (A)</source>
        <translation>Standard se slevami na celý účet (A)</translation>
    </message>
    <message>
        <source>Standard, item discounts only (S)</source>
        <translation>Standard, jen slevy na položky (S)</translation>
    </message>
    <message>
        <source>Pay with credit (C)</source>
        <translation>Platba kreditem (C)</translation>
    </message>
    <message>
        <source>Discounts, no points collected (D)</source>
        <translation>Slevy, bez připsání bodů (D)</translation>
    </message>
    <message>
        <source>Review with the customer</source>
        <translation>Zkontrolujte se zákazníkem</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Položky: %1</translation>
    </message>
    <message>
        <source>Points used: %1</source>
        <translation>Použité body: %1</translation>
    </message>
    <message>
        <source>(%1 for rewards, %2 to pay %3)</source>
        <translation>(%1 za odměny, %2 na platbu %3)</translation>
    </message>
    <message>
        <source>(pay %1)</source>
        <translation>(platí %1)</translation>
    </message>
    <message>
        <source>(for rewards)</source>
        <translation>(za odměny)</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Získané body: %1</translation>
    </message>
    <message>
        <source>balance after: %1</source>
        <translation>stav potom: %1</translation>
    </message>
    <message>
        <source>WITHOUT LOYALTY BENEFITS: CareCloud is out of reach. No vouchers, rewards, points or credit; points are earned when the sale is delivered.</source>
        <translation>BEZ VĚRNOSTNÍCH VÝHOD: CareCloud není dostupný. Žádné poukazy, odměny, body ani kredit; body se připíšou, až nákup dorazí.</translation>
    </message>
    <message>
        <source>Messages for the cashier</source>
        <translation>Zprávy pro pokladní</translation>
    </message>
    <message>
        <source>CareCloud cannot be reached, so there is no price with loyalty benefits. Retry, or sell without loyalty benefits: no vouchers, rewards, points or credit are used, and the customer&apos;s points are added when the sale reaches CareCloud.</source>
        <translation>CareCloud není dostupný, proto není cena s věrnostními výhodami. Zkuste to znovu, nebo prodejte bez věrnostních výhod: nepoužijí se poukazy, odměny, body ani kredit a body zákazníka se připíšou, až nákup dorazí do CareCloud.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Sell without loyalty benefits</source>
        <translation>Prodat bez věrnostních výhod</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Potvrdit platbu</translation>
    </message>
    <message>
        <source>of %1 available</source>
        <translation>z %1 dostupných</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>bez zákazníka</translation>
    </message>
    <message>
        <source>The bill is empty. Add items first.</source>
        <translation>Účet je prázdný. Nejdřív přidejte položky.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Počítám…</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Slevy: −%1</translation>
    </message>
    <message>
        <source>Credit used: %1</source>
        <translation>Použitý kredit: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>K zaplacení: %1</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Required to join</source>
        <translation>Nutné pro členství</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Valid vouchers</source>
        <translation>Platné poukazy</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Validate phone</source>
        <translation>Ověřit telefon</translation>
    </message>
    <message>
        <source>Vouchers and cards</source>
        <translation>Poukazy a karty</translation>
    </message>
    <message>
        <source>Rewards for points</source>
        <translation>Odměny za body</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Historie bodů</translation>
    </message>
    <message>
        <source>Card barcode</source>
        <translation>Čárový kód karty</translation>
    </message>
    <message>
        <source>Card %1 (not checked)</source>
        <translation>Karta %1 (neověřená)</translation>
    </message>
    <message>
        <source>The customer&apos;s language:</source>
        <translation>Jazyk zákazníka:</translation>
    </message>
    <message>
        <source>Switch to the customer&apos;s language: %1</source>
        <translation>Přepnout do jazyka zákazníka: %1</translation>
    </message>
    <message>
        <source>CareCloud was out of reach: points are added when the sale is delivered.</source>
        <translation>CareCloud nebyl dostupný: body se připíšou, až nákup dorazí.</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>Phone validated ✓</source>
        <translation>Telefon ověřen ✓</translation>
    </message>
    <message>
        <source>Phone not validated</source>
        <translation>Telefon neověřen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádné</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blokovaná</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Zobrazit ještě %n</numerusform>
            <numerusform>Zobrazit ještě %n</numerusform>
            <numerusform>Zobrazit ještě %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karta %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Poukaz %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Čárový kód: %1</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>High contrast</source>
        <translation>Vysoký kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Velké písmo</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>O aplikaci</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Thank you! The purchase is recorded.</source>
        <translation>Děkujeme! Nákup je zaznamenán.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Účtenka jako PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Vytisknout účtenku</translation>
    </message>
    <message>
        <source>QR code to claim the points of this purchase later</source>
        <translation>QR kód pro pozdější připsání bodů za tento nákup</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Zaplaceno: %1</translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation>Nákup: %1</translation>
    </message>
    <message>
        <source>Saved on this till; it will be sent to CareCloud automatically.</source>
        <translation>Uloženo v této pokladně; do CareCloud se odešle automaticky.</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Prodáno bez věrnostních výhod (CareCloud nebyl dostupný).</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Položky: %1</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Slevy: −%1</translation>
    </message>
    <message>
        <source>Points spent: %1 (worth %2)</source>
        <translation>Utracené body: %1 (v hodnotě %2)</translation>
    </message>
    <message>
        <source>Credit used: %1</source>
        <translation>Použitý kredit: %1</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Získané body: %1</translation>
    </message>
    <message>
        <source>New balance: %1 points</source>
        <translation>Nový zůstatek: %1 bodů</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Účtenka je vytištěná.</translation>
    </message>
</context>
<context>
    <name>EnrolScreen</name>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Staňte se členem věrnostního programu</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>Type your name and your phone number or e-mail. We send a code to it to check it is yours.</source>
        <translation>Zadejte své jméno a telefon nebo e-mail. Pošleme na něj kód, abychom ověřili, že je váš.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name and phone number or e-mail. A code goes to it to check it is theirs.</source>
        <translation>Zadejte jméno zákazníka a jeho telefon nebo e-mail. Přijde na něj kód, který ověří, že patří jemu.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Phone with country code, or e-mail</source>
        <translation>Telefon s předvolbou země, nebo e-mail</translation>
    </message>
    <message>
        <source>e.g. 420601111222 or name@example.com</source>
        <translation>např. 420601111222 nebo jmeno@example.com</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Kód ze zprávy</translation>
    </message>
    <message>
        <source>Tick what you agree to. Only the consents marked as required are needed to join; nothing is ticked for you.</source>
        <translation>Zaškrtněte, s čím souhlasíte. K členství jsou potřeba jen souhlasy označené jako nutné; nic není zaškrtnuto předem.</translation>
    </message>
    <message>
        <source>Scan your loyalty card now, or get a virtual card: its number is then on your account.</source>
        <translation>Nyní naskenujte svou věrnostní kartu, nebo si vezměte virtuální kartu: její číslo pak najdete ve svém účtu.</translation>
    </message>
    <message>
        <source>Scan a new loyalty card or type its number, or give the customer a virtual card.</source>
        <translation>Naskenujte novou věrnostní kartu nebo zadejte její číslo, nebo dejte zákazníkovi virtuální kartu.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Číslo karty</translation>
    </message>
    <message>
        <source>Use this card</source>
        <translation>Použít tuto kartu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Poslat kód</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Potvrdit kód</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Stát se členem</translation>
    </message>
    <message>
        <source>Get a virtual card</source>
        <translation>Chci virtuální kartu</translation>
    </message>
    <message>
        <source>We sent a code by e-mail to %1. Type it here.</source>
        <translation>Poslali jsme kód e-mailem na %1. Zadejte ho sem.</translation>
    </message>
    <message>
        <source>We sent a code by text message to %1. Type it here.</source>
        <translation>Poslali jsme kód SMS zprávou na %1. Zadejte ho sem.</translation>
    </message>
    <message>
        <source>Welcome, %1! You are a member now.</source>
        <translation>Vítejte, %1! Nyní jste členem.</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Znovu poslat za %1 s</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Poslat nový kód</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Zadejte kód ze zprávy.</translation>
    </message>
    <message>
        <source>Type or scan the card&apos;s number.</source>
        <translation>Zadejte nebo naskenujte číslo karty.</translation>
    </message>
    <message>
        <source>Card %1 is on the account.</source>
        <translation>Karta %1 je v účtu.</translation>
    </message>
    <message>
        <source>Type the first and the last name.</source>
        <translation>Zadejte jméno a příjmení.</translation>
    </message>
    <message>
        <source>A name cannot contain &lt; or &gt;. Type it again.</source>
        <translation>Jméno nesmí obsahovat &lt; ani &gt;. Zadejte ho znovu.</translation>
    </message>
    <message>
        <source>Type a phone number with its country code (e.g. 420601111222) or an e-mail address.</source>
        <translation>Zadejte telefonní číslo s předvolbou země (např. 420601111222) nebo e-mailovou adresu.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account. Scan your card, or go back and sign in with your phone.</source>
        <translation>K tomuto telefonu nebo e-mailu už účet existuje. Naskenujte svou kartu, nebo se vraťte a přihlaste se telefonem.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account: scan the customer&apos;s card or look them up.</source>
        <translation>K tomuto telefonu nebo e-mailu už účet existuje: naskenujte kartu zákazníka nebo ho vyhledejte.</translation>
    </message>
    <message>
        <source>That code is not right. Check it and type it again, or send a new code.</source>
        <translation>Kód nesouhlasí. Zkontrolujte ho a zadejte znovu, nebo pošlete nový kód.</translation>
    </message>
    <message>
        <source>This code has expired or was used already. Send a new code.</source>
        <translation>Platnost kódu vypršela nebo už byl použit. Pošlete nový kód.</translation>
    </message>
    <message>
        <source>Confirm the phone number or e-mail with the code first.</source>
        <translation>Nejprve potvrďte telefon nebo e-mail kódem.</translation>
    </message>
    <message>
        <source>Tick the consents marked as required to join.</source>
        <translation>Pro členství zaškrtněte souhlasy označené jako nutné.</translation>
    </message>
    <message>
        <source>We do not know this card. Scan another card or get a virtual card.</source>
        <translation>Tuto kartu neznáme. Naskenujte jinou kartu, nebo si vezměte virtuální.</translation>
    </message>
    <message>
        <source>This card cannot be used: it belongs to someone, is blocked or has expired. Scan another card or get a virtual card.</source>
        <translation>Tuto kartu nelze použít: patří někomu jinému, je zablokovaná nebo neplatná. Naskenujte jinou kartu, nebo si vezměte virtuální.</translation>
    </message>
    <message>
        <source>The account already has a card of this kind.</source>
        <translation>Účet už kartu tohoto druhu má.</translation>
    </message>
    <message>
        <source>No virtual card is available now. Scan a physical card instead.</source>
        <translation>Virtuální karta teď není k dispozici. Naskenujte místo ní fyzickou kartu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This card is blocked. Ask the customer for another card or look them up.</source>
        <translation>Karta je zablokovaná. Požádejte zákazníka o jinou kartu nebo ho vyhledejte.</translation>
    </message>
    <message>
        <source>This voucher has expired. Remove it from the bill.</source>
        <translation>Platnost poukazu vypršela. Odeberte ho z účtu.</translation>
    </message>
    <message>
        <source>This voucher has already been used. Remove it from the bill.</source>
        <translation>Poukaz už byl použit. Odeberte ho z účtu.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill. Apply it only once.</source>
        <translation>Poukaz už na účtu je. Uplatněte ho jen jednou.</translation>
    </message>
    <message>
        <source>The customer does not have enough points for this reward. Remove it.</source>
        <translation>Zákazník nemá na tuto odměnu dost bodů. Odeberte ji.</translation>
    </message>
    <message>
        <source>The bill is too small for this reward. Add items or remove the reward.</source>
        <translation>Účet je na tuto odměnu příliš malý. Přidejte položky nebo odměnu odeberte.</translation>
    </message>
    <message>
        <source>The customer does not have that many points. Lower the points to redeem.</source>
        <translation>Zákazník tolik bodů nemá. Snižte počet bodů k uplatnění.</translation>
    </message>
    <message>
        <source>This customer cannot pay with points. Set the points to redeem to 0.</source>
        <translation>Tento zákazník nemůže platit body. Nastavte body k uplatnění na 0.</translation>
    </message>
    <message>
        <source>An item&apos;s paid amount is higher than its price. Correct the item.</source>
        <translation>Zaplacená částka položky je vyšší než její cena. Opravte položku.</translation>
    </message>
    <message>
        <source>This was already recorded. Nothing more to do.</source>
        <translation>Toto už bylo zaznamenáno. Není třeba nic dělat.</translation>
    </message>
    <message>
        <source>This card already belongs to another customer. Use another card.</source>
        <translation>Karta už patří jinému zákazníkovi. Použijte jinou kartu.</translation>
    </message>
    <message>
        <source>Not found. Check the number or code and try again.</source>
        <translation>Nenalezeno. Zkontrolujte číslo nebo kód a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Something required is missing. Fill it in.</source>
        <translation>Chybí povinný údaj. Doplňte ho.</translation>
    </message>
    <message>
        <source>Something required is empty. Fill it in.</source>
        <translation>Povinný údaj je prázdný. Vyplňte ho.</translation>
    </message>
    <message>
        <source>A value has the wrong format. Check what you typed.</source>
        <translation>Hodnota má chybný formát. Zkontrolujte, co jste zadali.</translation>
    </message>
    <message>
        <source>This value is not allowed here. Check what you entered.</source>
        <translation>Tato hodnota zde není povolena. Zkontrolujte, co jste zadali.</translation>
    </message>
    <message>
        <source>This belongs to another customer. Check the customer.</source>
        <translation>Toto patří jinému zákazníkovi. Zkontrolujte zákazníka.</translation>
    </message>
    <message>
        <source>This record was deleted. Use another one.</source>
        <translation>Záznam byl smazán. Použijte jiný.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new code.</source>
        <translation>Platnost kódu vypršela. Pošlete nový kód.</translation>
    </message>
    <message>
        <source>This code was already used. Send a new code.</source>
        <translation>Kód už byl použit. Pošlete nový kód.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Type them again.</source>
        <translation>Chybné uživatelské jméno nebo heslo. Zadejte je znovu.</translation>
    </message>
    <message>
        <source>This till is not registered in CareCloud. Ask support to check the setup.</source>
        <translation>Tato pokladna není v CareCloud registrována. Požádejte podporu o kontrolu nastavení.</translation>
    </message>
    <message>
        <source>This card is not valid now. Ask for another card or look the customer up.</source>
        <translation>Karta teď není platná. Požádejte o jinou kartu nebo vyhledejte zákazníka.</translation>
    </message>
    <message>
        <source>This card is not known. Check the number or look the customer up.</source>
        <translation>Tuto kartu neznáme. Zkontrolujte číslo nebo vyhledejte zákazníka.</translation>
    </message>
    <message>
        <source>Unknown reward or voucher code. Check the code.</source>
        <translation>Neznámý kód odměny nebo poukazu. Zkontrolujte kód.</translation>
    </message>
    <message>
        <source>This reward cannot be applied to this bill (or not that many times).</source>
        <translation>Tuto odměnu nelze na účet uplatnit (nebo ne tolikrát).</translation>
    </message>
    <message>
        <source>This payment type does not allow whole-bill discounts. Choose another type.</source>
        <translation>Tento typ platby nedovoluje slevy na celý účet. Zvolte jiný typ.</translation>
    </message>
    <message>
        <source>That is not a valid phone number or e-mail. Check it.</source>
        <translation>Toto není platné telefonní číslo ani e-mail. Zkontrolujte ho.</translation>
    </message>
    <message>
        <source>CareCloud refused this. Check the input and try again.</source>
        <translation>CareCloud toto odmítl. Zkontrolujte zadání a zkuste to znovu.</translation>
    </message>
    <message>
        <source>These points are being used at another till or kiosk. Use fewer points, or wait until that sale is done.</source>
        <translation>Tyto body se právě používají na jiné pokladně nebo kiosku. Použijte méně bodů, nebo počkejte, až bude ten nákup hotový.</translation>
    </message>
    <message>
        <source>CareCloud&apos;s price for this bill does not add up, so it is not used. Retry, or sell without loyalty benefits and tell support.</source>
        <translation>Cena od CareCloud pro tento účet nedává smysl, proto se nepoužije. Zkuste to znovu, nebo prodejte bez věrnostních výhod a dejte vědět podpoře.</translation>
    </message>
    <message>
        <source>The CareCloud project lacks stores, currencies or purchase types this till needs. Ask support to set it up.</source>
        <translation>V projektu CareCloud chybí prodejny, měny nebo typy nákupů, které pokladna potřebuje. Požádejte podporu o nastavení.</translation>
    </message>
    <message>
        <source>This sale is already confirmed. Start a new customer.</source>
        <translation>Tento nákup je už potvrzený. Začněte nového zákazníka.</translation>
    </message>
    <message>
        <source>That cannot go on this bill. Check the price and the quantity.</source>
        <translation>Toto nelze přidat na účet. Zkontrolujte cenu a množství.</translation>
    </message>
    <message>
        <source>Identify the customer first: scan their card or find them.</source>
        <translation>Nejdřív identifikujte zákazníka: naskenujte jeho kartu nebo ho vyhledejte.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Stornovat lze jen odeslaný nákup, který ještě nebyl stornován.</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>Vyplňte alespoň jedno pole.</translation>
    </message>
    <message>
        <source>This cannot be done now.</source>
        <translation>Toto teď nelze provést.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Vaše přihlášení vypršelo. Přihlaste se znovu.</translation>
    </message>
    <message>
        <source>This user may not do this. Ask a manager.</source>
        <translation>Tento uživatel na to nemá oprávnění. Požádejte vedoucího.</translation>
    </message>
    <message>
        <source>Not found in CareCloud. Check the number.</source>
        <translation>V CareCloud nenalezeno. Zkontrolujte číslo.</translation>
    </message>
    <message>
        <source>CareCloud is busy or failing. Wait a moment and try again; nothing was lost.</source>
        <translation>CareCloud je přetížený nebo nefunguje. Chvíli počkejte a zkuste to znovu; nic se neztratilo.</translation>
    </message>
    <message>
        <source>Cannot reach CareCloud. Check the network and try again; nothing was lost.</source>
        <translation>CareCloud není dostupný. Zkontrolujte síť a zkuste to znovu; nic se neztratilo.</translation>
    </message>
    <message>
        <source>CareCloud answered something unexpected. Try again; if it goes on, call support.</source>
        <translation>CareCloud odpověděl neočekávaně. Zkuste to znovu; pokud to trvá, volejte podporu.</translation>
    </message>
    <message>
        <source>CareCloud reported a problem. Try again.</source>
        <translation>CareCloud nahlásil problém. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Něco se pokazilo. Zkuste to znovu.</translation>
    </message>
</context>
<context>
    <name>GiftCard</name>
    <message>
        <source>Gift card %1: %2 left</source>
        <translation>Dárková karta %1: zbývá %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>platí do %1</translation>
    </message>
    <message>
        <source>It pays like money; it is not a discount.</source>
        <translation>Platí se jí jako penězi; není to sleva.</translation>
    </message>
</context>
<context>
    <name>GiftOverlay</name>
    <message>
        <source>Gift card</source>
        <translation>Dárková karta</translation>
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
        <translation>Stornovat tento nákup?</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Historie nákupů</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Proč se stornuje?</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Zboží vráceno</translation>
    </message>
    <message>
        <source>Wrong amount or items</source>
        <translation>Chybná částka nebo položky</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Zákazník si to rozmyslel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiný důvod</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Důvod storna</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Poznámka (nepovinná)</translation>
    </message>
    <message>
        <source>Kept on this till only, never sent to CareCloud</source>
        <translation>Zůstává jen na této pokladně, do CareCloud se nikdy neposílá</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personálu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ponechat</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Ano, stornovat nákup</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>CareCloud purchase</source>
        <translation>Nákup v CareCloud</translation>
    </message>
    <message>
        <source>This till&apos;s purchases</source>
        <translation>Nákupy této pokladny</translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation>Stornovat nákup</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Účtenka jako PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Vytisknout účtenku</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Zobrazit starší</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Připsat body: %1</translation>
    </message>
    <message>
        <source>For a sale made without the customer&apos;s card</source>
        <translation>Pro nákup provedený bez karty zákazníka</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>čeká na odeslání</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>odesláno</translation>
    </message>
    <message>
        <source>needs manual transfer</source>
        <translation>vyžaduje ruční přenos</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>vyřešeno</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>stornováno</translation>
    </message>
    <message>
        <source>without card</source>
        <translation>bez karty</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Účtenka je vytištěná.</translation>
    </message>
    <message>
        <source>The points of this purchase now belong to %1.</source>
        <translation>Body z tohoto nákupu teď patří: %1.</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>karta %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>zákazník %1</translation>
    </message>
    <message>
        <source>%1 paid at %2, %3. CareCloud gives the points, vouchers and credit back to the customer.</source>
        <translation>%1 zaplaceno %2, %3. CareCloud vrátí zákazníkovi body, poukazy a kredit.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Stornovat lze jen odeslaný nákup, který ještě nebyl stornován.</translation>
    </message>
    <message>
        <source>Cancellation saved; it is being sent to CareCloud.</source>
        <translation>Storno uloženo; odesílá se do CareCloud.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Zadejte PIN personálu.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Finish</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Spend my points</source>
        <translation>Utratit body</translation>
    </message>
    <message>
        <source>My points history</source>
        <translation>Historie mých bodů</translation>
    </message>
    <message>
        <source>Your vouchers: show the barcode at the till</source>
        <translation>Vaše poukazy: čárový kód ukažte u pokladny</translation>
    </message>
    <message>
        <source>Hide my card&apos;s barcode</source>
        <translation>Skrýt čárový kód mé karty</translation>
    </message>
    <message>
        <source>there</source>
        <translation>vítejte</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Dobrý den, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln bod</numerusform>
            <numerusform>%Ln body</numerusform>
            <numerusform>%Ln bodů</numerusform>
        </translation>
    </message>
    <message>
        <source>Show my card&apos;s barcode</source>
        <translation>Zobrazit čárový kód mé karty</translation>
    </message>
    <message>
        <source>No valid vouchers right now.</source>
        <translation>Teď nemáte žádné platné poukazy.</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who are you?</source>
        <translation>Kdo jste?</translation>
    </message>
    <message>
        <source>Scan your loyalty card, or the QR code in our mobile app, at the scanner below the screen.</source>
        <translation>Naskenujte věrnostní kartu nebo QR kód v naší mobilní aplikaci čtečkou pod obrazovkou.</translation>
    </message>
    <message>
        <source>No card? Use my phone number</source>
        <translation>Nemáte kartu? Použít telefonní číslo</translation>
    </message>
    <message>
        <source>Not a member yet? Join now</source>
        <translation>Ještě nejste členem? Přidejte se</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Need more time?</source>
        <translation>Potřebujete víc času?</translation>
    </message>
    <message>
        <source>This screen closes in %1 s to protect your account.</source>
        <translation>Obrazovka se kvůli ochraně vašeho účtu zavře za %1 s.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>Ano, potřebuji víc času</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>Ne, jsem hotov(a)</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear the field</source>
        <translation>Vymazat pole</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Smazat poslední číslici</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Out of order: this kiosk has no CareCloud user or password set. Staff: see the installation guide.</source>
        <translation>Mimo provoz: kiosek nemá nastaveného uživatele nebo heslo CareCloud. Personál: viz instalační příručka.</translation>
    </message>
    <message>
        <source>Out of order: the store %1 in the settings is not in this CareCloud project. Staff: check store_id.</source>
        <translation>Mimo provoz: prodejna %1 z nastavení v tomto projektu CareCloud není. Personál: zkontrolujte store_id.</translation>
    </message>
    <message>
        <source>Out of order for a moment: trying again shortly.</source>
        <translation>Na chvíli mimo provoz: za okamžik to zkusíme znovu.</translation>
    </message>
    <message>
        <source>That is your card: you are signed in.</source>
        <translation>To je vaše karta: už jste přihlášeni.</translation>
    </message>
    <message>
        <source>Scan your new card here, or finish joining first.</source>
        <translation>Novou kartu naskenujte tady, nebo nejdřív dokončete registraci.</translation>
    </message>
    <message>
        <source>This code is not a loyalty card. Scan your card or the QR code in our app.</source>
        <translation>Tento kód není věrnostní karta. Naskenujte kartu nebo QR kód v naší aplikaci.</translation>
    </message>
    <message>
        <source>We do not know this card. Ask at the counter.</source>
        <translation>Tuto kartu neznáme. Zeptejte se u pokladny.</translation>
    </message>
    <message>
        <source>This card cannot be used (blocked or expired). Ask at the counter.</source>
        <translation>Kartu nelze použít (je blokovaná nebo prošlá). Zeptejte se u pokladny.</translation>
    </message>
    <message>
        <source>This card has no member yet: ask at the counter to join.</source>
        <translation>Karta zatím nemá člena: o registraci požádejte u pokladny.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Show a new one from the app.</source>
        <translation>Tento QR kód už byl použit nebo vypršel. Ukažte nový z aplikace.</translation>
    </message>
    <message>
        <source>We could not identify you. Try again.</source>
        <translation>Nepodařilo se vás rozpoznat. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>First scan your loyalty card (or sign in with your phone), then scan the receipt.</source>
        <translation>Nejdřív naskenujte věrnostní kartu (nebo se přihlaste telefonem), potom účtenku.</translation>
    </message>
    <message>
        <source>The points of that purchase are yours now.</source>
        <translation>Body z tohoto nákupu teď patří vám.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they already belong to someone, or the sale was cancelled. Ask at the counter.</source>
        <translation>Body z této účtenky nelze získat: už někomu patří, nebo byl nákup stornován. Zeptejte se u pokladny.</translation>
    </message>
    <message>
        <source>Something went wrong; please start again.</source>
        <translation>Něco se pokazilo; začněte prosím znovu.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <source>Find customer</source>
        <translation>Najít zákazníka</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Nalezení zákazníci</translation>
    </message>
    <message>
        <source>Masked until one is picked</source>
        <translation>Skryto, dokud jednoho nevyberete</translation>
    </message>
    <message>
        <source>Assign card to this customer</source>
        <translation>Přiřadit kartu tomuto zákazníkovi</translation>
    </message>
    <message>
        <source>Use this customer</source>
        <translation>Vybrat tohoto zákazníka</translation>
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD.</source>
        <translation>Zadejte datum narození jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>Type both the first and the last name.</source>
        <translation>Zadejte jméno i příjmení.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>Nalezen %n zákazník</numerusform>
            <numerusform>Nalezeni %n zákazníci</numerusform>
            <numerusform>Nalezeno %n zákazníků</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <translation>Věrnostní kiosek</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Move this bill from %1 to %2?</source>
        <translation>Převést tento účet (nyní: %1) na: %2?</translation>
    </message>
    <message>
        <source>Discard this bill, new one for %1</source>
        <translation>Zahodit tento účet, nový pro: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O aplikaci</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Neodeslané nákupy</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Zobrazení</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásit</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Jazyk: %1</translation>
    </message>
    <message>
        <source>A bill is open. Start a new customer and discard it?</source>
        <translation>Účet je otevřený. Začít nového zákazníka a účet zahodit?</translation>
    </message>
    <message>
        <source>New customer, discard the bill</source>
        <translation>Nový zákazník, zahodit účet</translation>
    </message>
    <message>
        <source>Identify the customer first (scan their card), then scan the receipt.</source>
        <translation>Nejdřív identifikujte zákazníka (naskenujte jeho kartu), potom naskenujte účtenku.</translation>
    </message>
    <message>
        <source>Scan the new member&apos;s card here, or finish joining first.</source>
        <translation>Kartu nového člena naskenujte tady, nebo nejdřív dokončete registraci.</translation>
    </message>
    <message>
        <source>This code is not a card, a product or a voucher of this till.</source>
        <translation>Tento kód není karta, produkt ani poukaz této pokladny.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Ask the customer to show a new one.</source>
        <translation>Tento QR kód už byl použit nebo vypršel. Požádejte zákazníka, aby ukázal nový.</translation>
    </message>
    <message>
        <source>This card is already on this bill.</source>
        <translation>Tato karta už na účtu je.</translation>
    </message>
    <message>
        <source>This customer is already on this bill.</source>
        <translation>Tento zákazník už na účtu je.</translation>
    </message>
    <message>
        <source>Another customer&apos;s card</source>
        <translation>Karta jiného zákazníka</translation>
    </message>
    <message>
        <source>Move the bill to %1</source>
        <translation>Převést účet na jméno %1</translation>
    </message>
    <message>
        <source>Keep the bill with %1</source>
        <translation>Ponechat účet na jméno %1</translation>
    </message>
    <message>
        <source>No product, voucher or card has the code %1. Check it, or add the item by hand.</source>
        <translation>Kód %1 nepatří žádnému produktu, poukazu ani kartě. Zkontrolujte ho, nebo položku přidejte ručně.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they belong to someone already, or the sale was cancelled.</source>
        <translation>Body z této účtenky nelze připsat: už někomu patří, nebo byl nákup stornován.</translation>
    </message>
    <message>
        <source>The points of that purchase now belong to %1.</source>
        <translation>Body z tohoto nákupu teď patří: %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Účtenka</translation>
    </message>
    <message>
        <source>Give the points of that purchase to %1?</source>
        <translation>Připsat body z tohoto nákupu: %1?</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Připsat body: %1</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Teď ne</translation>
    </message>
    <message>
        <source>Loyalty kiosk · sandbox</source>
        <translation>Věrnostní kiosek · sandbox</translation>
    </message>
    <message>
        <source>The language of the screens</source>
        <translation>Jazyk obrazovek</translation>
    </message>
    <message>
        <source>High contrast, large text, about</source>
        <translation>Vysoký kontrast, velké písmo, o aplikaci</translation>
    </message>
    <message>
        <source>Ends this cashier&apos;s session; the next cashier signs in</source>
        <translation>Ukončí práci této pokladní; další se přihlásí</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Připojuji…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline: purchases are kept and sent later</source>
        <translation>● Offline: nákupy se uchovají a odešlou později</translation>
    </message>
    <message>
        <source>All purchases sent</source>
        <translation>Všechny nákupy odeslány</translation>
    </message>
    <message numerus="yes">
        <source>Unsent: %n purchase(s)</source>
        <translation>
            <numerusform>Neodesláno: %n nákup</numerusform>
            <numerusform>Neodesláno: %n nákupy</numerusform>
            <numerusform>Neodesláno: %n nákupů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n min</source>
        <translation>
            <numerusform>nejstarší %n min</numerusform>
            <numerusform>nejstarší %n min</numerusform>
            <numerusform>nejstarší %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) manual transfer</source>
        <translation>
            <numerusform>%n vyžaduje ruční přenos</numerusform>
            <numerusform>%n vyžadují ruční přenos</numerusform>
            <numerusform>%n vyžaduje ruční přenos</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ sending restarted after an error at %1</source>
        <translation>⚠ odesílání po chybě znovu spuštěno v %1</translation>
    </message>
    <message>
        <source>%1 · %2 · cash desk %3</source>
        <translation>%1 · %2 · pokladna %3</translation>
    </message>
    <message>
        <source>Sign in first, then scan.</source>
        <translation>Nejdřív se přihlaste, pak skenujte.</translation>
    </message>
    <message>
        <source>A bill is open. Sign out and discard it?</source>
        <translation>Účet je otevřený. Odhlásit se a zahodit ho?</translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation>Odhlásit a zahodit</translation>
    </message>
    <message>
        <source>Keep the bill</source>
        <translation>Ponechat účet</translation>
    </message>
    <message>
        <source>Loyalty kiosk %1
A CareCloud loyalty front-end.
PySide6 %2</source>
        <translation>Věrnostní kiosek %1
Věrnostní aplikace pro CareCloud.
PySide6 %2</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>At least %1.</source>
        <translation>Nejméně %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Nejvýše %1.</translation>
    </message>
    <message>
        <source>Whole numbers only.</source>
        <translation>Jen celá čísla.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Nejvýše %n desetinné místo.</numerusform>
            <numerusform>Nejvýše %n desetinná místa.</numerusform>
            <numerusform>Nejvýše %n desetinných míst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a number like %1.</source>
        <translation>Napište číslo jako %1.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete the last character</source>
        <translation>Smazat poslední znak</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Potvrdit</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Velká písmena</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mezera</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Diakritika</translation>
    </message>
    <message>
        <source>Caps lock on</source>
        <translation>Trvale velká písmena zapnuta</translation>
    </message>
    <message>
        <source>Caps lock off</source>
        <translation>Trvale velká písmena vypnuta</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <source>Validate phone</source>
        <translation>Ověřit telefon</translation>
    </message>
    <message>
        <source>Phone number, e.g. 420601111222</source>
        <translation>Telefonní číslo, např. 420601111222</translation>
    </message>
    <message>
        <source>Phone number to send the code to</source>
        <translation>Telefonní číslo, kam poslat kód</translation>
    </message>
    <message>
        <source>Where to send the code</source>
        <translation>Kam poslat kód</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Kód ze zprávy</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Ověřit kód</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>SMS to the phone on file (%1)</source>
        <translation>SMS na uložený telefon (%1)</translation>
    </message>
    <message>
        <source>SMS to another number</source>
        <translation>SMS na jiné číslo</translation>
    </message>
    <message>
        <source>E-mail to the address on file (%1)</source>
        <translation>E-mail na uloženou adresu (%1)</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Znovu odeslat za %1 s</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Odeslat znovu</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Odeslat kód</translation>
    </message>
    <message>
        <source>Type the phone number with its country code, e.g. 420601111222.</source>
        <translation>Zadejte telefonní číslo s předvolbou země, např. 420601111222.</translation>
    </message>
    <message>
        <source>Code sent. Ask the customer to read it out and type it below. It is valid for one hour.</source>
        <translation>Kód odeslán. Požádejte zákazníka, aby ho přečetl, a zadejte ho níže. Platí jednu hodinu.</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Zadejte kód ze zprávy.</translation>
    </message>
    <message>
        <source>This code request is unknown. Send a new code.</source>
        <translation>Tuto žádost o kód neznáme. Pošlete nový kód.</translation>
    </message>
    <message>
        <source>The code is wrong. Check it with the customer and type it again, or send a new code.</source>
        <translation>Kód je chybný. Ověřte ho se zákazníkem a zadejte znovu, nebo pošlete nový kód.</translation>
    </message>
    <message>
        <source>Phone validated.</source>
        <translation>Telefon ověřen.</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Your phone number</source>
        <translation>Vaše telefonní číslo</translation>
    </message>
    <message>
        <source>Type the code we sent to your phone.</source>
        <translation>Zadejte kód, který jsme poslali na váš telefon.</translation>
    </message>
    <message>
        <source>Type your phone number with the country code; we send a code to the phone your account has.</source>
        <translation>Zadejte telefonní číslo s předvolbou země; kód pošleme na telefon uvedený ve vašem účtu.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonní číslo</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Kód ze zprávy SMS</translation>
    </message>
    <message>
        <source>e.g. 420601111222</source>
        <translation>např. 420601111222</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Poslat kód</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potvrdit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>We could not find one account with this number. Check it, or scan your card, or ask at the counter.</source>
        <translation>K tomuto číslu jsme nenašli jeden účet. Zkontrolujte ho, naskenujte kartu, nebo se zeptejte u pokladny.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again, or go back and ask for a new one.</source>
        <translation>Kód není správný nebo vypršel. Zadejte ho znovu, nebo se vraťte a nechte si poslat nový.</translation>
    </message>
</context>
<context>
    <name>PointsScreen</name>
    <message>
        <source>Points history</source>
        <translation>Historie bodů</translation>
    </message>
    <message>
        <source>Point movements, newest first</source>
        <translation>Pohyby bodů, nejnovější nahoře</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Zobrazit starší</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>%1 points expire on %2.</source>
        <translation>%1 bodů vyprší %2.</translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation>Žádné body brzy nevyprší.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printing needs %1: install kiosk-app[printer].</source>
        <translation>Tisk potřebuje %1: nainstalujte kiosk-app[printer].</translation>
    </message>
    <message>
        <source>Cannot reach the receipt printer %1 (%2). Check that it is on and connected.</source>
        <translation>Tiskárna účtenek %1 není dostupná (%2). Zkontrolujte, že je zapnutá a připojená.</translation>
    </message>
    <message>
        <source>The receipt printer %1 did not take the receipt (%2). Check it and print again.</source>
        <translation>Tiskárna účtenek %1 účtenku nepřevzala (%2). Zkontrolujte ji a tiskněte znovu.</translation>
    </message>
    <message>
        <source>The printer setting %1 cannot be used: %2.</source>
        <translation>Nastavení tiskárny %1 nelze použít: %2.</translation>
    </message>
    <message>
        <source>The system has no printer named %1. Check the printer setting and the system&apos;s printers.</source>
        <translation>Systém nemá tiskárnu s názvem %1. Zkontrolujte nastavení tiskárny a tiskárny systému.</translation>
    </message>
    <message>
        <source>The system has no default printer. Set one, or name a printer in the printer setting.</source>
        <translation>Systém nemá výchozí tiskárnu. Nastavte ji, nebo uveďte tiskárnu v nastavení tiskárny.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check it and print again.</source>
        <translation>Tiskárna %1 účtenku nepřijala. Zkontrolujte ji a tiskněte znovu.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash desk %1</source>
        <translation>Pokladna %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Points spent: %1</source>
        <translation>Utraceno bodů: %1</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Použitý kredit</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karta %1</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Získané body: %1</translation>
    </message>
    <message>
        <source>Points balance: %1</source>
        <translation>Stav bodů: %1</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Prodáno bez věrnostních výhod (CareCloud nebyl dostupný).</translation>
    </message>
    <message>
        <source>CareCloud purchase %1</source>
        <translation>Nákup v CareCloud %1</translation>
    </message>
    <message>
        <source>Saved at this till; it will be delivered to CareCloud.</source>
        <translation>Uloženo na této pokladně; bude doručeno do CareCloud.</translation>
    </message>
    <message>
        <source>Your vouchers for next time:</source>
        <translation>Vaše poukazy na příště:</translation>
    </message>
    <message>
        <source>Forgot your card? Scan this at the kiosk or show it at the till to get the points.</source>
        <translation>Zapomněli jste kartu? Naskenujte tento kód na kiosku nebo ho ukažte u pokladny a body získáte.</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>Účet %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Účtenka</translation>
    </message>
    <message>
        <source>Cannot write the receipt: %1</source>
        <translation>Účtenku nelze uložit: %1</translation>
    </message>
    <message>
        <source>Receipt saved as %1</source>
        <translation>Účtenka uložena jako %1</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln bod</numerusform>
            <numerusform>%Ln body</numerusform>
            <numerusform>%Ln bodů</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>zdarma</translation>
    </message>
    <message>
        <source>up to %1×</source>
        <translation>až %1×</translation>
    </message>
    <message>
        <source>not applicable now</source>
        <translation>teď nelze použít</translation>
    </message>
    <message>
        <source>Applied %1×</source>
        <translation>Použito %1×</translation>
    </message>
    <message>
        <source>Apply once less: %1</source>
        <translation>Použít o jednou méně: %1</translation>
    </message>
    <message>
        <source>Apply once more: %1</source>
        <translation>Použít ještě jednou: %1</translation>
    </message>
</context>
<context>
    <name>RewardsScreen</name>
    <message>
        <source>Rewards</source>
        <translation>Odměny</translation>
    </message>
    <message>
        <source>Voucher code (type or scan)</source>
        <translation>Kód poukazu (zadejte nebo naskenujte)</translation>
    </message>
    <message>
        <source>Add voucher</source>
        <translation>Přidat poukaz</translation>
    </message>
    <message>
        <source>Remove voucher</source>
        <translation>Odebrat poukaz</translation>
    </message>
    <message>
        <source>Back to bill</source>
        <translation>Zpět na účet</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Uzavřít účet</translation>
    </message>
    <message>
        <source>Show all rewards</source>
        <translation>Zobrazit všechny odměny</translation>
    </message>
    <message>
        <source>Also those that cannot apply to this bill now</source>
        <translation>I ty, které teď na tento účet nelze použít</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Kód poukazu</translation>
    </message>
    <message>
        <source>Vouchers on the bill</source>
        <translation>Poukazy na účtu</translation>
    </message>
    <message>
        <source>Tap a reward to apply it; − and + change how many times.</source>
        <translation>Klepnutím odměnu použijete; − a + mění, kolikrát.</translation>
    </message>
    <message>
        <source>No reward applies to this bill now.</source>
        <translation>Na tento účet teď nelze použít žádnou odměnu.</translation>
    </message>
    <message>
        <source>Looking up the rewards for this bill…</source>
        <translation>Hledám odměny pro tento účet…</translation>
    </message>
    <message>
        <source>Type or scan the voucher code.</source>
        <translation>Zadejte nebo naskenujte kód poukazu.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill.</source>
        <translation>Tento poukaz už na účtu je.</translation>
    </message>
    <message>
        <source>Voucher %1 is not known. Check the code.</source>
        <translation>Poukaz %1 není známý. Zkontrolujte kód.</translation>
    </message>
    <message>
        <source>Voucher %1 has expired and cannot be used.</source>
        <translation>Poukaz %1 vypršel a nelze ho použít.</translation>
    </message>
    <message>
        <source>Voucher %1 is not valid yet.</source>
        <translation>Poukaz %1 ještě neplatí.</translation>
    </message>
    <message>
        <source>Voucher %1 has already been used.</source>
        <translation>Poukaz %1 už byl použit.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to another customer.</source>
        <translation>Poukaz %1 patří jinému zákazníkovi.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to a customer: identify them first (scan their card).</source>
        <translation>Poukaz %1 patří zákazníkovi: nejdřív ho identifikujte (naskenujte jeho kartu).</translation>
    </message>
    <message>
        <source>Voucher %1 is on the bill.</source>
        <translation>Poukaz %1 je na účtu.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Working…</source>
        <translation>Pracuji…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>That scan was too long to be a code (%n characters); nothing was entered. Scan again.</source>
        <translation>
            <numerusform>Naskenovaný údaj je na kód příliš dlouhý (%n znak); nic nebylo zadáno. Naskenujte znovu.</numerusform>
            <numerusform>Naskenovaný údaj je na kód příliš dlouhý (%n znaky); nic nebylo zadáno. Naskenujte znovu.</numerusform>
            <numerusform>Naskenovaný údaj je na kód příliš dlouhý (%n znaků); nic nebylo zadáno. Naskenujte znovu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Neočekávaná chyba</translation>
    </message>
    <message>
        <source>Something unexpected happened. The current step was stopped; nothing was sent twice. Try again, and tell support if it happens again.

%1</source>
        <translation>Stalo se něco neočekávaného. Aktuální krok byl zastaven; nic nebylo odesláno dvakrát. Zkuste to znovu, a pokud se to zopakuje, informujte podporu.

%1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>CareCloud user</source>
        <translation>Uživatel CareCloud</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Prodejna</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Pokladna</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Začít prodávat</translation>
    </message>
    <message>
        <source>Your own CareCloud password; it is never stored.</source>
        <translation>Vaše vlastní heslo do CareCloud; nikdy se neukládá.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>O jednu méně</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>O jednu víc</translation>
    </message>
    <message>
        <source>Demo sandbox: sign in as %1 / %2</source>
        <translation>Ukázkový sandbox: přihlaste se jako %1 / %2</translation>
    </message>
    <message>
        <source>Type your CareCloud user name and password.</source>
        <translation>Zadejte své uživatelské jméno a heslo CareCloud.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff functions</source>
        <translation>Funkce pro personál</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personálu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odemknout</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Historie nákupů</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Neodeslané nákupy</translation>
    </message>
    <message>
        <source>Close the kiosk app</source>
        <translation>Zavřít aplikaci kiosku</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Zamknout a odejít</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk: run kiosk-app staff-pin and put the line it prints in the settings.</source>
        <translation>Kiosek nemá nastavený PIN personálu: spusťte kiosk-app staff-pin a vypsaný řádek vložte do nastavení.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Příliš mnoho chybných PINů. Zkuste to znovu za %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Chybný PIN.</translation>
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
        <translation>ještě %1 bodů do statusu %2</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <source>Unsent purchases</source>
        <translation>Neodeslané nákupy</translation>
    </message>
    <message>
        <source>Purchases are sent automatically. Those CareCloud refused or that failed five times wait here for you.</source>
        <translation>Nákupy se odesílají automaticky. Ty, které CareCloud odmítl nebo které pětkrát selhaly, tu čekají na vás.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Poslední chyba</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Znovu odeslat vybrané</translation>
    </message>
    <message>
        <source>Resend all</source>
        <translation>Znovu odeslat vše</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportovat vybrané…</translation>
    </message>
    <message>
        <source>Note, e.g. entered in CareCloud by hand</source>
        <translation>Poznámka, např. zadáno do CareCloud ručně</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Jak to bylo vyřešeno</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Označit jako vyřešené</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>čeká</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>čeká na vás</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>storno</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Uloženo jako %1</translation>
    </message>
    <message>
        <source>Export purchases</source>
        <translation>Export nákupů</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Soubor nelze zapsat: %1</translation>
    </message>
    <message>
        <source>Write a note saying how it was resolved.</source>
        <translation>Napište poznámku, jak to bylo vyřešeno.</translation>
    </message>
    <message>
        <source>Only purchases that need you can be marked resolved.</source>
        <translation>Jako vyřešené lze označit jen nákupy, které čekají na vás.</translation>
    </message>
</context>
</TS>
