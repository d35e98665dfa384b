<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to our loyalty club</source>
        <translation>Vitajte v našom vernostnom klube</translation>
    </message>
    <message>
        <source>See your points and vouchers, and spend points on rewards. Scan your loyalty card or the QR code in our app, or touch the screen to start.</source>
        <translation>Pozrite si svoje body a poukazy a vymeňte body za odmeny. Naskenujte vernostnú kartu alebo QR kód v našej aplikácii, alebo začnite dotykom obrazovky.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Začnite dotykom</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začať</translation>
    </message>
    <message>
        <source>Staff functions</source>
        <translation>Funkcie pre personál</translation>
    </message>
</context>
<context>
    <name>BarcodeLabel</name>
    <message>
        <source>Barcode of voucher %1</source>
        <translation>Čiarový kód poukazu %1</translation>
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
        <translation>Naskenujte alebo zadajte kód PLU</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridať</translation>
    </message>
    <message>
        <source>Products (tap to add)</source>
        <translation>Produkty (ťuknutím pridáte)</translation>
    </message>
    <message>
        <source>Search products by name</source>
        <translation>Hľadať produkty podľa názvu</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Názov položky</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množstvo</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>DPH %1 %</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Pridať položku</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Odmeny</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Uzavrieť účet</translation>
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
        <translation>Žiadny názov produktu nezačína na %1.</translation>
    </message>
    <message>
        <source>That many cannot be on one bill.</source>
        <translation>Toľko kusov na jeden účet nie je možné.</translation>
    </message>
    <message>
        <source>Type the item&apos;s name.</source>
        <translation>Napíšte názov položky.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Cena: %1</translation>
    </message>
    <message>
        <source>type the price.</source>
        <translation>napíšte cenu.</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Množstvo: %1</translation>
    </message>
    <message>
        <source>type the quantity.</source>
        <translation>napíšte množstvo.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Add the PLU code</source>
        <translation>Pridať kód PLU</translation>
    </message>
    <message>
        <source>Item by hand…</source>
        <translation>Položka ručne…</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Sadzba DPH</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Odobrať vybranú položku</translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation>O jeden kus vybranej položky viac</translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation>O jeden kus vybranej položky menej</translation>
    </message>
    <message>
        <source>Items on the bill</source>
        <translation>Položky účtu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Spolu: %1</translation>
    </message>
    <message>
        <source>No product with PLU %1 in this store&apos;s currency. Add it by hand.</source>
        <translation>Produkt s PLU %1 v mene tejto predajne neexistuje. Pridajte ho ručne.</translation>
    </message>
</context>
<context>
    <name>CardScanScreen</name>
    <message>
        <source>This card is not known. Check the number or find the customer.</source>
        <translation>Túto kartu nepoznáme. Skontrolujte číslo alebo vyhľadajte zákazníka.</translation>
    </message>
    <message>
        <source>This card is blocked. Ask for another card or find the customer.</source>
        <translation>Karta je zablokovaná. Požiadajte o inú kartu alebo vyhľadajte zákazníka.</translation>
    </message>
    <message>
        <source>This card has expired. Ask for another card or find the customer.</source>
        <translation>Platnosť karty vypršala. Požiadajte o inú kartu alebo vyhľadajte zákazníka.</translation>
    </message>
    <message>
        <source>This card is not valid yet. Ask for another card or find the customer.</source>
        <translation>Karta ešte nie je platná. Požiadajte o inú kartu alebo vyhľadajte zákazníka.</translation>
    </message>
    <message>
        <source>This card has no customer yet. Find the customer to assign it.</source>
        <translation>Karta zatiaľ nemá zákazníka. Vyhľadajte zákazníka a priraďte mu ju.</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Vernostná karta</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s card or type its number.</source>
        <translation>Naskenujte kartu zákazníka alebo zadajte jej číslo.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Číslo karty</translation>
    </message>
    <message>
        <source>Check card</source>
        <translation>Overiť kartu</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Nájsť zákazníka</translation>
    </message>
    <message>
        <source>Continue without card</source>
        <translation>Pokračovať bez karty</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nový člen</translation>
    </message>
    <message>
        <source>Assign this card to a customer</source>
        <translation>Priradiť kartu zákazníkovi</translation>
    </message>
    <message>
        <source>Sell with this card unchecked</source>
        <translation>Predať s touto kartou bez overenia</translation>
    </message>
    <message>
        <source>Type the card number: digits only, at least 6.</source>
        <translation>Zadajte číslo karty: len číslice, aspoň 6.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Rewards for points</source>
        <translation>Odmeny za body</translation>
    </message>
    <message>
        <source>No, back to the rewards</source>
        <translation>Nie, späť na odmeny</translation>
    </message>
    <message>
        <source>To protect your points we sent a code to the phone in your account. Type it here.</source>
        <translation>Na ochranu vašich bodov sme poslali kód na telefón uvedený vo vašom účte. Zadajte ho sem.</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Kód zo správy SMS</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potvrdiť</translation>
    </message>
    <message>
        <source>Use it on this bill</source>
        <translation>Použiť na tento účet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>No rewards to buy with points right now.</source>
        <translation>Teraz nie sú žiadne odmeny za body.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln bod</numerusform>
            <numerusform>%Ln body</numerusform>
            <numerusform>%Ln bodov</numerusform>
        </translation>
    </message>
    <message>
        <source>Get it</source>
        <translation>Chcem ju</translation>
    </message>
    <message>
        <source>%1 more points needed</source>
        <translation>chýba %1 bodov</translation>
    </message>
    <message>
        <source>Get %1 for %2 points</source>
        <translation>Získať %1 za %2 bodov</translation>
    </message>
    <message>
        <source>Spend %1 points on %2?</source>
        <translation>Minúť %1 bodov na %2?</translation>
    </message>
    <message>
        <source>Yes, spend %1 points</source>
        <translation>Áno, minúť %1 bodov</translation>
    </message>
    <message>
        <source>Your account has no phone to confirm with: please ask at the counter.</source>
        <translation>Váš účet nemá telefón na potvrdenie: opýtajte sa prosím pri pokladnici.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again.</source>
        <translation>Kód nie je správny alebo vypršal. Zadajte ho znova.</translation>
    </message>
    <message>
        <source>Your new voucher is ready. Show the barcode at the till.</source>
        <translation>Váš nový poukaz je pripravený. Čiarový kód ukážte pri pokladnici.</translation>
    </message>
