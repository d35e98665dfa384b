<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to our loyalty club</source>
        <translation>Witamy w naszym klubie lojalnościowym</translation>
    </message>
    <message>
        <source>See your points and vouchers, and spend points on rewards. Scan your loyalty card or the QR code in our app, or touch the screen to start.</source>
        <translation>Zobacz swoje punkty i vouchery oraz wymieniaj punkty na nagrody. Zeskanuj kartę lojalnościową lub kod QR z naszej aplikacji albo dotknij ekranu, aby zacząć.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Dotknij, aby zacząć</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Staff functions</source>
        <translation>Funkcje dla personelu</translation>
    </message>
</context>
<context>
    <name>BarcodeLabel</name>
    <message>
        <source>Barcode of voucher %1</source>
        <translation>Kod kreskowy vouchera %1</translation>
    </message>
</context>
<context>
    <name>BillScreen</name>
    <message>
        <source>Bill</source>
        <translation>Rachunek</translation>
    </message>
    <message>
        <source>PLU code</source>
        <translation>Kod PLU</translation>
    </message>
    <message>
        <source>Scan or type a PLU code</source>
        <translation>Zeskanuj lub wpisz kod PLU</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Products (tap to add)</source>
        <translation>Produkty (dotknij, aby dodać)</translation>
    </message>
    <message>
        <source>Search products by name</source>
        <translation>Szukaj produktów po nazwie</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nazwa pozycji</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>VAT %1 %</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Nagrody</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Zamknij rachunek</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>No product name starts with %1.</source>
        <translation>Żadna nazwa produktu nie zaczyna się od %1.</translation>
    </message>
    <message>
        <source>That many cannot be on one bill.</source>
        <translation>Tylu sztuk nie można dodać do jednego rachunku.</translation>
    </message>
    <message>
        <source>Type the item&apos;s name.</source>
        <translation>Wpisz nazwę pozycji.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Cena: %1</translation>
    </message>
    <message>
        <source>type the price.</source>
        <translation>wpisz cenę.</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Ilość: %1</translation>
    </message>
    <message>
        <source>type the quantity.</source>
        <translation>wpisz ilość.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Add the PLU code</source>
        <translation>Dodaj kod PLU</translation>
    </message>
    <message>
        <source>Item by hand…</source>
        <translation>Pozycja ręcznie…</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Stawka VAT</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Usuń wybraną pozycję</translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation>Jedna sztuka wybranej pozycji więcej</translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation>Jedna sztuka wybranej pozycji mniej</translation>
    </message>
    <message>
        <source>Items on the bill</source>
        <translation>Pozycje rachunku</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Razem: %1</translation>
    </message>
    <message>
        <source>No product with PLU %1 in this store&apos;s currency. Add it by hand.</source>
        <translation>Brak produktu o PLU %1 w walucie tego sklepu. Dodaj go ręcznie.</translation>
    </message>
</context>
<context>
    <name>CardScanScreen</name>
    <message>
        <source>This card is not known. Check the number or find the customer.</source>
        <translation>Ta karta jest nieznana. Sprawdź numer lub wyszukaj klienta.</translation>
    </message>
    <message>
        <source>This card is blocked. Ask for another card or find the customer.</source>
        <translation>Karta jest zablokowana. Poproś o inną kartę lub wyszukaj klienta.</translation>
    </message>
    <message>
        <source>This card has expired. Ask for another card or find the customer.</source>
        <translation>Karta wygasła. Poproś o inną kartę lub wyszukaj klienta.</translation>
    </message>
    <message>
        <source>This card is not valid yet. Ask for another card or find the customer.</source>
        <translation>Karta nie jest jeszcze ważna. Poproś o inną kartę lub wyszukaj klienta.</translation>
    </message>
    <message>
        <source>This card has no customer yet. Find the customer to assign it.</source>
        <translation>Karta nie ma jeszcze klienta. Wyszukaj klienta, aby ją przypisać.</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Karta lojalnościowa</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s card or type its number.</source>
        <translation>Zeskanuj kartę klienta lub wpisz jej numer.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numer karty</translation>
    </message>
    <message>
        <source>Check card</source>
        <translation>Sprawdź kartę</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <source>Continue without card</source>
        <translation>Kontynuuj bez karty</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nowy członek</translation>
    </message>
    <message>
        <source>Assign this card to a customer</source>
        <translation>Przypisz kartę klientowi</translation>
    </message>
    <message>
        <source>Sell with this card unchecked</source>
        <translation>Sprzedaj z tą kartą bez weryfikacji</translation>
    </message>
    <message>
        <source>Type the card number: digits only, at least 6.</source>
        <translation>Wpisz numer karty: same cyfry, co najmniej 6.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Rewards for points</source>
        <translation>Nagrody za punkty</translation>
    </message>
    <message>
        <source>No, back to the rewards</source>
        <translation>Nie, wróć do nagród</translation>
    </message>
    <message>
        <source>To protect your points we sent a code to the phone in your account. Type it here.</source>
        <translation>Aby chronić twoje punkty, wysłaliśmy kod na telefon z twojego konta. Wpisz go tutaj.</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Kod z wiadomości SMS</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Use it on this bill</source>
        <translation>Użyj na tym rachunku</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>No rewards to buy with points right now.</source>
        <translation>Teraz nie ma nagród za punkty.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punkt</numerusform>
            <numerusform>%Ln punkty</numerusform>
            <numerusform>%Ln punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Get it</source>
        <translation>Biorę</translation>
    </message>
    <message>
        <source>%1 more points needed</source>
        <translation>brakuje %1 punktów</translation>
    </message>
    <message>
        <source>Get %1 for %2 points</source>
        <translation>Odbierz %1 za %2 punktów</translation>
    </message>
    <message>
        <source>Spend %1 points on %2?</source>
        <translation>Wydać %1 punktów na %2?</translation>
    </message>
    <message>
        <source>Yes, spend %1 points</source>
        <translation>Tak, wydaj %1 punktów</translation>
    </message>
    <message>
        <source>Your account has no phone to confirm with: please ask at the counter.</source>
        <translation>Twoje konto nie ma telefonu do potwierdzenia: zapytaj przy kasie.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again.</source>
        <translation>Kod jest błędny lub wygasł. Wpisz go ponownie.</translation>
    </message>
    <message>
        <source>Your new voucher is ready. Show the barcode at the till.</source>
        <translation>Twój nowy voucher jest gotowy. Pokaż kod kreskowy przy kasie.</translation>
    </message>