</context>
<context>
    <name>ClosureScreen</name>
    <message>
        <source>Close bill</source>
        <translation>Uzavrieť účet</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Typ platby</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Body na uplatnenie</translation>
    </message>
    <message>
        <source>Credit to use</source>
        <translation>Použitý kredit</translation>
    </message>
    <message>
        <source>Standard with whole-bill discounts (A)</source>
        <translation>Štandard so zľavami na celý účet (A)</translation>
    </message>
    <message>
        <source>Standard, item discounts only (S)</source>
        <translation>Štandard, len zľavy na položky (S)</translation>
    </message>
    <message>
        <source>Pay with credit (C)</source>
        <translation>Platba kreditom (C)</translation>
    </message>
    <message>
        <source>Discounts, no points collected (D)</source>
        <translation>Zľavy, bez pripísania bodov (D)</translation>
    </message>
    <message>
        <source>Review with the customer</source>
        <translation>Skontrolujte so zákazníkom</translation>
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
        <translation>(%1 za odmeny, %2 na platbu %3)</translation>
    </message>
    <message>
        <source>(pay %1)</source>
        <translation>(platia %1)</translation>
    </message>
    <message>
        <source>(for rewards)</source>
        <translation>(za odmeny)</translation>
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
        <translation>BEZ VERNOSTNÝCH VÝHOD: CareCloud nie je dostupný. Žiadne poukazy, odmeny, body ani kredit; body sa pripíšu, keď nákup dorazí.</translation>
    </message>
    <message>
        <source>Messages for the cashier</source>
        <translation>Správy pre pokladníka</translation>
    </message>
    <message>
        <source>CareCloud cannot be reached, so there is no price with loyalty benefits. Retry, or sell without loyalty benefits: no vouchers, rewards, points or credit are used, and the customer&apos;s points are added when the sale reaches CareCloud.</source>
        <translation>CareCloud nie je dostupný, preto nie je cena s vernostnými výhodami. Skúste to znova, alebo predajte bez vernostných výhod: nepoužijú sa poukazy, odmeny, body ani kredit a body zákazníka sa pripíšu, keď nákup dorazí do CareCloud.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Sell without loyalty benefits</source>
        <translation>Predať bez vernostných výhod</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Potvrdiť platbu</translation>
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
        <translation>Účet je prázdny. Najprv pridajte položky.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Počítam…</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Zľavy: −%1</translation>
    </message>
    <message>
        <source>Credit used: %1</source>
        <translation>Použitý kredit: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Na zaplatenie: %1</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Required to join</source>
        <translation>Potrebné na členstvo</translation>
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
        <translation>Platné poukážky</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Validate phone</source>
        <translation>Overiť telefón</translation>
    </message>
    <message>
        <source>Vouchers and cards</source>
        <translation>Poukazy a karty</translation>
    </message>
    <message>
        <source>Rewards for points</source>
        <translation>Odmeny za body</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>História bodov</translation>
    </message>
    <message>
        <source>Card barcode</source>
        <translation>Čiarový kód karty</translation>
    </message>
    <message>
        <source>Card %1 (not checked)</source>
        <translation>Karta %1 (neoverená)</translation>
    </message>
    <message>
        <source>The customer&apos;s language:</source>
        <translation>Jazyk zákazníka:</translation>
    </message>
    <message>
        <source>Switch to the customer&apos;s language: %1</source>
        <translation>Prepnúť do jazyka zákazníka: %1</translation>
    </message>
    <message>
        <source>CareCloud was out of reach: points are added when the sale is delivered.</source>
        <translation>CareCloud nebol dostupný: body sa pripíšu, keď nákup dorazí.</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>Phone validated ✓</source>
        <translation>Telefón overený ✓</translation>
    </message>
    <message>
        <source>Phone not validated</source>
        <translation>Telefón neoverený</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žiadne</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktívna</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blokovaná</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Zobraziť ešte %n</numerusform>
            <numerusform>Zobraziť ešte %n</numerusform>
            <numerusform>Zobraziť ešte %n</numerusform>
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
        <translation>Čiarový kód: %1</translation>
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
        <translation>Veľké písmo</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>O aplikácii</translation>
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
        <translation>Ďakujeme! Nákup je zaznamenaný.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Účtenka ako PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Vytlačiť bloček</translation>
    </message>
    <message>
        <source>QR code to claim the points of this purchase later</source>
        <translation>QR kód na neskoršie pripísanie bodov za tento nákup</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Zaplatené: %1</translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation>Nákup: %1</translation>
    </message>
    <message>
        <source>Saved on this till; it will be sent to CareCloud automatically.</source>
        <translation>Uložené v tejto pokladnici; do CareCloud sa odošle automaticky.</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Predané bez vernostných výhod (CareCloud nebol dostupný).</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Položky: %1</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Zľavy: −%1</translation>
    </message>
    <message>
        <source>Points spent: %1 (worth %2)</source>
        <translation>Minuté body: %1 (v hodnote %2)</translation>
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
        <translation>Nový zostatok: %1 bodov</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Bloček je vytlačený.</translation>
    </message>
</context>
<context>
    <name>EnrolScreen</name>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Staňte sa členom vernostného programu</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>Type your name and your phone number or e-mail. We send a code to it to check it is yours.</source>
        <translation>Zadajte svoje meno a telefón alebo e-mail. Pošleme naň kód, aby sme overili, že je váš.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name and phone number or e-mail. A code goes to it to check it is theirs.</source>
        <translation>Zadajte meno zákazníka a jeho telefón alebo e-mail. Príde naň kód, ktorý overí, že patrí jemu.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Phone with country code, or e-mail</source>
        <translation>Telefón s predvoľbou krajiny alebo e-mail</translation>
    </message>
    <message>
        <source>e.g. 420601111222 or name@example.com</source>
        <translation>napr. 420601111222 alebo meno@example.com</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Kód zo správy</translation>
    </message>
    <message>
        <source>Tick what you agree to. Only the consents marked as required are needed to join; nothing is ticked for you.</source>
        <translation>Zaškrtnite, s čím súhlasíte. Na členstvo sú potrebné len súhlasy označené ako potrebné; nič nie je zaškrtnuté vopred.</translation>
    </message>
    <message>
        <source>Scan your loyalty card now, or get a virtual card: its number is then on your account.</source>
        <translation>Teraz naskenujte svoju vernostnú kartu alebo si vezmite virtuálnu kartu: jej číslo potom nájdete vo svojom účte.</translation>
    </message>
    <message>
        <source>Scan a new loyalty card or type its number, or give the customer a virtual card.</source>
        <translation>Naskenujte novú vernostnú kartu alebo zadajte jej číslo, alebo dajte zákazníkovi virtuálnu kartu.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Číslo karty</translation>
    </message>
    <message>
        <source>Use this card</source>
        <translation>Použiť túto kartu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Poslať kód</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Potvrdiť kód</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Stať sa členom</translation>
    </message>
    <message>
        <source>Get a virtual card</source>
        <translation>Chcem virtuálnu kartu</translation>
    </message>
    <message>
        <source>We sent a code by e-mail to %1. Type it here.</source>
        <translation>Poslali sme kód e-mailom na %1. Zadajte ho sem.</translation>
    </message>
    <message>
        <source>We sent a code by text message to %1. Type it here.</source>
        <translation>Poslali sme kód SMS správou na %1. Zadajte ho sem.</translation>
    </message>
    <message>
        <source>Welcome, %1! You are a member now.</source>
        <translation>Vitajte, %1! Teraz ste členom.</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Znova poslať o %1 s</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Poslať nový kód</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Zadajte kód zo správy.</translation>
    </message>
    <message>
        <source>Type or scan the card&apos;s number.</source>
        <translation>Zadajte alebo naskenujte číslo karty.</translation>
    </message>
    <message>
        <source>Card %1 is on the account.</source>
        <translation>Karta %1 je v účte.</translation>
    </message>
    <message>
        <source>Type the first and the last name.</source>
        <translation>Zadajte meno a priezvisko.</translation>
    </message>
    <message>
        <source>A name cannot contain &lt; or &gt;. Type it again.</source>
        <translation>Meno nesmie obsahovať &lt; ani &gt;. Zadajte ho znova.</translation>
    </message>
    <message>
        <source>Type a phone number with its country code (e.g. 420601111222) or an e-mail address.</source>
        <translation>Zadajte telefónne číslo s predvoľbou krajiny (napr. 420601111222) alebo e-mailovú adresu.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account. Scan your card, or go back and sign in with your phone.</source>
        <translation>K tomuto telefónu alebo e-mailu už účet existuje. Naskenujte svoju kartu alebo sa vráťte a prihláste sa telefónom.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account: scan the customer&apos;s card or look them up.</source>
        <translation>K tomuto telefónu alebo e-mailu už účet existuje: naskenujte kartu zákazníka alebo ho vyhľadajte.</translation>
    </message>
    <message>
        <source>That code is not right. Check it and type it again, or send a new code.</source>
        <translation>Kód nesúhlasí. Skontrolujte ho a zadajte znova alebo pošlite nový kód.</translation>
    </message>
    <message>
        <source>This code has expired or was used already. Send a new code.</source>
        <translation>Platnosť kódu uplynula alebo už bol použitý. Pošlite nový kód.</translation>
    </message>
    <message>
        <source>Confirm the phone number or e-mail with the code first.</source>
        <translation>Najprv potvrďte telefón alebo e-mail kódom.</translation>
    </message>
    <message>
        <source>Tick the consents marked as required to join.</source>
        <translation>Na členstvo zaškrtnite súhlasy označené ako potrebné.</translation>
    </message>
    <message>
        <source>We do not know this card. Scan another card or get a virtual card.</source>
        <translation>Túto kartu nepoznáme. Naskenujte inú kartu alebo si vezmite virtuálnu.</translation>
    </message>
    <message>
        <source>This card cannot be used: it belongs to someone, is blocked or has expired. Scan another card or get a virtual card.</source>
        <translation>Túto kartu nemožno použiť: patrí niekomu inému, je zablokovaná alebo neplatná. Naskenujte inú kartu alebo si vezmite virtuálnu.</translation>
    </message>
    <message>
        <source>The account already has a card of this kind.</source>
        <translation>Účet už kartu tohto druhu má.</translation>
    </message>
    <message>
        <source>No virtual card is available now. Scan a physical card instead.</source>
        <translation>Virtuálna karta teraz nie je k dispozícii. Naskenujte namiesto nej fyzickú kartu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This card is blocked. Ask the customer for another card or look them up.</source>
        <translation>Karta je zablokovaná. Požiadajte zákazníka o inú kartu alebo ho vyhľadajte.</translation>
    </message>
    <message>
        <source>This voucher has expired. Remove it from the bill.</source>
        <translation>Platnosť poukážky vypršala. Odoberte ju z účtu.</translation>
    </message>
    <message>
        <source>This voucher has already been used. Remove it from the bill.</source>
        <translation>Poukážka už bola použitá. Odoberte ju z účtu.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill. Apply it only once.</source>
        <translation>Poukážka už na účte je. Uplatnite ju len raz.</translation>
    </message>
    <message>
        <source>The customer does not have enough points for this reward. Remove it.</source>
        <translation>Zákazník nemá na túto odmenu dosť bodov. Odoberte ju.</translation>
    </message>
    <message>
        <source>The bill is too small for this reward. Add items or remove the reward.</source>
        <translation>Účet je na túto odmenu príliš malý. Pridajte položky alebo odmenu odoberte.</translation>
    </message>
    <message>
        <source>The customer does not have that many points. Lower the points to redeem.</source>
        <translation>Zákazník toľko bodov nemá. Znížte počet bodov na uplatnenie.</translation>
    </message>
    <message>
        <source>This customer cannot pay with points. Set the points to redeem to 0.</source>
        <translation>Tento zákazník nemôže platiť bodmi. Nastavte body na uplatnenie na 0.</translation>
    </message>
    <message>
        <source>An item&apos;s paid amount is higher than its price. Correct the item.</source>
        <translation>Zaplatená suma položky je vyššia ako jej cena. Opravte položku.</translation>
    </message>
    <message>
        <source>This was already recorded. Nothing more to do.</source>
        <translation>Toto už bolo zaznamenané. Netreba nič robiť.</translation>
    </message>
    <message>
        <source>This card already belongs to another customer. Use another card.</source>
        <translation>Karta už patrí inému zákazníkovi. Použite inú kartu.</translation>
    </message>
    <message>
        <source>Not found. Check the number or code and try again.</source>
        <translation>Nenájdené. Skontrolujte číslo alebo kód a skúste to znova.</translation>
    </message>
    <message>
        <source>Something required is missing. Fill it in.</source>
        <translation>Chýba povinný údaj. Doplňte ho.</translation>
    </message>
    <message>
        <source>Something required is empty. Fill it in.</source>
        <translation>Povinný údaj je prázdny. Vyplňte ho.</translation>
    </message>
    <message>
        <source>A value has the wrong format. Check what you typed.</source>
        <translation>Hodnota má chybný formát. Skontrolujte, čo ste zadali.</translation>
    </message>
    <message>
        <source>This value is not allowed here. Check what you entered.</source>
        <translation>Táto hodnota tu nie je povolená. Skontrolujte, čo ste zadali.</translation>
    </message>
    <message>
        <source>This belongs to another customer. Check the customer.</source>
        <translation>Toto patrí inému zákazníkovi. Skontrolujte zákazníka.</translation>
    </message>
    <message>
        <source>This record was deleted. Use another one.</source>
        <translation>Záznam bol zmazaný. Použite iný.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new code.</source>
        <translation>Platnosť kódu vypršala. Pošlite nový kód.</translation>
    </message>
    <message>
        <source>This code was already used. Send a new code.</source>
        <translation>Kód už bol použitý. Pošlite nový kód.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Type them again.</source>
        <translation>Nesprávne používateľské meno alebo heslo. Zadajte ich znova.</translation>
    </message>
    <message>
        <source>This till is not registered in CareCloud. Ask support to check the setup.</source>
        <translation>Táto pokladnica nie je v CareCloud zaregistrovaná. Požiadajte podporu o kontrolu nastavenia.</translation>
    </message>
    <message>
        <source>This card is not valid now. Ask for another card or look the customer up.</source>
        <translation>Karta teraz nie je platná. Požiadajte o inú kartu alebo vyhľadajte zákazníka.</translation>
    </message>
    <message>
        <source>This card is not known. Check the number or look the customer up.</source>
        <translation>Túto kartu nepoznáme. Skontrolujte číslo alebo vyhľadajte zákazníka.</translation>
    </message>
    <message>
        <source>Unknown reward or voucher code. Check the code.</source>
        <translation>Neznámy kód odmeny alebo poukážky. Skontrolujte kód.</translation>
    </message>
    <message>
        <source>This reward cannot be applied to this bill (or not that many times).</source>
        <translation>Túto odmenu nemožno na účet uplatniť (alebo nie toľkokrát).</translation>
    </message>
    <message>
        <source>This payment type does not allow whole-bill discounts. Choose another type.</source>
        <translation>Tento typ platby nepovoľuje zľavy na celý účet. Zvoľte iný typ.</translation>
    </message>
    <message>
        <source>That is not a valid phone number or e-mail. Check it.</source>
        <translation>Toto nie je platné telefónne číslo ani e-mail. Skontrolujte ho.</translation>
    </message>
    <message>
        <source>CareCloud refused this. Check the input and try again.</source>
        <translation>CareCloud toto odmietol. Skontrolujte zadanie a skúste to znova.</translation>
    </message>
    <message>
        <source>These points are being used at another till or kiosk. Use fewer points, or wait until that sale is done.</source>
        <translation>Tieto body sa práve používajú na inej pokladnici alebo kiosku. Použite menej bodov, alebo počkajte, kým bude ten nákup hotový.</translation>
    </message>
    <message>
        <source>CareCloud&apos;s price for this bill does not add up, so it is not used. Retry, or sell without loyalty benefits and tell support.</source>
        <translation>Cena od CareCloud pre tento účet nedáva zmysel, preto sa nepoužije. Skúste to znova, alebo predajte bez vernostných výhod a dajte vedieť podpore.</translation>
    </message>
    <message>
        <source>The CareCloud project lacks stores, currencies or purchase types this till needs. Ask support to set it up.</source>
        <translation>V projekte CareCloud chýbajú predajne, meny alebo typy nákupov, ktoré pokladnica potrebuje. Požiadajte podporu o nastavenie.</translation>
    </message>
    <message>
        <source>This sale is already confirmed. Start a new customer.</source>
        <translation>Tento nákup je už potvrdený. Začnite nového zákazníka.</translation>
    </message>
    <message>
        <source>That cannot go on this bill. Check the price and the quantity.</source>
        <translation>Toto nemožno pridať na účet. Skontrolujte cenu a množstvo.</translation>
    </message>
    <message>
        <source>Identify the customer first: scan their card or find them.</source>
        <translation>Najprv identifikujte zákazníka: naskenujte jeho kartu alebo ho vyhľadajte.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Stornovať možno len odoslaný nákup, ktorý ešte nebol stornovaný.</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>Vyplňte aspoň jedno pole.</translation>
    </message>
    <message>
        <source>This cannot be done now.</source>
        <translation>Toto teraz nemožno vykonať.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Vaše prihlásenie vypršalo. Prihláste sa znova.</translation>
    </message>
    <message>
        <source>This user may not do this. Ask a manager.</source>
        <translation>Tento používateľ na to nemá oprávnenie. Požiadajte vedúceho.</translation>
    </message>
    <message>
        <source>Not found in CareCloud. Check the number.</source>
        <translation>V CareCloud sa nenašlo. Skontrolujte číslo.</translation>
    </message>
    <message>
        <source>CareCloud is busy or failing. Wait a moment and try again; nothing was lost.</source>
        <translation>CareCloud je preťažený alebo nefunguje. Chvíľu počkajte a skúste to znova; nič sa nestratilo.</translation>
    </message>
    <message>
        <source>Cannot reach CareCloud. Check the network and try again; nothing was lost.</source>
        <translation>CareCloud nie je dostupný. Skontrolujte sieť a skúste to znova; nič sa nestratilo.</translation>
    </message>
    <message>
        <source>CareCloud answered something unexpected. Try again; if it goes on, call support.</source>
        <translation>CareCloud odpovedal neočakávane. Skúste to znova; ak to pretrváva, volajte podporu.</translation>
    </message>
    <message>
        <source>CareCloud reported a problem. Try again.</source>
        <translation>CareCloud nahlásil problém. Skúste to znova.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Niečo sa pokazilo. Skúste to znova.</translation>
    </message>