</context>
<context>
    <name>ClosureScreen</name>
    <message>
        <source>Close bill</source>
        <translation>Zamknij rachunek</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Rodzaj płatności</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Punkty do wykorzystania</translation>
    </message>
    <message>
        <source>Credit to use</source>
        <translation>Kredyt do użycia</translation>
    </message>
    <message>
        <source>Standard with whole-bill discounts (A)</source>
        <translation>Standard z rabatami na cały rachunek (A)</translation>
    </message>
    <message>
        <source>Standard, item discounts only (S)</source>
        <translation>Standard, tylko rabaty na pozycje (S)</translation>
    </message>
    <message>
        <source>Pay with credit (C)</source>
        <translation>Płatność kredytem (C)</translation>
    </message>
    <message>
        <source>Discounts, no points collected (D)</source>
        <translation>Rabaty, bez zbierania punktów (D)</translation>
    </message>
    <message>
        <source>Review with the customer</source>
        <translation>Sprawdź z klientem</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Pozycje: %1</translation>
    </message>
    <message>
        <source>Points used: %1</source>
        <translation>Wykorzystane punkty: %1</translation>
    </message>
    <message>
        <source>(%1 for rewards, %2 to pay %3)</source>
        <translation>(%1 za nagrody, %2 na zapłatę %3)</translation>
    </message>
    <message>
        <source>(pay %1)</source>
        <translation>(płacą %1)</translation>
    </message>
    <message>
        <source>(for rewards)</source>
        <translation>(za nagrody)</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Zdobyte punkty: %1</translation>
    </message>
    <message>
        <source>balance after: %1</source>
        <translation>saldo po: %1</translation>
    </message>
    <message>
        <source>WITHOUT LOYALTY BENEFITS: CareCloud is out of reach. No vouchers, rewards, points or credit; points are earned when the sale is delivered.</source>
        <translation>BEZ KORZYŚCI LOJALNOŚCIOWYCH: CareCloud jest niedostępny. Bez bonów, nagród, punktów i kredytu; punkty zostaną dopisane, gdy zakup dotrze.</translation>
    </message>
    <message>
        <source>Messages for the cashier</source>
        <translation>Komunikaty dla kasjera</translation>
    </message>
    <message>
        <source>CareCloud cannot be reached, so there is no price with loyalty benefits. Retry, or sell without loyalty benefits: no vouchers, rewards, points or credit are used, and the customer&apos;s points are added when the sale reaches CareCloud.</source>
        <translation>CareCloud jest niedostępny, więc nie ma ceny z korzyściami lojalnościowymi. Spróbuj ponownie albo sprzedaj bez korzyści: nie zostaną użyte bony, nagrody, punkty ani kredyt, a punkty klienta zostaną dopisane, gdy zakup dotrze do CareCloud.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Sell without loyalty benefits</source>
        <translation>Sprzedaj bez korzyści</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Potwierdź płatność</translation>
    </message>
    <message>
        <source>of %1 available</source>
        <translation>z %1 dostępnych</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>brak klienta</translation>
    </message>
    <message>
        <source>The bill is empty. Add items first.</source>
        <translation>Rachunek jest pusty. Najpierw dodaj pozycje.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Rabaty: −%1</translation>
    </message>
    <message>
        <source>Credit used: %1</source>
        <translation>Wykorzystany kredyt: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Do zapłaty: %1</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Required to join</source>
        <translation>Wymagane do członkostwa</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Valid vouchers</source>
        <translation>Ważne kupony</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Validate phone</source>
        <translation>Zweryfikuj telefon</translation>
    </message>
    <message>
        <source>Vouchers and cards</source>
        <translation>Vouchery i karty</translation>
    </message>
    <message>
        <source>Rewards for points</source>
        <translation>Nagrody za punkty</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Historia punktów</translation>
    </message>
    <message>
        <source>Card barcode</source>
        <translation>Kod kreskowy karty</translation>
    </message>
    <message>
        <source>Card %1 (not checked)</source>
        <translation>Karta %1 (niezweryfikowana)</translation>
    </message>
    <message>
        <source>The customer&apos;s language:</source>
        <translation>Język klienta:</translation>
    </message>
    <message>
        <source>Switch to the customer&apos;s language: %1</source>
        <translation>Przełącz na język klienta: %1</translation>
    </message>
    <message>
        <source>CareCloud was out of reach: points are added when the sale is delivered.</source>
        <translation>CareCloud był niedostępny: punkty zostaną dopisane, gdy zakup dotrze.</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punkty: %1</translation>
    </message>
    <message>
        <source>Phone validated ✓</source>
        <translation>Telefon zweryfikowany ✓</translation>
    </message>
    <message>
        <source>Phone not validated</source>
        <translation>Telefon niezweryfikowany</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywna</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>zablokowana</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Pokaż jeszcze %n</numerusform>
            <numerusform>Pokaż jeszcze %n</numerusform>
            <numerusform>Pokaż jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karta %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Kod kreskowy: %1</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Duży tekst</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>O aplikacji</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Thank you! The purchase is recorded.</source>
        <translation>Dziękujemy! Zakup został zapisany.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Paragon jako PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Drukuj paragon</translation>
    </message>
    <message>
        <source>QR code to claim the points of this purchase later</source>
        <translation>Kod QR do późniejszego przypisania punktów za ten zakup</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Zapłacono: %1</translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation>Zakup: %1</translation>
    </message>
    <message>
        <source>Saved on this till; it will be sent to CareCloud automatically.</source>
        <translation>Zapisano na tej kasie; zostanie automatycznie wysłane do CareCloud.</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Sprzedano bez korzyści lojalnościowych (CareCloud był niedostępny).</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Pozycje: %1</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>Rabaty: −%1</translation>
    </message>
    <message>
        <source>Points spent: %1 (worth %2)</source>
        <translation>Wydane punkty: %1 (o wartości %2)</translation>
    </message>
    <message>
        <source>Credit used: %1</source>
        <translation>Wykorzystany kredyt: %1</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Zdobyte punkty: %1</translation>
    </message>
    <message>
        <source>New balance: %1 points</source>
        <translation>Nowe saldo: %1 pkt</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Paragon wydrukowany.</translation>
    </message>
</context>
<context>
    <name>EnrolScreen</name>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Dołącz do programu lojalnościowego</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>Type your name and your phone number or e-mail. We send a code to it to check it is yours.</source>
        <translation>Wpisz swoje imię i nazwisko oraz telefon lub e-mail. Wyślemy na niego kod, aby sprawdzić, że należy do Ciebie.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name and phone number or e-mail. A code goes to it to check it is theirs.</source>
        <translation>Wpisz imię i nazwisko klienta oraz jego telefon lub e-mail. Trafi na niego kod, który potwierdzi, że należy do klienta.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Phone with country code, or e-mail</source>
        <translation>Telefon z numerem kierunkowym kraju lub e-mail</translation>
    </message>
    <message>
        <source>e.g. 420601111222 or name@example.com</source>
        <translation>np. 420601111222 lub imie@example.com</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Kod z wiadomości</translation>
    </message>
    <message>
        <source>Tick what you agree to. Only the consents marked as required are needed to join; nothing is ticked for you.</source>
        <translation>Zaznacz, na co się zgadzasz. Do członkostwa potrzebne są tylko zgody oznaczone jako wymagane; nic nie jest zaznaczone z góry.</translation>
    </message>
    <message>
        <source>Scan your loyalty card now, or get a virtual card: its number is then on your account.</source>
        <translation>Zeskanuj teraz swoją kartę lojalnościową albo weź kartę wirtualną: jej numer znajdziesz potem na swoim koncie.</translation>
    </message>
    <message>
        <source>Scan a new loyalty card or type its number, or give the customer a virtual card.</source>
        <translation>Zeskanuj nową kartę lojalnościową lub wpisz jej numer albo daj klientowi kartę wirtualną.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numer karty</translation>
    </message>
    <message>
        <source>Use this card</source>
        <translation>Użyj tej karty</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Wyślij kod</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Potwierdź kod</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <source>Get a virtual card</source>
        <translation>Weź kartę wirtualną</translation>
    </message>
    <message>
        <source>We sent a code by e-mail to %1. Type it here.</source>
        <translation>Wysłaliśmy kod e-mailem na %1. Wpisz go tutaj.</translation>
    </message>
    <message>
        <source>We sent a code by text message to %1. Type it here.</source>
        <translation>Wysłaliśmy kod SMS-em na %1. Wpisz go tutaj.</translation>
    </message>
    <message>
        <source>Welcome, %1! You are a member now.</source>
        <translation>Witaj, %1! Jesteś teraz członkiem.</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Wyślij ponownie za %1 s</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Wyślij nowy kod</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Wpisz kod z wiadomości.</translation>
    </message>
    <message>
        <source>Type or scan the card&apos;s number.</source>
        <translation>Wpisz lub zeskanuj numer karty.</translation>
    </message>
    <message>
        <source>Card %1 is on the account.</source>
        <translation>Karta %1 jest na koncie.</translation>
    </message>
    <message>
        <source>Type the first and the last name.</source>
        <translation>Wpisz imię i nazwisko.</translation>
    </message>
    <message>
        <source>A name cannot contain &lt; or &gt;. Type it again.</source>
        <translation>Imię i nazwisko nie mogą zawierać &lt; ani &gt;. Wpisz je ponownie.</translation>
    </message>
    <message>
        <source>Type a phone number with its country code (e.g. 420601111222) or an e-mail address.</source>
        <translation>Wpisz numer telefonu z numerem kierunkowym kraju (np. 420601111222) lub adres e-mail.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account. Scan your card, or go back and sign in with your phone.</source>
        <translation>Ten numer telefonu lub e-mail ma już konto. Zeskanuj swoją kartę albo wróć i zaloguj się telefonem.</translation>
    </message>
    <message>
        <source>This phone number or e-mail already has an account: scan the customer&apos;s card or look them up.</source>
        <translation>Ten numer telefonu lub e-mail ma już konto: zeskanuj kartę klienta lub go wyszukaj.</translation>
    </message>
    <message>
        <source>That code is not right. Check it and type it again, or send a new code.</source>
        <translation>Kod jest nieprawidłowy. Sprawdź go i wpisz ponownie albo wyślij nowy kod.</translation>
    </message>
    <message>
        <source>This code has expired or was used already. Send a new code.</source>
        <translation>Ten kod wygasł lub został już użyty. Wyślij nowy kod.</translation>
    </message>
    <message>
        <source>Confirm the phone number or e-mail with the code first.</source>
        <translation>Najpierw potwierdź numer telefonu lub e-mail kodem.</translation>
    </message>
    <message>
        <source>Tick the consents marked as required to join.</source>
        <translation>Aby dołączyć, zaznacz zgody oznaczone jako wymagane.</translation>
    </message>
    <message>
        <source>We do not know this card. Scan another card or get a virtual card.</source>
        <translation>Nie znamy tej karty. Zeskanuj inną kartę albo weź kartę wirtualną.</translation>
    </message>
    <message>
        <source>This card cannot be used: it belongs to someone, is blocked or has expired. Scan another card or get a virtual card.</source>
        <translation>Tej karty nie można użyć: należy do kogoś, jest zablokowana lub wygasła. Zeskanuj inną kartę albo weź kartę wirtualną.</translation>
    </message>
    <message>
        <source>The account already has a card of this kind.</source>
        <translation>Konto ma już kartę tego rodzaju.</translation>
    </message>
    <message>
        <source>No virtual card is available now. Scan a physical card instead.</source>
        <translation>Karta wirtualna nie jest teraz dostępna. Zeskanuj zamiast niej kartę fizyczną.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This card is blocked. Ask the customer for another card or look them up.</source>
        <translation>Karta jest zablokowana. Poproś klienta o inną kartę lub go wyszukaj.</translation>
    </message>
    <message>
        <source>This voucher has expired. Remove it from the bill.</source>
        <translation>Ten kupon wygasł. Usuń go z rachunku.</translation>
    </message>
    <message>
        <source>This voucher has already been used. Remove it from the bill.</source>
        <translation>Ten kupon został już wykorzystany. Usuń go z rachunku.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill. Apply it only once.</source>
        <translation>Ten kupon jest już na rachunku. Użyj go tylko raz.</translation>
    </message>
    <message>
        <source>The customer does not have enough points for this reward. Remove it.</source>
        <translation>Klient nie ma wystarczająco punktów na tę nagrodę. Usuń ją.</translation>
    </message>
    <message>
        <source>The bill is too small for this reward. Add items or remove the reward.</source>
        <translation>Rachunek jest za mały na tę nagrodę. Dodaj pozycje lub usuń nagrodę.</translation>
    </message>
    <message>
        <source>The customer does not have that many points. Lower the points to redeem.</source>
        <translation>Klient nie ma tylu punktów. Zmniejsz liczbę punktów do wykorzystania.</translation>
    </message>
    <message>
        <source>This customer cannot pay with points. Set the points to redeem to 0.</source>
        <translation>Ten klient nie może płacić punktami. Ustaw punkty do wykorzystania na 0.</translation>
    </message>
    <message>
        <source>An item&apos;s paid amount is higher than its price. Correct the item.</source>
        <translation>Zapłacona kwota pozycji jest wyższa niż jej cena. Popraw pozycję.</translation>
    </message>
    <message>
        <source>This was already recorded. Nothing more to do.</source>
        <translation>To zostało już zapisane. Nic więcej nie trzeba robić.</translation>
    </message>
    <message>
        <source>This card already belongs to another customer. Use another card.</source>
        <translation>Ta karta należy już do innego klienta. Użyj innej karty.</translation>
    </message>
    <message>
        <source>Not found. Check the number or code and try again.</source>
        <translation>Nie znaleziono. Sprawdź numer lub kod i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Something required is missing. Fill it in.</source>
        <translation>Brakuje wymaganej informacji. Uzupełnij ją.</translation>
    </message>
    <message>
        <source>Something required is empty. Fill it in.</source>
        <translation>Wymagane pole jest puste. Wypełnij je.</translation>
    </message>
    <message>
        <source>A value has the wrong format. Check what you typed.</source>
        <translation>Wartość ma zły format. Sprawdź, co wpisano.</translation>
    </message>
    <message>
        <source>This value is not allowed here. Check what you entered.</source>
        <translation>Ta wartość jest tu niedozwolona. Sprawdź, co wpisano.</translation>
    </message>
    <message>
        <source>This belongs to another customer. Check the customer.</source>
        <translation>To należy do innego klienta. Sprawdź klienta.</translation>
    </message>
    <message>
        <source>This record was deleted. Use another one.</source>
        <translation>Ten rekord został usunięty. Użyj innego.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new code.</source>
        <translation>Kod wygasł. Wyślij nowy kod.</translation>
    </message>
    <message>
        <source>This code was already used. Send a new code.</source>
        <translation>Ten kod został już użyty. Wyślij nowy kod.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Type them again.</source>
        <translation>Błędna nazwa użytkownika lub hasło. Wpisz je ponownie.</translation>
    </message>
    <message>
        <source>This till is not registered in CareCloud. Ask support to check the setup.</source>
        <translation>Ta kasa nie jest zarejestrowana w CareCloud. Poproś wsparcie o sprawdzenie konfiguracji.</translation>
    </message>
    <message>
        <source>This card is not valid now. Ask for another card or look the customer up.</source>
        <translation>Karta nie jest teraz ważna. Poproś o inną kartę lub wyszukaj klienta.</translation>
    </message>
    <message>
        <source>This card is not known. Check the number or look the customer up.</source>
        <translation>Ta karta jest nieznana. Sprawdź numer lub wyszukaj klienta.</translation>
    </message>
    <message>
        <source>Unknown reward or voucher code. Check the code.</source>
        <translation>Nieznany kod nagrody lub kuponu. Sprawdź kod.</translation>
    </message>
    <message>
        <source>This reward cannot be applied to this bill (or not that many times).</source>
        <translation>Tej nagrody nie można zastosować do rachunku (lub nie tyle razy).</translation>
    </message>
    <message>
        <source>This payment type does not allow whole-bill discounts. Choose another type.</source>
        <translation>Ten rodzaj płatności nie pozwala na rabaty na cały rachunek. Wybierz inny.</translation>
    </message>
    <message>
        <source>That is not a valid phone number or e-mail. Check it.</source>
        <translation>To nie jest prawidłowy numer telefonu ani e-mail. Sprawdź go.</translation>
    </message>
    <message>
        <source>CareCloud refused this. Check the input and try again.</source>
        <translation>CareCloud odrzucił to. Sprawdź dane i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>These points are being used at another till or kiosk. Use fewer points, or wait until that sale is done.</source>
        <translation>Te punkty są właśnie używane przy innej kasie lub kiosku. Użyj mniej punktów albo poczekaj, aż tamten zakup się zakończy.</translation>
    </message>
    <message>
        <source>CareCloud&apos;s price for this bill does not add up, so it is not used. Retry, or sell without loyalty benefits and tell support.</source>
        <translation>Cena z CareCloud dla tego rachunku się nie zgadza, więc nie zostanie użyta. Spróbuj ponownie albo sprzedaj bez korzyści i powiadom wsparcie.</translation>
    </message>
    <message>
        <source>The CareCloud project lacks stores, currencies or purchase types this till needs. Ask support to set it up.</source>
        <translation>W projekcie CareCloud brakuje sklepów, walut lub typów zakupów potrzebnych tej kasie. Poproś wsparcie o konfigurację.</translation>
    </message>
    <message>
        <source>This sale is already confirmed. Start a new customer.</source>
        <translation>Ta sprzedaż jest już potwierdzona. Rozpocznij nowego klienta.</translation>
    </message>
    <message>
        <source>That cannot go on this bill. Check the price and the quantity.</source>
        <translation>Tego nie można dodać do rachunku. Sprawdź cenę i ilość.</translation>
    </message>
    <message>
        <source>Identify the customer first: scan their card or find them.</source>
        <translation>Najpierw zidentyfikuj klienta: zeskanuj jego kartę lub go wyszukaj.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Anulować można tylko wysłany zakup, który nie został jeszcze anulowany.</translation>
    </message>
    <message>
        <source>Fill in at least one field.</source>
        <translation>Wypełnij co najmniej jedno pole.</translation>
    </message>
    <message>
        <source>This cannot be done now.</source>
        <translation>Tego nie można teraz zrobić.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Twoja sesja wygasła. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>This user may not do this. Ask a manager.</source>
        <translation>Ten użytkownik nie ma do tego uprawnień. Poproś kierownika.</translation>
    </message>
    <message>
        <source>Not found in CareCloud. Check the number.</source>
        <translation>Nie znaleziono w CareCloud. Sprawdź numer.</translation>
    </message>
    <message>
        <source>CareCloud is busy or failing. Wait a moment and try again; nothing was lost.</source>
        <translation>CareCloud jest przeciążony lub nie działa. Odczekaj chwilę i spróbuj ponownie; nic nie zginęło.</translation>
    </message>
    <message>
        <source>Cannot reach CareCloud. Check the network and try again; nothing was lost.</source>
        <translation>Brak połączenia z CareCloud. Sprawdź sieć i spróbuj ponownie; nic nie zginęło.</translation>
    </message>
    <message>
        <source>CareCloud answered something unexpected. Try again; if it goes on, call support.</source>
        <translation>CareCloud odpowiedział nieoczekiwanie. Spróbuj ponownie; jeśli to się powtarza, zadzwoń do wsparcia.</translation>
    </message>
    <message>
        <source>CareCloud reported a problem. Try again.</source>
        <translation>CareCloud zgłosił problem. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>GiftCard</name>
    <message>
        <source>Gift card %1: %2 left</source>
        <translation>Karta podarunkowa %1: pozostało %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>ważna do %1</translation>
    </message>
    <message>
        <source>It pays like money; it is not a discount.</source>
        <translation>Płaci się nią jak pieniędzmi; to nie jest rabat.</translation>
    </message>