</context>
<context>
    <name>GiftCard</name>
    <message>
        <source>Gift card %1: %2 left</source>
        <translation>Darčeková karta %1: zostáva %2</translation>
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
        <translation>Platí sa ňou ako peniazmi; nie je to zľava.</translation>
    </message>
</context>
<context>
    <name>GiftOverlay</name>
    <message>
        <source>Gift card</source>
        <translation>Darčeková karta</translation>
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
        <translation>Stornovať tento nákup?</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>História nákupov</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Prečo sa stornuje?</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Tovar vrátený</translation>
    </message>
    <message>
        <source>Wrong amount or items</source>
        <translation>Chybná suma alebo položky</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Zákazník si to rozmyslel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iný dôvod</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Dôvod storna</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Poznámka (nepovinná)</translation>
    </message>
    <message>
        <source>Kept on this till only, never sent to CareCloud</source>
        <translation>Zostáva len na tejto pokladnici, do CareCloud sa nikdy neposiela</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personálu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ponechať</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Áno, stornovať nákup</translation>
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
        <translation>Spolu</translation>
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
        <translation>Nákupy tejto pokladnice</translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation>Stornovať nákup</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Účtenka ako PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Vytlačiť bloček</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Zobraziť staršie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Pripísať body: %1</translation>
    </message>
    <message>
        <source>For a sale made without the customer&apos;s card</source>
        <translation>Pre nákup uskutočnený bez karty zákazníka</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>čaká na odoslanie</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>odoslané</translation>
    </message>
    <message>
        <source>needs manual transfer</source>
        <translation>vyžaduje ručný prenos</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>vyriešené</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>stornované</translation>
    </message>
    <message>
        <source>without card</source>
        <translation>bez karty</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Bloček je vytlačený.</translation>
    </message>
    <message>
        <source>The points of this purchase now belong to %1.</source>
        <translation>Body z tohto nákupu teraz patria: %1.</translation>
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
        <translation>%1 zaplatené %2, %3. CareCloud vráti zákazníkovi body, poukazy a kredit.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Stornovať možno len odoslaný nákup, ktorý ešte nebol stornovaný.</translation>
    </message>
    <message>
        <source>Cancellation saved; it is being sent to CareCloud.</source>
        <translation>Storno uložené; odosiela sa do CareCloud.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Zadajte PIN personálu.</translation>
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
        <translation>Minúť body</translation>
    </message>
    <message>
        <source>My points history</source>
        <translation>História mojich bodov</translation>
    </message>
    <message>
        <source>Your vouchers: show the barcode at the till</source>
        <translation>Vaše poukazy: čiarový kód ukážte pri pokladnici</translation>
    </message>
    <message>
        <source>Hide my card&apos;s barcode</source>
        <translation>Skryť čiarový kód mojej karty</translation>
    </message>
    <message>
        <source>there</source>
        <translation>vitajte</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Dobrý deň, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln bod</numerusform>
            <numerusform>%Ln body</numerusform>
            <numerusform>%Ln bodov</numerusform>
        </translation>
    </message>
    <message>
        <source>Show my card&apos;s barcode</source>
        <translation>Zobraziť čiarový kód mojej karty</translation>
    </message>
    <message>
        <source>No valid vouchers right now.</source>
        <translation>Teraz nemáte žiadne platné poukazy.</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who are you?</source>
        <translation>Kto ste?</translation>
    </message>
    <message>
        <source>Scan your loyalty card, or the QR code in our mobile app, at the scanner below the screen.</source>
        <translation>Naskenujte vernostnú kartu alebo QR kód v našej mobilnej aplikácii čítačkou pod obrazovkou.</translation>
    </message>
    <message>
        <source>No card? Use my phone number</source>
        <translation>Nemáte kartu? Použiť telefónne číslo</translation>
    </message>
    <message>
        <source>Not a member yet? Join now</source>
        <translation>Ešte nie ste členom? Pridajte sa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Need more time?</source>
        <translation>Potrebujete viac času?</translation>
    </message>
    <message>
        <source>This screen closes in %1 s to protect your account.</source>
        <translation>Obrazovka sa kvôli ochrane vášho účtu zavrie o %1 s.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>Áno, potrebujem viac času</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>Nie, som hotový/á</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear the field</source>
        <translation>Vymazať pole</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Vymazať poslednú číslicu</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Out of order: this kiosk has no CareCloud user or password set. Staff: see the installation guide.</source>
        <translation>Mimo prevádzky: kiosk nemá nastaveného používateľa alebo heslo CareCloud. Personál: pozri inštalačnú príručku.</translation>
    </message>
    <message>
        <source>Out of order: the store %1 in the settings is not in this CareCloud project. Staff: check store_id.</source>
        <translation>Mimo prevádzky: predajňa %1 z nastavení v tomto projekte CareCloud nie je. Personál: skontrolujte store_id.</translation>
    </message>
    <message>
        <source>Out of order for a moment: trying again shortly.</source>
        <translation>Na chvíľu mimo prevádzky: o chvíľu to skúsime znova.</translation>
    </message>
    <message>
        <source>That is your card: you are signed in.</source>
        <translation>To je vaša karta: už ste prihlásení.</translation>
    </message>
    <message>
        <source>Scan your new card here, or finish joining first.</source>
        <translation>Novú kartu naskenujte tu, alebo najprv dokončite registráciu.</translation>
    </message>
    <message>
        <source>This code is not a loyalty card. Scan your card or the QR code in our app.</source>
        <translation>Tento kód nie je vernostná karta. Naskenujte kartu alebo QR kód v našej aplikácii.</translation>
    </message>
    <message>
        <source>We do not know this card. Ask at the counter.</source>
        <translation>Túto kartu nepoznáme. Opýtajte sa pri pokladnici.</translation>
    </message>
    <message>
        <source>This card cannot be used (blocked or expired). Ask at the counter.</source>
        <translation>Kartu nemožno použiť (je blokovaná alebo expirovaná). Opýtajte sa pri pokladnici.</translation>
    </message>
    <message>
        <source>This card has no member yet: ask at the counter to join.</source>
        <translation>Karta zatiaľ nemá člena: o registráciu požiadajte pri pokladnici.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Show a new one from the app.</source>
        <translation>Tento QR kód už bol použitý alebo vypršal. Ukážte nový z aplikácie.</translation>
    </message>
    <message>
        <source>We could not identify you. Try again.</source>
        <translation>Nepodarilo sa vás rozpoznať. Skúste to znova.</translation>
    </message>
    <message>
        <source>First scan your loyalty card (or sign in with your phone), then scan the receipt.</source>
        <translation>Najprv naskenujte vernostnú kartu (alebo sa prihláste telefónom), potom účtenku.</translation>
    </message>
    <message>
        <source>The points of that purchase are yours now.</source>
        <translation>Body z tohto nákupu teraz patria vám.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they already belong to someone, or the sale was cancelled. Ask at the counter.</source>
        <translation>Body z tejto účtenky nemožno získať: už niekomu patria, alebo bol nákup stornovaný. Opýtajte sa pri pokladnici.</translation>
    </message>
    <message>
        <source>Something went wrong; please start again.</source>
        <translation>Niečo sa pokazilo; začnite prosím znova.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <source>Find customer</source>
        <translation>Nájsť zákazníka</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Dátum narodenia</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hľadať</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Nájdení zákazníci</translation>
    </message>
    <message>
        <source>Masked until one is picked</source>
        <translation>Skryté, kým jedného nevyberiete</translation>
    </message>
    <message>
        <source>Assign card to this customer</source>
        <translation>Priradiť kartu tomuto zákazníkovi</translation>
    </message>
    <message>
        <source>Use this customer</source>
        <translation>Vybrať tohto zákazníka</translation>
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD.</source>
        <translation>Zadajte dátum narodenia ako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>Type both the first and the last name.</source>
        <translation>Zadajte meno aj priezvisko.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>Nájdený %n zákazník</numerusform>
            <numerusform>Nájdení %n zákazníci</numerusform>
            <numerusform>Nájdených %n zákazníkov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <translation>Vernostný kiosk</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>History</source>
        <translation>História</translation>
    </message>
    <message>
        <source>Move this bill from %1 to %2?</source>
        <translation>Previesť tento účet (teraz: %1) na: %2?</translation>
    </message>
    <message>
        <source>Discard this bill, new one for %1</source>
        <translation>Zahodiť tento účet, nový pre: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O aplikácii</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Neodoslané nákupy</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Zobrazenie</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásiť</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Jazyk: %1</translation>
    </message>
    <message>
        <source>A bill is open. Start a new customer and discard it?</source>
        <translation>Účet je otvorený. Začať nového zákazníka a účet zahodiť?</translation>
    </message>
    <message>
        <source>New customer, discard the bill</source>
        <translation>Nový zákazník, zahodiť účet</translation>
    </message>
    <message>
        <source>Identify the customer first (scan their card), then scan the receipt.</source>
        <translation>Najprv identifikujte zákazníka (naskenujte jeho kartu), potom naskenujte účtenku.</translation>
    </message>
    <message>
        <source>Scan the new member&apos;s card here, or finish joining first.</source>
        <translation>Kartu nového člena naskenujte tu, alebo najprv dokončite registráciu.</translation>
    </message>
    <message>
        <source>This code is not a card, a product or a voucher of this till.</source>
        <translation>Tento kód nie je karta, produkt ani poukážka tejto pokladnice.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Ask the customer to show a new one.</source>
        <translation>Tento QR kód už bol použitý alebo vypršal. Požiadajte zákazníka, aby ukázal nový.</translation>
    </message>
    <message>
        <source>This card is already on this bill.</source>
        <translation>Táto karta už na účte je.</translation>
    </message>
    <message>
        <source>This customer is already on this bill.</source>
        <translation>Tento zákazník už na účte je.</translation>
    </message>
    <message>
        <source>Another customer&apos;s card</source>
        <translation>Karta iného zákazníka</translation>
    </message>
    <message>
        <source>Move the bill to %1</source>
        <translation>Previesť účet na meno %1</translation>
    </message>
    <message>
        <source>Keep the bill with %1</source>
        <translation>Ponechať účet na meno %1</translation>
    </message>
    <message>
        <source>No product, voucher or card has the code %1. Check it, or add the item by hand.</source>
        <translation>Kód %1 nepatrí žiadnemu produktu, poukážke ani karte. Skontrolujte ho alebo položku pridajte ručne.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they belong to someone already, or the sale was cancelled.</source>
        <translation>Body z tejto účtenky nemožno pripísať: už niekomu patria, alebo bol nákup stornovaný.</translation>
    </message>
    <message>
        <source>The points of that purchase now belong to %1.</source>
        <translation>Body z tohto nákupu teraz patria: %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Účtenka</translation>
    </message>
    <message>
        <source>Give the points of that purchase to %1?</source>
        <translation>Pripísať body z tohto nákupu: %1?</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Pripísať body: %1</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Teraz nie</translation>
    </message>
    <message>
        <source>Loyalty kiosk · sandbox</source>
        <translation>Vernostný kiosk · sandbox</translation>
    </message>
    <message>
        <source>The language of the screens</source>
        <translation>Jazyk obrazoviek</translation>
    </message>
    <message>
        <source>High contrast, large text, about</source>
        <translation>Vysoký kontrast, veľké písmo, o aplikácii</translation>
    </message>
    <message>
        <source>Ends this cashier&apos;s session; the next cashier signs in</source>
        <translation>Ukončí prácu tejto pokladníčky; ďalšia sa prihlási</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Pripájam…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline: purchases are kept and sent later</source>
        <translation>● Offline: nákupy sa uchovajú a odošlú neskôr</translation>
    </message>
    <message>
        <source>All purchases sent</source>
        <translation>Všetky nákupy odoslané</translation>
    </message>
    <message numerus="yes">
        <source>Unsent: %n purchase(s)</source>
        <translation>
            <numerusform>Neodoslané: %n nákup</numerusform>
            <numerusform>Neodoslané: %n nákupy</numerusform>
            <numerusform>Neodoslané: %n nákupov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n min</source>
        <translation>
            <numerusform>najstarší %n min</numerusform>
            <numerusform>najstarší %n min</numerusform>
            <numerusform>najstarší %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) manual transfer</source>
        <translation>
            <numerusform>%n vyžaduje ručný prenos</numerusform>
            <numerusform>%n vyžadujú ručný prenos</numerusform>
            <numerusform>%n vyžaduje ručný prenos</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ sending restarted after an error at %1</source>
        <translation>⚠ odosielanie po chybe znova spustené o %1</translation>
    </message>
    <message>
        <source>%1 · %2 · cash desk %3</source>
        <translation>%1 · %2 · pokladnica %3</translation>
    </message>
    <message>
        <source>Sign in first, then scan.</source>
        <translation>Najprv sa prihláste, potom skenujte.</translation>
    </message>
    <message>
        <source>A bill is open. Sign out and discard it?</source>
        <translation>Účet je otvorený. Odhlásiť sa a zahodiť ho?</translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation>Odhlásiť a zahodiť</translation>
    </message>
    <message>
        <source>Keep the bill</source>
        <translation>Ponechať účet</translation>
    </message>
    <message>
        <source>Loyalty kiosk %1