</context>
<context>
    <name>GiftOverlay</name>
    <message>
        <source>Gift card</source>
        <translation>Karta podarunkowa</translation>
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
        <translation>Anulować ten zakup?</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Historia zakupów</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Dlaczego zakup jest anulowany?</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Zwrot towaru</translation>
    </message>
    <message>
        <source>Wrong amount or items</source>
        <translation>Błędna kwota lub pozycje</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Klient zmienił zdanie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Powód anulowania</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notatka (opcjonalnie)</translation>
    </message>
    <message>
        <source>Kept on this till only, never sent to CareCloud</source>
        <translation>Zostaje tylko na tej kasie, nigdy nie jest wysyłana do CareCloud</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personelu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Tak, anuluj zakup</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>CareCloud purchase</source>
        <translation>Zakup w CareCloud</translation>
    </message>
    <message>
        <source>This till&apos;s purchases</source>
        <translation>Zakupy tej kasy</translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation>Anuluj zakup</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Paragon jako PDF</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Drukuj paragon</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Pokaż starsze</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Przypisz punkty: %1</translation>
    </message>
    <message>
        <source>For a sale made without the customer&apos;s card</source>
        <translation>Dla zakupu zrobionego bez karty klienta</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>czeka na wysłanie</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłano</translation>
    </message>
    <message>
        <source>needs manual transfer</source>
        <translation>wymaga ręcznego przesłania</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>rozwiązano</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>without card</source>
        <translation>bez karty</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Paragon wydrukowany.</translation>
    </message>
    <message>
        <source>The points of this purchase now belong to %1.</source>
        <translation>Punkty z tego zakupu należą teraz do: %1.</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>karta %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>klient %1</translation>
    </message>
    <message>
        <source>%1 paid at %2, %3. CareCloud gives the points, vouchers and credit back to the customer.</source>
        <translation>%1 zapłacono %2, %3. CareCloud zwróci klientowi punkty, bony i kredyt.</translation>
    </message>
    <message>
        <source>Only a sent purchase that is not cancelled yet can be cancelled.</source>
        <translation>Anulować można tylko wysłany zakup, który nie został jeszcze anulowany.</translation>
    </message>
    <message>
        <source>Cancellation saved; it is being sent to CareCloud.</source>
        <translation>Anulowanie zapisane; jest wysyłane do CareCloud.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Wpisz PIN personelu.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Spend my points</source>
        <translation>Wydaj punkty</translation>
    </message>
    <message>
        <source>My points history</source>
        <translation>Historia moich punktów</translation>
    </message>
    <message>
        <source>Your vouchers: show the barcode at the till</source>
        <translation>Twoje vouchery: pokaż kod kreskowy przy kasie</translation>
    </message>
    <message>
        <source>Hide my card&apos;s barcode</source>
        <translation>Ukryj kod kreskowy mojej karty</translation>
    </message>
    <message>
        <source>there</source>
        <translation>witaj</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Dzień dobry, %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punkt</numerusform>
            <numerusform>%Ln punkty</numerusform>
            <numerusform>%Ln punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Show my card&apos;s barcode</source>
        <translation>Pokaż kod kreskowy mojej karty</translation>
    </message>
    <message>
        <source>No valid vouchers right now.</source>
        <translation>Teraz nie masz ważnych voucherów.</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who are you?</source>
        <translation>Kim jesteś?</translation>
    </message>
    <message>
        <source>Scan your loyalty card, or the QR code in our mobile app, at the scanner below the screen.</source>
        <translation>Zeskanuj kartę lojalnościową lub kod QR z naszej aplikacji czytnikiem pod ekranem.</translation>
    </message>
    <message>
        <source>No card? Use my phone number</source>
        <translation>Nie masz karty? Użyj numeru telefonu</translation>
    </message>
    <message>
        <source>Not a member yet? Join now</source>
        <translation>Nie jesteś członkiem? Dołącz teraz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Need more time?</source>
        <translation>Potrzebujesz więcej czasu?</translation>
    </message>
    <message>
        <source>This screen closes in %1 s to protect your account.</source>
        <translation>Ten ekran zamknie się za %1 s, aby chronić twoje konto.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>Tak, potrzebuję więcej czasu</translation>
    </message>
    <message>
        <source>No, I am done</source>
        <translation>Nie, skończyłem/am</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear the field</source>
        <translation>Wyczyść pole</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Out of order: this kiosk has no CareCloud user or password set. Staff: see the installation guide.</source>
        <translation>Nieczynne: kiosk nie ma ustawionego użytkownika lub hasła CareCloud. Personel: zobacz instrukcję instalacji.</translation>
    </message>
    <message>
        <source>Out of order: the store %1 in the settings is not in this CareCloud project. Staff: check store_id.</source>
        <translation>Nieczynne: sklepu %1 z ustawień nie ma w tym projekcie CareCloud. Personel: sprawdź store_id.</translation>
    </message>
    <message>
        <source>Out of order for a moment: trying again shortly.</source>
        <translation>Chwilowo nieczynne: zaraz spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>That is your card: you are signed in.</source>
        <translation>To twoja karta: już cię zalogowaliśmy.</translation>
    </message>
    <message>
        <source>Scan your new card here, or finish joining first.</source>
        <translation>Zeskanuj nową kartę tutaj albo najpierw dokończ rejestrację.</translation>
    </message>
    <message>
        <source>This code is not a loyalty card. Scan your card or the QR code in our app.</source>
        <translation>Ten kod nie jest kartą lojalnościową. Zeskanuj kartę lub kod QR z naszej aplikacji.</translation>
    </message>
    <message>
        <source>We do not know this card. Ask at the counter.</source>
        <translation>Nie znamy tej karty. Zapytaj przy kasie.</translation>
    </message>
    <message>
        <source>This card cannot be used (blocked or expired). Ask at the counter.</source>
        <translation>Tej karty nie można użyć (zablokowana lub wygasła). Zapytaj przy kasie.</translation>
    </message>
    <message>
        <source>This card has no member yet: ask at the counter to join.</source>
        <translation>Ta karta nie ma jeszcze członka: zapisz się przy kasie.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Show a new one from the app.</source>
        <translation>Ten kod QR został już użyty lub wygasł. Pokaż nowy z aplikacji.</translation>
    </message>
    <message>
        <source>We could not identify you. Try again.</source>
        <translation>Nie udało się cię rozpoznać. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>First scan your loyalty card (or sign in with your phone), then scan the receipt.</source>
        <translation>Najpierw zeskanuj kartę lojalnościową (lub zaloguj się telefonem), potem paragon.</translation>
    </message>
    <message>
        <source>The points of that purchase are yours now.</source>
        <translation>Punkty z tego zakupu należą teraz do ciebie.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they already belong to someone, or the sale was cancelled. Ask at the counter.</source>
        <translation>Punktów z tego paragonu nie można przypisać: należą już do kogoś albo zakup anulowano. Zapytaj przy kasie.</translation>
    </message>
    <message>
        <source>Something went wrong; please start again.</source>
        <translation>Coś poszło nie tak; zacznij od nowa.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <source>Find customer</source>
        <translation>Znajdź klienta</translation>
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
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Znalezieni klienci</translation>
    </message>
    <message>
        <source>Masked until one is picked</source>
        <translation>Ukryte, dopóki nie wybierzesz jednego</translation>
    </message>
    <message>
        <source>Assign card to this customer</source>
        <translation>Przypisz kartę temu klientowi</translation>
    </message>
    <message>
        <source>Use this customer</source>
        <translation>Wybierz tego klienta</translation>
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD.</source>
        <translation>Wpisz datę urodzenia jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>Type both the first and the last name.</source>
        <translation>Wpisz imię i nazwisko.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>Znaleziono %n klienta</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <translation>Kiosk lojalnościowy</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Move this bill from %1 to %2?</source>
        <translation>Przenieść ten rachunek (teraz: %1) na: %2?</translation>
    </message>
    <message>
        <source>Discard this bill, new one for %1</source>
        <translation>Odrzuć ten rachunek, nowy dla: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Niewysłane zakupy</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>A bill is open. Start a new customer and discard it?</source>
        <translation>Rachunek jest otwarty. Przejść do nowego klienta i go odrzucić?</translation>
    </message>
    <message>
        <source>New customer, discard the bill</source>
        <translation>Nowy klient, odrzuć rachunek</translation>
    </message>
    <message>
        <source>Identify the customer first (scan their card), then scan the receipt.</source>
        <translation>Najpierw zidentyfikuj klienta (zeskanuj jego kartę), potem zeskanuj paragon.</translation>
    </message>
    <message>
        <source>Scan the new member&apos;s card here, or finish joining first.</source>
        <translation>Zeskanuj kartę nowego członka tutaj albo najpierw dokończ rejestrację.</translation>
    </message>
    <message>
        <source>This code is not a card, a product or a voucher of this till.</source>
        <translation>Ten kod nie jest kartą, produktem ani kuponem tej kasy.</translation>
    </message>
    <message>
        <source>This QR code has been used or has expired. Ask the customer to show a new one.</source>
        <translation>Ten kod QR został już użyty lub wygasł. Poproś klienta o pokazanie nowego.</translation>
    </message>
    <message>
        <source>This card is already on this bill.</source>
        <translation>Ta karta jest już na rachunku.</translation>
    </message>
    <message>
        <source>This customer is already on this bill.</source>
        <translation>Ten klient jest już na rachunku.</translation>
    </message>
    <message>
        <source>Another customer&apos;s card</source>
        <translation>Karta innego klienta</translation>
    </message>
    <message>
        <source>Move the bill to %1</source>
        <translation>Przenieś rachunek na: %1</translation>
    </message>
    <message>
        <source>Keep the bill with %1</source>
        <translation>Zachowaj rachunek dla: %1</translation>
    </message>
    <message>
        <source>No product, voucher or card has the code %1. Check it, or add the item by hand.</source>
        <translation>Żaden produkt, kupon ani karta nie ma kodu %1. Sprawdź go albo dodaj pozycję ręcznie.</translation>
    </message>
    <message>
        <source>This receipt&apos;s points cannot be claimed: they belong to someone already, or the sale was cancelled.</source>
        <translation>Punktów z tego paragonu nie można przypisać: należą już do kogoś albo zakup anulowano.</translation>
    </message>
    <message>
        <source>The points of that purchase now belong to %1.</source>
        <translation>Punkty z tego zakupu należą teraz do: %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Paragon</translation>
    </message>
    <message>
        <source>Give the points of that purchase to %1?</source>
        <translation>Przypisać punkty z tego zakupu do: %1?</translation>
    </message>
    <message>
        <source>Give the points to %1</source>
        <translation>Przypisz punkty: %1</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Loyalty kiosk · sandbox</source>
        <translation>Kiosk lojalnościowy · piaskownica</translation>
    </message>
    <message>
        <source>The language of the screens</source>
        <translation>Język ekranów</translation>
    </message>
    <message>
        <source>High contrast, large text, about</source>
        <translation>Wysoki kontrast, duży tekst, o aplikacji</translation>
    </message>
    <message>
        <source>Ends this cashier&apos;s session; the next cashier signs in</source>
        <translation>Kończy sesję tego kasjera; następny się loguje</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Łączenie…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline: purchases are kept and sent later</source>
        <translation>● Offline: zakupy są zachowane i wysłane później</translation>
    </message>
    <message>
        <source>All purchases sent</source>
        <translation>Wszystkie zakupy wysłane</translation>
    </message>
    <message numerus="yes">
        <source>Unsent: %n purchase(s)</source>
        <translation>
            <numerusform>Niewysłane: %n zakup</numerusform>
            <numerusform>Niewysłane: %n zakupy</numerusform>
            <numerusform>Niewysłane: %n zakupów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n min</source>
        <translation>
            <numerusform>najstarszy %n min</numerusform>
            <numerusform>najstarszy %n min</numerusform>
            <numerusform>najstarszy %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) manual transfer</source>
        <translation>
            <numerusform>%n wymaga ręcznego przesłania</numerusform>
            <numerusform>%n wymagają ręcznego przesłania</numerusform>
            <numerusform>%n wymaga ręcznego przesłania</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ sending restarted after an error at %1</source>
        <translation>⚠ wysyłanie wznowione po błędzie o %1</translation>
    </message>
    <message>
        <source>%1 · %2 · cash desk %3</source>
        <translation>%1 · %2 · kasa %3</translation>
    </message>
    <message>
        <source>Sign in first, then scan.</source>
        <translation>Najpierw się zaloguj, potem skanuj.</translation>
    </message>
    <message>
        <source>A bill is open. Sign out and discard it?</source>
        <translation>Rachunek jest otwarty. Wylogować się i go odrzucić?</translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation>Wyloguj i odrzuć</translation>
    </message>
    <message>
        <source>Keep the bill</source>
        <translation>Zachowaj rachunek</translation>
    </message>
    <message>
        <source>Loyalty kiosk %1