A CareCloud loyalty front-end.
PySide6 %2</source>
        <translation>Vernostný kiosk %1
Vernostná aplikácia pre CareCloud.
PySide6 %2</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>At least %1.</source>
        <translation>Najmenej %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Najviac %1.</translation>
    </message>
    <message>
        <source>Whole numbers only.</source>
        <translation>Len celé čísla.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Najviac %n desatinné miesto.</numerusform>
            <numerusform>Najviac %n desatinné miesta.</numerusform>
            <numerusform>Najviac %n desatinných miest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a number like %1.</source>
        <translation>Napíšte číslo ako %1.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete the last character</source>
        <translation>Zmazať posledný znak</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Potvrdiť</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Veľké písmená</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Medzera</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Diakritika</translation>
    </message>
    <message>
        <source>Caps lock on</source>
        <translation>Trvalo veľké písmená zapnuté</translation>
    </message>
    <message>
        <source>Caps lock off</source>
        <translation>Trvalo veľké písmená vypnuté</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <source>Validate phone</source>
        <translation>Overiť telefón</translation>
    </message>
    <message>
        <source>Phone number, e.g. 420601111222</source>
        <translation>Telefónne číslo, napr. 421905555666</translation>
    </message>
    <message>
        <source>Phone number to send the code to</source>
        <translation>Telefónne číslo, kam poslať kód</translation>
    </message>
    <message>
        <source>Where to send the code</source>
        <translation>Kam poslať kód</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Kód zo správy</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Overiť kód</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>SMS to the phone on file (%1)</source>
        <translation>SMS na uložený telefón (%1)</translation>
    </message>
    <message>
        <source>SMS to another number</source>
        <translation>SMS na iné číslo</translation>
    </message>
    <message>
        <source>E-mail to the address on file (%1)</source>
        <translation>E-mail na uloženú adresu (%1)</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Znova odoslať o %1 s</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Odoslať znova</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Odoslať kód</translation>
    </message>
    <message>
        <source>Type the phone number with its country code, e.g. 420601111222.</source>
        <translation>Zadajte telefónne číslo s predvoľbou krajiny, napr. 421905555666.</translation>
    </message>
    <message>
        <source>Code sent. Ask the customer to read it out and type it below. It is valid for one hour.</source>
        <translation>Kód odoslaný. Požiadajte zákazníka, aby ho prečítal, a zadajte ho nižšie. Platí jednu hodinu.</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Zadajte kód zo správy.</translation>
    </message>
    <message>
        <source>This code request is unknown. Send a new code.</source>
        <translation>Túto žiadosť o kód nepoznáme. Pošlite nový kód.</translation>
    </message>
    <message>
        <source>The code is wrong. Check it with the customer and type it again, or send a new code.</source>
        <translation>Kód je nesprávny. Overte ho so zákazníkom a zadajte znova, alebo pošlite nový kód.</translation>
    </message>
    <message>
        <source>Phone validated.</source>
        <translation>Telefón overený.</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Your phone number</source>
        <translation>Vaše telefónne číslo</translation>
    </message>
    <message>
        <source>Type the code we sent to your phone.</source>
        <translation>Zadajte kód, ktorý sme poslali na váš telefón.</translation>
    </message>
    <message>
        <source>Type your phone number with the country code; we send a code to the phone your account has.</source>
        <translation>Zadajte telefónne číslo s predvoľbou krajiny; kód pošleme na telefón uvedený vo vašom účte.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefónne číslo</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Kód zo správy SMS</translation>
    </message>
    <message>
        <source>e.g. 420601111222</source>
        <translation>napr. 421901111222</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Poslať kód</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potvrdiť</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>We could not find one account with this number. Check it, or scan your card, or ask at the counter.</source>
        <translation>K tomuto číslu sme nenašli jeden účet. Skontrolujte ho, naskenujte kartu, alebo sa opýtajte pri pokladnici.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again, or go back and ask for a new one.</source>
        <translation>Kód nie je správny alebo vypršal. Zadajte ho znova, alebo sa vráťte a nechajte si poslať nový.</translation>
    </message>