A CareCloud loyalty front-end.
PySide6 %2</source>
        <translation>Kiosk lojalnościowy %1
Aplikacja lojalnościowa dla CareCloud.
PySide6 %2</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>At least %1.</source>
        <translation>Co najmniej %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Najwyżej %1.</translation>
    </message>
    <message>
        <source>Whole numbers only.</source>
        <translation>Tylko liczby całkowite.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Najwyżej %n miejsce po przecinku.</numerusform>
            <numerusform>Najwyżej %n miejsca po przecinku.</numerusform>
            <numerusform>Najwyżej %n miejsc po przecinku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a number like %1.</source>
        <translation>Wpisz liczbę, np. %1.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete the last character</source>
        <translation>Usuń ostatni znak</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Znaki diakrytyczne</translation>
    </message>
    <message>
        <source>Caps lock on</source>
        <translation>Caps Lock włączony</translation>
    </message>
    <message>
        <source>Caps lock off</source>
        <translation>Caps Lock wyłączony</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <source>Validate phone</source>
        <translation>Zweryfikuj telefon</translation>
    </message>
    <message>
        <source>Phone number, e.g. 420601111222</source>
        <translation>Numer telefonu, np. 48601234567</translation>
    </message>
    <message>
        <source>Phone number to send the code to</source>
        <translation>Numer telefonu, na który wysłać kod</translation>
    </message>
    <message>
        <source>Where to send the code</source>
        <translation>Gdzie wysłać kod</translation>
    </message>
    <message>
        <source>Code from the message</source>
        <translation>Kod z wiadomości</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Sprawdź kod</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>SMS to the phone on file (%1)</source>
        <translation>SMS na zapisany telefon (%1)</translation>
    </message>
    <message>
        <source>SMS to another number</source>
        <translation>SMS na inny numer</translation>
    </message>
    <message>
        <source>E-mail to the address on file (%1)</source>
        <translation>E-mail na zapisany adres (%1)</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>Wyślij ponownie za %1 s</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Wyślij kod</translation>
    </message>
    <message>
        <source>Type the phone number with its country code, e.g. 420601111222.</source>
        <translation>Wpisz numer telefonu z numerem kierunkowym kraju, np. 48601234567.</translation>
    </message>
    <message>
        <source>Code sent. Ask the customer to read it out and type it below. It is valid for one hour.</source>
        <translation>Kod wysłany. Poproś klienta o odczytanie go i wpisz poniżej. Jest ważny przez godzinę.</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Wpisz kod z wiadomości.</translation>
    </message>
    <message>
        <source>This code request is unknown. Send a new code.</source>
        <translation>Ta prośba o kod jest nieznana. Wyślij nowy kod.</translation>
    </message>
    <message>
        <source>The code is wrong. Check it with the customer and type it again, or send a new code.</source>
        <translation>Kod jest błędny. Sprawdź go z klientem i wpisz ponownie albo wyślij nowy kod.</translation>
    </message>
    <message>
        <source>Phone validated.</source>
        <translation>Telefon zweryfikowany.</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Your phone number</source>
        <translation>Twój numer telefonu</translation>
    </message>
    <message>
        <source>Type the code we sent to your phone.</source>
        <translation>Wpisz kod, który wysłaliśmy na twój telefon.</translation>
    </message>
    <message>
        <source>Type your phone number with the country code; we send a code to the phone your account has.</source>
        <translation>Wpisz numer telefonu z kierunkowym kraju; wyślemy kod na telefon zapisany w twoim koncie.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Kod z wiadomości SMS</translation>
    </message>
    <message>
        <source>e.g. 420601111222</source>
        <translation>np. 48601111222</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Wyślij kod</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>We could not find one account with this number. Check it, or scan your card, or ask at the counter.</source>
        <translation>Nie znaleźliśmy jednego konta z tym numerem. Sprawdź go, zeskanuj kartę lub zapytaj przy kasie.</translation>
    </message>
    <message>
        <source>That code is not right or has expired. Type it again, or go back and ask for a new one.</source>
        <translation>Kod jest błędny lub wygasł. Wpisz go ponownie albo wróć i poproś o nowy.</translation>
    </message>
</context>
<context>
    <name>PointsScreen</name>
    <message>
        <source>Points history</source>
        <translation>Historia punktów</translation>
    </message>
    <message>
        <source>Point movements, newest first</source>
        <translation>Ruchy punktów, najnowsze najpierw</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Pokaż starsze</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punkty: %1</translation>
    </message>
    <message>
        <source>%1 points expire on %2.</source>
        <translation>%1 punktów wygaśnie %2.</translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation>Żadne punkty nie wygasną wkrótce.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printing needs %1: install kiosk-app[printer].</source>
        <translation>Do drukowania potrzebny jest %1: zainstaluj kiosk-app[printer].</translation>
    </message>
    <message>
        <source>Cannot reach the receipt printer %1 (%2). Check that it is on and connected.</source>
        <translation>Drukarka paragonów %1 jest nieosiągalna (%2). Sprawdź, czy jest włączona i podłączona.</translation>
    </message>
    <message>
        <source>The receipt printer %1 did not take the receipt (%2). Check it and print again.</source>
        <translation>Drukarka paragonów %1 nie przyjęła paragonu (%2). Sprawdź ją i wydrukuj ponownie.</translation>
    </message>
    <message>
        <source>The printer setting %1 cannot be used: %2.</source>
        <translation>Ustawienia drukarki %1 nie można użyć: %2.</translation>
    </message>
    <message>
        <source>The system has no printer named %1. Check the printer setting and the system&apos;s printers.</source>
        <translation>System nie ma drukarki o nazwie %1. Sprawdź ustawienie drukarki i drukarki systemu.</translation>
    </message>
    <message>
        <source>The system has no default printer. Set one, or name a printer in the printer setting.</source>
        <translation>System nie ma domyślnej drukarki. Ustaw ją albo podaj drukarkę w ustawieniu drukarki.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check it and print again.</source>
        <translation>Drukarka %1 nie przyjęła paragonu. Sprawdź ją i wydrukuj ponownie.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash desk %1</source>
        <translation>Kasa %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Points spent: %1</source>
        <translation>Wydane punkty: %1</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Wykorzystany kredyt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karta %1</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Zdobyte punkty: %1</translation>
    </message>
    <message>
        <source>Points balance: %1</source>
        <translation>Saldo punktów: %1</translation>
    </message>
    <message>
        <source>Sold without loyalty benefits (CareCloud was out of reach).</source>
        <translation>Sprzedano bez korzyści lojalnościowych (CareCloud był niedostępny).</translation>
    </message>
    <message>
        <source>CareCloud purchase %1</source>
        <translation>Zakup w CareCloud %1</translation>
    </message>
    <message>
        <source>Saved at this till; it will be delivered to CareCloud.</source>
        <translation>Zapisano w tej kasie; zostanie dostarczone do CareCloud.</translation>
    </message>
    <message>
        <source>Your vouchers for next time:</source>
        <translation>Twoje vouchery na następny raz:</translation>
    </message>
    <message>
        <source>Forgot your card? Scan this at the kiosk or show it at the till to get the points.</source>
        <translation>Zapomniałeś karty? Zeskanuj to w kiosku lub pokaż przy kasie, aby otrzymać punkty.</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>Rachunek %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Paragon</translation>
    </message>
    <message>
        <source>Cannot write the receipt: %1</source>
        <translation>Nie można zapisać paragonu: %1</translation>
    </message>
    <message>
        <source>Receipt saved as %1</source>
        <translation>Paragon zapisano jako %1</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punkt</numerusform>
            <numerusform>%Ln punkty</numerusform>
            <numerusform>%Ln punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>za darmo</translation>
    </message>
    <message>
        <source>up to %1×</source>
        <translation>do %1×</translation>
    </message>
    <message>
        <source>not applicable now</source>
        <translation>teraz nie do użycia</translation>
    </message>
    <message>
        <source>Applied %1×</source>
        <translation>Zastosowano %1×</translation>
    </message>
    <message>
        <source>Apply once less: %1</source>
        <translation>Zastosuj o raz mniej: %1</translation>
    </message>
    <message>
        <source>Apply once more: %1</source>
        <translation>Zastosuj jeszcze raz: %1</translation>
    </message>