</context>
<context>
    <name>PointsScreen</name>
    <message>
        <source>Points history</source>
        <translation>História bodov</translation>
    </message>
    <message>
        <source>Point movements, newest first</source>
        <translation>Pohyby bodov, najnovšie hore</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Zobraziť staršie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>%1 points expire on %2.</source>
        <translation>%1 bodov vyprší %2.</translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation>Žiadne body čoskoro nevypršia.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printing needs %1: install kiosk-app[printer].</source>
        <translation>Tlač potrebuje %1: nainštalujte kiosk-app[printer].</translation>
    </message>
    <message>
        <source>Cannot reach the receipt printer %1 (%2). Check that it is on and connected.</source>
        <translation>Tlačiareň bločkov %1 nie je dostupná (%2). Skontrolujte, či je zapnutá a pripojená.</translation>
    </message>
    <message>
        <source>The receipt printer %1 did not take the receipt (%2). Check it and print again.</source>
        <translation>Tlačiareň bločkov %1 bloček neprevzala (%2). Skontrolujte ju a tlačte znova.</translation>
    </message>
    <message>
        <source>The printer setting %1 cannot be used: %2.</source>
        <translation>Nastavenie tlačiarne %1 sa nedá použiť: %2.</translation>
    </message>
    <message>
        <source>The system has no printer named %1. Check the printer setting and the system&apos;s printers.</source>
        <translation>Systém nemá tlačiareň s názvom %1. Skontrolujte nastavenie tlačiarne a tlačiarne systému.</translation>
    </message>
    <message>
        <source>The system has no default printer. Set one, or name a printer in the printer setting.</source>
        <translation>Systém nemá predvolenú tlačiareň. Nastavte ju, alebo uveďte tlačiareň v nastavení tlačiarne.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check it and print again.</source>
        <translation>Tlačiareň %1 bloček neprijala. Skontrolujte ju a tlačte znova.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash desk %1</source>
        <translation>Pokladnica %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Points spent: %1</source>
        <translation>Minuté body: %1</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Použitý kredit</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplatené</translation>
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
        <translation>Stav bodov: %1</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Predané bez vernostných výhod (CareCloud nebol dostupný).</translation>
    </message>
    <message>
        <source>CareCloud purchase %1</source>
        <translation>Nákup v CareCloud %1</translation>
    </message>
    <message>
        <source>Saved at this till; it will be delivered to CareCloud.</source>
        <translation>Uložené na tejto pokladnici; bude doručené do CareCloud.</translation>
    </message>
    <message>
        <source>Your vouchers for next time:</source>
        <translation>Vaše poukazy na budúce:</translation>
    </message>
    <message>
        <source>Forgot your card? Scan this at the kiosk or show it at the till to get the points.</source>
        <translation>Zabudli ste kartu? Naskenujte tento kód na kiosku alebo ho ukážte pri pokladnici a body získate.</translation>
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
        <translation>Účtenku nemožno uložiť: %1</translation>
    </message>
    <message>
        <source>Receipt saved as %1</source>
        <translation>Účtenka uložená ako %1</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln bod</numerusform>
            <numerusform>%Ln body</numerusform>
            <numerusform>%Ln bodov</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>zadarmo</translation>
    </message>
    <message>
        <source>up to %1×</source>
        <translation>až %1×</translation>
    </message>
    <message>
        <source>not applicable now</source>
        <translation>teraz sa nedá použiť</translation>
    </message>
    <message>
        <source>Applied %1×</source>
        <translation>Použité %1×</translation>
    </message>
    <message>
        <source>Apply once less: %1</source>
        <translation>Použiť o raz menej: %1</translation>
    </message>
    <message>
        <source>Apply once more: %1</source>
        <translation>Použiť ešte raz: %1</translation>
    </message>