</context>
<context>
    <name>RewardsScreen</name>
    <message>
        <source>Rewards</source>
        <translation>Nagrody</translation>
    </message>
    <message>
        <source>Voucher code (type or scan)</source>
        <translation>Kod kuponu (wpisz lub zeskanuj)</translation>
    </message>
    <message>
        <source>Add voucher</source>
        <translation>Dodaj kupon</translation>
    </message>
    <message>
        <source>Remove voucher</source>
        <translation>Usuń kupon</translation>
    </message>
    <message>
        <source>Back to bill</source>
        <translation>Wróć do rachunku</translation>
    </message>
    <message>
        <source>Close bill</source>
        <translation>Zamknij rachunek</translation>
    </message>
    <message>
        <source>Show all rewards</source>
        <translation>Pokaż wszystkie nagrody</translation>
    </message>
    <message>
        <source>Also those that cannot apply to this bill now</source>
        <translation>Także te, których teraz nie można zastosować do tego rachunku</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Kod vouchera</translation>
    </message>
    <message>
        <source>Vouchers on the bill</source>
        <translation>Vouchery na rachunku</translation>
    </message>
    <message>
        <source>Tap a reward to apply it; − and + change how many times.</source>
        <translation>Dotknij nagrody, aby ją zastosować; − i + zmieniają, ile razy.</translation>
    </message>
    <message>
        <source>No reward applies to this bill now.</source>
        <translation>Do tego rachunku nie pasuje teraz żadna nagroda.</translation>
    </message>
    <message>
        <source>Looking up the rewards for this bill…</source>
        <translation>Wyszukiwanie nagród dla tego rachunku…</translation>
    </message>
    <message>
        <source>Type or scan the voucher code.</source>
        <translation>Wpisz lub zeskanuj kod kuponu.</translation>
    </message>
    <message>
        <source>This voucher is already on the bill.</source>
        <translation>Ten kupon jest już na rachunku.</translation>
    </message>
    <message>
        <source>Voucher %1 is not known. Check the code.</source>
        <translation>Bon %1 jest nieznany. Sprawdź kod.</translation>
    </message>
    <message>
        <source>Voucher %1 has expired and cannot be used.</source>
        <translation>Bon %1 wygasł i nie można go użyć.</translation>
    </message>
    <message>
        <source>Voucher %1 is not valid yet.</source>
        <translation>Bon %1 jeszcze nie obowiązuje.</translation>
    </message>
    <message>
        <source>Voucher %1 has already been used.</source>
        <translation>Bon %1 został już wykorzystany.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to another customer.</source>
        <translation>Bon %1 należy do innego klienta.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to a customer: identify them first (scan their card).</source>
        <translation>Bon %1 należy do klienta: najpierw go zidentyfikuj (zeskanuj jego kartę).</translation>
    </message>
    <message>
        <source>Voucher %1 is on the bill.</source>
        <translation>Bon %1 jest na rachunku.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Working…</source>
        <translation>Przetwarzanie…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>That scan was too long to be a code (%n characters); nothing was entered. Scan again.</source>
        <translation>
            <numerusform>Zeskanowany tekst jest za długi na kod (%n znak); nic nie wprowadzono. Zeskanuj ponownie.</numerusform>
            <numerusform>Zeskanowany tekst jest za długi na kod (%n znaki); nic nie wprowadzono. Zeskanuj ponownie.</numerusform>
            <numerusform>Zeskanowany tekst jest za długi na kod (%n znaków); nic nie wprowadzono. Zeskanuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Something unexpected happened. The current step was stopped; nothing was sent twice. Try again, and tell support if it happens again.