</context>
<context>
    <name>RewardsScreen</name>
    <message>
        <source>Rewards</source>
        <translation>Odmeny</translation>
    </message>
    <message>
        <source>Voucher code (type or scan)</source>
        <translation>Kód poukážky (zadajte alebo naskenujte)</translation>
    </message>
    <message>
        <source>Add voucher</source>
        <translation>Pridať poukážku</translation>
    </message>
    <message>
        <source>Remove voucher</source>
        <translation>Odobrať poukážku</translation>
    </message>
    <message>
        <source>Back to bill</source>
        <translation>Späť na účet</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Uzavrieť účet</translation>
    </message>
    <message>
        <source>Show all rewards</source>
        <translation>Zobraziť všetky odmeny</translation>
    </message>
    <message>
        <source>Also those that cannot apply to this bill now</source>
        <translation>Aj tie, ktoré teraz na tento účet nemožno použiť</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Kód poukazu</translation>
    </message>
    <message>
        <source>Vouchers on the bill</source>
        <translation>Poukazy na účte</translation>
    </message>
    <message>
        <source>Tap a reward to apply it; − and + change how many times.</source>
        <translation>Ťuknutím odmenu použijete; − a + menia, koľkokrát.</translation>
    </message>
    <message>
        <source>No reward applies to this bill now.</source>
        <translation>Na tento účet teraz nemožno použiť žiadnu odmenu.</translation>
    </message>
    <message>
        <source>Looking up the rewards for this bill…</source>
        <translation>Hľadám odmeny pre tento účet…</translation>
    </message>
    <message>
        <source>Type or scan the voucher code.</source>
        <translation>Zadajte alebo naskenujte kód poukážky.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill.</source>
        <translation>Táto poukážka už na účte je.</translation>
    </message>
    <message>
        <source>Voucher %1 is not known. Check the code.</source>
        <translation>Poukaz %1 nie je známy. Skontrolujte kód.</translation>
    </message>
    <message>
        <source>Voucher %1 has expired and cannot be used.</source>
        <translation>Poukaz %1 vypršal a nedá sa použiť.</translation>
    </message>
    <message>
        <source>Voucher %1 is not valid yet.</source>
        <translation>Poukaz %1 ešte neplatí.</translation>
    </message>
    <message>
        <source>Voucher %1 has already been used.</source>
        <translation>Poukaz %1 už bol použitý.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to another customer.</source>
        <translation>Poukaz %1 patrí inému zákazníkovi.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to a customer: identify them first (scan their card).</source>
        <translation>Poukaz %1 patrí zákazníkovi: najprv ho identifikujte (naskenujte jeho kartu).</translation>
    </message>
    <message>
        <source>Voucher %1 is on the bill.</source>
        <translation>Poukaz %1 je na účte.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Working…</source>
        <translation>Pracujem…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>That scan was too long to be a code (%n characters); nothing was entered. Scan again.</source>
        <translation>
            <numerusform>Naskenovaný údaj je na kód príliš dlhý (%n znak); nič nebolo zadané. Naskenujte znova.</numerusform>
            <numerusform>Naskenovaný údaj je na kód príliš dlhý (%n znaky); nič nebolo zadané. Naskenujte znova.</numerusform>
            <numerusform>Naskenovaný údaj je na kód príliš dlhý (%n znakov); nič nebolo zadané. Naskenujte znova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Neočakávaná chyba</translation>
    </message>
    <message>
        <source>Something unexpected happened. The current step was stopped; nothing was sent twice. Try again, and tell support if it happens again.