%1</source>
        <translation>Stało się coś nieoczekiwanego. Bieżący krok został zatrzymany; nic nie zostało wysłane dwa razy. Spróbuj ponownie i zgłoś to wsparciu, jeśli się powtórzy.

%1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>CareCloud user</source>
        <translation>Użytkownik CareCloud</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Zacznij sprzedaż</translation>
    </message>
    <message>
        <source>Your own CareCloud password; it is never stored.</source>
        <translation>Twoje własne hasło CareCloud; nigdy nie jest zapisywane.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>O jeden mniej</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>O jeden więcej</translation>
    </message>
    <message>
        <source>Demo sandbox: sign in as %1 / %2</source>
        <translation>Piaskownica demo: zaloguj się jako %1 / %2</translation>
    </message>
    <message>
        <source>Type your CareCloud user name and password.</source>
        <translation>Wpisz swoją nazwę użytkownika i hasło CareCloud.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff functions</source>
        <translation>Funkcje dla personelu</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personelu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Historia zakupów</translation>
    </message>
    <message>
        <source>Unsent purchases</source>
        <translation>Niewysłane zakupy</translation>
    </message>
    <message>
        <source>Close the kiosk app</source>
        <translation>Zamknij aplikację kiosku</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Zablokuj i wyjdź</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk: run kiosk-app staff-pin and put the line it prints in the settings.</source>
        <translation>Kiosk nie ma ustawionego PIN-u personelu: uruchom kiosk-app staff-pin i wpisz wypisany wiersz do ustawień.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Błędny PIN.</translation>
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
        <translation>jeszcze %1 punktów do statusu %2</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <source>Unsent purchases</source>
        <translation>Niewysłane zakupy</translation>
    </message>
    <message>
        <source>Purchases are sent automatically. Those CareCloud refused or that failed five times wait here for you.</source>
        <translation>Zakupy są wysyłane automatycznie. Te odrzucone przez CareCloud lub nieudane pięć razy czekają tu na ciebie.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Rachunek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Wyślij ponownie wybrane</translation>
    </message>
    <message>
        <source>Resend all</source>
        <translation>Wyślij ponownie wszystkie</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Eksportuj wybrane…</translation>
    </message>
    <message>
        <source>Note, e.g. entered in CareCloud by hand</source>
        <translation>Notatka, np. wprowadzono ręcznie w CareCloud</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Jak to rozwiązano</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Oznacz jako rozwiązane</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>czeka</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>czeka na ciebie</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>anulowanie</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <source>Export purchases</source>
        <translation>Eksport zakupów</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Nie można zapisać pliku: %1</translation>
    </message>
    <message>
        <source>Write a note saying how it was resolved.</source>
        <translation>Napisz notatkę, jak to rozwiązano.</translation>
    </message>
    <message>
        <source>Only purchases that need you can be marked resolved.</source>
        <translation>Jako rozwiązane można oznaczyć tylko zakupy, które czekają na ciebie.</translation>
    </message>
</context>
</TS>