%1</source>
        <translation>Stalo sa niečo neočakávané. Aktuálny krok bol zastavený; nič nebolo odoslané dvakrát. Skúste to znova, a ak sa to zopakuje, informujte podporu.

%1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Prihlásenie</translation>
    </message>
    <message>
        <source>CareCloud user</source>
        <translation>Používateľ CareCloud</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Predajňa</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Pokladnica</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Začať predávať</translation>
    </message>
    <message>
        <source>Your own CareCloud password; it is never stored.</source>
        <translation>Vaše vlastné heslo do CareCloud; nikdy sa neukladá.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>O jednu menej</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>O jednu viac</translation>
    </message>
    <message>
        <source>Demo sandbox: sign in as %1 / %2</source>
        <translation>Ukážkový sandbox: prihláste sa ako %1 / %2</translation>
    </message>
    <message>
        <source>Type your CareCloud user name and password.</source>
        <translation>Zadajte svoje používateľské meno a heslo CareCloud.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff functions</source>
        <translation>Funkcie pre personál</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personálu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odomknúť</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>História nákupov</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Neodoslané nákupy</translation>
    </message>
    <message>
        <source>Close the kiosk app</source>
        <translation>Zavrieť aplikáciu kiosku</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Zamknúť a odísť</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk: run kiosk-app staff-pin and put the line it prints in the settings.</source>
        <translation>Kiosk nemá nastavený PIN personálu: spustite kiosk-app staff-pin a vypísaný riadok vložte do nastavení.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Príliš veľa chybných PIN-ov. Skúste to znova o %1 s.</translation>
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
        <translation>ešte %1 bodov do statusu %2</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <source>Unsent purchases</source>
        <translation>Neodoslané nákupy</translation>
    </message>
    <message>
        <source>Purchases are sent automatically. Those CareCloud refused or that failed five times wait here for you.</source>
        <translation>Nákupy sa odosielajú automaticky. Tie, ktoré CareCloud odmietol alebo ktoré päťkrát zlyhali, tu čakajú na vás.</translation>
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
        <translation>Spolu</translation>
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
        <translation>Posledná chyba</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Znova odoslať vybrané</translation>
    </message>
    <message>
        <source>Resend all</source>
        <translation>Znova odoslať všetko</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportovať vybrané…</translation>
    </message>
    <message>
        <source>Note, e.g. entered in CareCloud by hand</source>
        <translation>Poznámka, napr. zadané do CareCloud ručne</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Ako to bolo vyriešené</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Označiť ako vyriešené</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>čaká</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>čaká na vás</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>storno</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Uložené ako %1</translation>
    </message>
    <message>
        <source>Export purchases</source>
        <translation>Export nákupov</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Súbor nemožno zapísať: %1</translation>
    </message>
    <message>
        <source>Write a note saying how it was resolved.</source>
        <translation>Napíšte poznámku, ako to bolo vyriešené.</translation>
    </message>
    <message>
        <source>Only purchases that need you can be marked resolved.</source>
        <translation>Ako vyriešené možno označiť len nákupy, ktoré čakajú na vás.</translation>
    </message>
</context>
</TS>
