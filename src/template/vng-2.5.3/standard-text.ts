// The text of the VNG standaard verwerkersovereenkomst gemeenten, versie 2.5.3 (25-12-2025), with its
// clause ids, as source/canonical-reference.md has it (made by `vo-assistent standaard importeer`). Licence: see
// LICENSE.md beside this file. Format: docs/standard-format.md.
export const STANDARD_SOURCE = `<!--
Canonical text of the VNG standaard verwerkersovereenkomst gemeenten versie 2.5.3
(Haarlem copy), cleaned from the PDF-to-markdown seed: page-header lines
"# Gemeente Haarlem" removed, GIBIT 26.5 joined, heading levels made consistent,
list nesting repaired. The wording (typos included) is the official text, unchanged.

Machine-readable rules (read the file raw, do not render it):
- A line holding only the HTML comment "clause: ID" starts a region: every
  block after it, up to the next such line, belongs to clause ID (the ids of
  docs/spec/check-contract.md).
  ID "none" marks text that is not standard text.
- Blocks are separated by blank lines. "#".."####" are headings (levels 1-4);
  lines starting with "- " are list items, two spaces of indent per level;
  consecutive lines starting with "|" are a table, and a "|---|" line after the
  first row makes that first row the header row; any other block is a paragraph.
- A line holding only the HTML comment "pagebreak" puts a page break before
  the next block.
- Inline: **bold**, *italic*; "<br>" inside a table cell separates paragraphs of
  that cell. Everything else is literal text: "<...>" are placeholders and
  "....." blanks, exactly as the standard prints them.
-->

<!-- clause: none -->
Bijlage 5

<!-- clause: titel -->
# Verwerkersovereenkomst uitvoering <naam hoofdovereenkomst>

VNG standaard verwerkersovereenkomst gemeenten versie 2.5.3 (25-12-2025)

<!-- clause: aanhef -->
Gemeente Haarlem, waarvan <het college van Burgemeester en Wethouders/de Gemeenteraad> de verwerkingsverantwoordelijke is, verder te noemen Verwerkingsverantwoordelijke, hierbij rechtsgeldig vertegenwoordigd door de <heer of mevrouw> <persoonsnaam>, <functie>

en

<Bedrijf>, gevestigd te <plaatsnaam>, KVK-nummer <nummer> verder te noemen Verwerker, hierbij rechtsgeldig vertegenwoordigd door de <de heer of mevrouw>, <persoonsnaam>, <functie>,

hierna afzonderlijk te noemen "Partij", of gezamenlijk "Partijen"

<!-- clause: overweging-a -->
Overwogen het volgende:

- a) Partijen hebben op <datum> de <titel hoofdovereenkomst>, hierna Hoofdovereenkomst, afgesloten, op grond waarvan Verwerker de volgende dienst(en) levert aan de Verwerkingsverantwoordelijke: <specificatie dienst(en)>;

<!-- clause: overweging-b -->
- b) Verwerker verwerkt voor de uitvoering van de Hoofdovereenkomst Persoonsgegevens voor Verwerkingsverantwoordelijke;

<!-- clause: overweging-c -->
- c) Op de verwerking van Persoonsgegevens door Verwerker zijn de Algemene Verordening Gegevensbescherming (AVG) en de Uitvoeringswet AVG (UAVG) van toepassing;

<!-- clause: overweging-d -->
- d) Partijen willen in aanvulling op de AVG en de UAVG de volgende afspraken over de verwerking van Persoonsgegevens vastleggen in deze verwerkersovereenkomst (hierna: de Verwerkersovereenkomst);

En komen het volgende overeen:

<!-- clause: art-1.1 -->
## Artikel 1 Definities

1.1 Begrippen uit de AVG en de UAVG die in deze Verwerkersovereenkomst worden gebruikt, hebben dezelfde betekenis.

<!-- clause: art-1.2 -->
1.2 Bijlagen: aanhangsels bij deze Verwerkersovereenkomst, die onlosmakelijk deel uitmaken van deze Verwerkersovereenkomst.

<!-- clause: art-2.1 -->
## Artikel 2 Ingangsdatum en duur

2.1 Deze Verwerkersovereenkomst gaat in op het moment dat de Hoofdovereenkomst tot stand is gekomen, tenzij Partijen anders overeenkomen.

<!-- clause: art-2.2 -->
2.2 Deze Verwerkersovereenkomst eindigt op het moment dat Verwerker de verwerking van Persoonsgegevens op grond van de Hoofdovereenkomst heeft beëindigd en de afspraken over het teruggeven en/of wissen van Persoonsgegevens zijn nagekomen.

<!-- clause: art-2.3 -->
2.3 Wanneer Partijen een (nieuwe) Verwerkersovereenkomst overeenkomen, betekent dat dat de oude Verwerkersovereenkomst komt te vervallen.

<!-- clause: art-3.1 -->
## Artikel 3 Onderwerp van deze Verwerkersovereenkomst

3.1 Verwerker verwerkt de door of via Verwerkingsverantwoordelijke ter beschikking gestelde Persoonsgegevens uitsluitend in opdracht van Verwerkingsverantwoordelijke voor de uitvoering van de Hoofdovereenkomst en uitsluitend overeenkomstig schriftelijke instructies van Verwerkingsverantwoordelijke, tenzij een op Verwerker van toepassing zijnde Unierechtelijke of lidstaatrechtelijke wettelijke bepaling hem tot verwerking verplicht. In dat geval zal Verwerker Verwerkingsverantwoordelijke, voorafgaand aan de verwerking, daarvan zonder onredelijke vertraging in kennis stellen, tenzij die wetgeving deze kennisgeving om gewichtige redenen van algemeen belang verbiedt.

<!-- clause: art-3.2 -->
3.2 De door Verwerker uit te voeren verwerkingen staan beschreven in tabel 1 van Bijlage 1.

<!-- clause: art-4.1 -->
## Artikel 4 Inhoudelijke afspraken

### 4.1 Beveiligingsmaatregelen

Verwerker zorgt voor passende technische en organisatorische maatregelen om de Persoonsgegevens goed te beveiligen, zoals bedoeld in artikel 32 AVG. De wijze waarop Verwerker de passende technische en organisatorische maatregelen aantoont, staat in Bijlage 2.

<!-- clause: art-4.2 -->
### 4.2 Audits

Verwerker verleent alle benodigde medewerking aan audits uitgevoerd door een gecertificeerde auditor over de nakoming van de afspraken binnen deze Verwerkersovereenkomst en Bijlagen, tenzij Verwerker door middel van een geldige certificering, die periodiek door een geaccrediteerde instelling wordt getoetst, heeft aangetoond dat Verwerker de gemaakte afspraken nakomt. De kosten van deze audit worden gedragen door Verwerkingsverantwoordelijke (zowel eigen kosten als kosten van Verwerker), tenzij de auditor één of meer tekortkomingen van niet ondergeschikte aard van Verwerker constateert die ten nadele zijn van Verwerkingsverantwoordelijke.

<!-- clause: art-4.3 -->
### 4.3 Verwerking buiten de EER

Verwerker mag Persoonsgegevens buiten de Europese Economische Ruimte (laten) verwerken wanneer is voldaan aan de voorwaarden van artikel 45 of 46 AVG. Wanneer er sprake is van een verwerking buiten de EER, dan stelt Verwerker Verwerkingsverantwoordelijke daarvan vooraf op de hoogte.

<!-- clause: art-4.4 -->
### 4.4 Geheimhouding

Personen die werken voor (sub)Verwerker en (sub)Verwerker zelf, moeten Persoonsgegevens waarmee zij werken geheimhouden. De personen die werken voor Verwerker en subverwerkers hebben daarom een geheimhoudingsverklaring getekend, of zich op een andere manier schriftelijk gebonden aan de geheimhouding.

<!-- clause: art-4.5 -->
### 4.5 Subverwerkers

De ten tijde van het afsluiten van deze Verwerkersovereenkomst bekende subverwerkers vermeldt Verwerker in tabel 3 van Bijlage 1. Verwerkingsverantwoordelijke verleent hierbij algemene toestemming voor de inschakeling van subverwerkers. Verwerker houdt na de start van de werkzaamheden Verwerkingsverantwoordelijke op de hoogte van de beoogde inschakeling van nieuwe subverwerkers. Bij de inschakeling van subverwerkers blijven de artikelen 28.2 en 28.4 AVG onverkort van kracht.

<!-- clause: art-4.6 -->
### 4.6 Rechten van betrokkenen

Als een betrokkene een beroep doet op zijn rechten zoals genoemd in artikel 12 t/m 22 AVG, helpt Verwerker Verwerkingsverantwoordelijke om daarop binnen de wettelijke termijnen een beslissing te nemen.

<!-- clause: art-4.7 -->
### 4.7 Gegevensbeschermingseffectbeoordeling en voorafgaande raadpleging

Op verzoek van Verwerkingsverantwoordelijke werkt Verwerker altijd mee aan een gegevensbeschermingseffectbeoordeling (DPIA) en een voorafgaande raadpleging als bedoeld in artikel 35 en 36 AVG.

<!-- clause: art-5.1 -->
## Artikel 5 Inbreuk in verband met Persoonsgegevens

5.1 Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, maar uiterlijk binnen 24 uur, informeren na vaststelling van een (vermoedelijke) Inbreuk in verband met Persoonsgegevens. Verwerker vermeldt hierbij voor zover bekend de vermeende oorzaak van de (vermoedelijke) Inbreuk, de categorie persoonsgegevens, de categorie betrokkenen en het aantal betrokkenen.

<!-- clause: art-5.2 -->
5.2 In geval van een Inbreuk neemt Verwerker zonder onredelijke vertraging alle maatregelen om de Inbreuk te herstellen, de gevolgen daarvan te beperken en verdere Inbreuken te voorkomen en houdt de Verwerkingsverantwoordelijke hiervan voortdurend op de hoogte.

<!-- clause: art-5.3 -->
5.3 Verwerker heeft een gedetailleerd logboek van de Inbreuken en de maatregelen die op Inbreuken zijn genomen. Verwerkingsverantwoordelijke mag dat inzien, wanneer deze daarom vraagt.

<!-- clause: art-5.4 -->
5.4 Verwerkingsverantwoordelijke beslist of de Inbreuk moet worden gemeld bij de toezichthoudende autoriteit en/of Betrokkene. Verwerker ondersteunt de Verwerkingsverantwoordelijke waar nodig bij de melding aan de toezichthoudende autoriteit en/of Betrokkene.

<!-- clause: art-6.1 -->
## Artikel 6 Aansprakelijkheid

6.1 Eventuele in de Hoofdovereenkomst overeengekomen beperkingen van de aansprakelijkheid hebben ook betrekking op de Verwerkersovereenkomst.

<!-- clause: art-7.1 -->
## Artikel 7 Beëindigen verwerkersovereenkomst

7.1 Partijen moeten in de Hoofdovereenkomst afspraken maken over de beëindiging van de Hoofdovereenkomst en de daaruit voortvloeiende teruggave en wissing van Persoonsgegevens.

<!-- clause: art-7.2 -->
7.2 De geheimhouding geldt ook nog na beëindiging van deze Verwerkersovereenkomst.

<!-- clause: art-8.1 -->
## Artikel 8 Overige bepalingen

8.1 Op deze overeenkomst is Nederlands recht van toepassing. Alle geschillen, ook als alleen één Partij vindt dat er een geschil is, zullen in eerste instantie worden voorgelegd aan dezelfde bevoegde rechter als genoemd in de Hoofdovereenkomst.

<!-- clause: ondertekening -->
## Ondertekening

Aldus overeengekomen en in tweevoud ondertekend,

Ingangsdatum: <.....>

**Gemeente Haarlem**

De burgemeester van Haarlem

namens deze: <naam, functie>

plaats: <.....>

datum: <.....>

**<Naam organisatie>**

namens deze: <naam, functie>

plaats: <.....>

datum: <.....>

<!-- clause: bijlage-1 -->
<!-- pagebreak -->
## Bijlage 1: Overzicht van te verwerken persoonsgegevens, contactgegevens partijen en overzicht ingeschakelde subverwerkers

### 1. Naam verwerking, doeleinden categorieën van betrokkenen, categorieën persoonsgegevens en eventuele doorgifte naar derde landen.

| Naam verwerking/ Welke dienst en/of product | Verwerkings- doeleinden | Categorieën van Betrokkenen | (Bijzondere) Persoons- gegevens | Verwerkings -locatie | Doorgifte- instrument (indien van toepassing) | Aanvullende maatregelen (indien van toepassing) |
|---|---|---|---|---|---|---|

### 2. Contactgegevens

| **Contactpersoon Verwerkingsverantwoordelijke (NB: Ook buiten kantooruren)** | Naam:<br>Contactgegevens:<br>FG@haarlem.nl (voor het melden van datalekken en contact met FG) |
| **Contactpersoon Verwerker (NB: Ook buiten kantooruren)** | Naam:<br>Contactgegevens: |
| **Contactgegevens IBD** | telefoonnummer: 070-204 55 11<br>e-mailadres : privacy@vng.nl |

### 3. Ingeschakelde subverwerkers

| Naam en contactgegevens subverwerker | KvK-nummer | Uitbestede verwerkingen | Toepassing (geautomatiseerd systeem) | Verwerkingslocatie | Doorgifte instrument | Aanvullende maatregelen (indien van toepassing) |
|---|---|---|---|---|---|---|

**NB:** Substantiële wijzigingen in bovenstaande tabellen geven partijen op korte termijn aan elkaar door.

<!-- clause: bijlage-2 -->
<!-- pagebreak -->
## Bijlage 2: Aantonen passend niveau van beveiliging

### Normenstelsel

- De verwerker werkt volgens een algemeen erkende norm voor informatiebeveiliging, te weten: ..... (vermeld normenstelsel, zoals bijvoorbeeld NEN7510, NEN/ISO 27001, PCI/DSS) en is volgens deze norm wel/niet gecertificeerd.
  - Datum laatste certificering: .....
- De verwerker werkt volgens een algemeen erkende overheidsnorm zoals de BIO2, of vergelijkbaar, te weten: .....,
- De verwerker werkt volgens een andere norm, te weten: .....

### Toereikendheid

De toereikendheid van de informatiebeveiliging blijkt uit het volgende:

- Verwerker verstrekt een actueel en geldig certificaat en verklaring van toepasselijkheid (VVT);
- Rapportages van periodieke externe controles zoals audits, pentesten of TPM's (bijv. ISAE3xxx SOC type II);
- Een assurance rapport (TPM) van een auditor die is aangesloten bij NOREA;
- Eigen controles of eigen mededelingen over de beveiligingsmaatregelen zoals hieronder beschreven (in lijn met de aanpak uit hoofdstuk 4.4 uit de BIO2, een ICV): .....

**NB:** Uit de certificering/periodieke externe controles/audits of uit de eigen controles/beschrijvingen blijkt of kan worden afgeleid dat de beveiliging passend is bij de verwerking(en) genoemd in Bijlage 1.

### Aansluiting bij goedgekeurde gedragscode

- Verwerker is aangesloten bij een door een toezichhoudende autoriteit goedgekeurde gedragscode, te weten .....

**NB:** Substantiële wijzigingen in het bovenstaande en achteruitgang van de voorwaarden geven partijen op korte termijn aan elkaar door.

<!-- clause: gibit-16.1 -->
<!-- pagebreak -->
**Deze bijlage is facultatief: Alleen als bijlage opnemen als deze van toepassing is!**

## Bijlage 3: Relevante GIBIT 2023 artikelen

### Artikel 16. Aansprakelijkheid

16.1 De partij die toerekenbaar tekortschiet in de nakoming van zijn verplichtingen, of jegens de ander onrechtmatig handelt, is tegenover de andere partij aansprakelijk voor de door deze aldus geleden en/of te lijden schade.

<!-- clause: gibit-16.2 -->
16.2 Voor zover nakoming niet reeds blijvend onmogelijk is, of de verbintenis voortvloeit uit onrechtmatige daad of strekt tot schadevergoeding, vindt lid 1 slechts toepassing met inachtneming van het bepaalde in artikel 24.9 omtrent verzuim.

<!-- clause: gibit-16.3 -->
16.3 De in lid 1 bedoelde aansprakelijkheid voor persoons- en zaakschade en daaruit voortvloeiende schade, is beperkt tot een bedrag van € 1.250.000,- per gebeurtenis. Samenhangende gebeurtenissen worden daarbij aangemerkt als één gebeurtenis.

<!-- clause: gibit-16.4 -->
16.4 De aansprakelijkheid voor overige schade is beperkt tot twee maal de Jaarvergoeding per gebeurtenis. De totale aansprakelijkheid per jaar bedraagt evenwel nooit meer dan vier maal de Jaarvergoeding (ongeacht het aantal gebeurtenissen). Samenhangende gebeurtenissen worden daarbij aangemerkt als één gebeurtenis.

<!-- clause: gibit-16.5 -->
16.5 De in dit artikel opgenomen beperkingen van aansprakelijkheid zijn niet van toepassing:

- i) in geval van aanspraken van derden op schadevergoeding ten gevolge van dood of letsel en/of;
- ii) indien sprake is van opzet of grove schuld aan de zijde van de andere partij of diens Personeel; en/of
- iii) in geval van schending van intellectuele eigendomsrechten als bedoeld in artikel 20;
- iv) ten aanzien van door de toezichthoudende autoriteit opgelegde boetes:
  - 1. voor zover die boetes ook rechtstreeks aan de Leverancier hadden kunnen worden opgelegd, maar niet zijn opgelegd; en
  - 2. onder de voorwaarde dat Opdrachtgever Leverancier:
    - a) onverwijld schriftelijk informeert over een door een toezichthoudende autoriteit gestart onderzoek dat kan leiden tot een boete alsmede over en het bestaan en de inhoud van de opgelegde boete; en
    - b) Leverancier volledig betreft bij het voeren van verweer tegen die boete althans het aan Leverancier toe te rekenen deel van die boete.

<!-- clause: gibit-16.6 -->
16.6 Alle verplichtingen met betrekking tot Personeel van Leverancier krachtens de belasting-, zorgverzekerings- en sociale verzekeringswetgeving, komen ten laste van Leverancier. Leverancier vrijwaart Opdrachtgever tegen elke aansprakelijkheid die daarmee verband houdt. Op deze vrijwaring zijn de voorgaande beperkingen van aansprakelijkheid niet van toepassing.

<!-- clause: gibit-24.14 -->
### Artikel 24. Opschorting, opzegging en ontbinding

#### *Gevolgen van beëindiging*

24.14 Onverminderd het bepaalde in artikel 26 (exit) retourneert of verwijdert Leverancier bij het, op welke grond dan ook, eindigen van de Overeenkomst(en) op het eerste verzoek en om niet alle hem door Opdrachtgever ter hand gestelde documenten, boeken, bescheiden en andere zaken (waaronder begrepen gegevens- en informatiedragers). Bij vroegtijdige beëindiging geldt het voorgaande wederkerig.

<!-- clause: gibit-25.1 -->
### Artikel 25. Controlerecht en medewerking audits bij Opdrachtgever

#### *Controlerecht*

25.1 Opdrachtgever is gerechtigd de naleving door Leverancier van de wezenlijke verplichtingen uit hoofde van de Overeenkomst, de Inkoopvoorwaarden en de daarmee samenhangende overeenkomsten (SLA, verwerkersovereenkomst, etc.), alsmede de juistheid van toegezonden facturen, binnen een redelijke termijn door een onafhankelijke ter zake deskundige aan geheimhouding gebonden derde te laten controleren.

<!-- clause: gibit-25.2 -->
25.2 Opdrachtgever zal alvorens een controle te doen verrichten eerst Leverancier om de op grond van het vorige lid noodzakelijke informatie vragen en daarbij de aanleiding voor het betreffende verzoek kenbaar maken, althans bij generieke Dienstverlening op Afstand eerst vragen om de in artikel 35 bedoelde verklaring.

<!-- clause: gibit-25.3 -->
25.3 De controle zal alleen plaatsvinden indien Opdrachtgever - ook na beantwoording van het in het vorige lid bedoelde verzoek om informatie - gerede twijfel heeft over de nakoming van de verplichtingen door Leverancier, of indien Opdrachtgever anderszins een gerechtvaardigd belang bij de controle heeft (o.m. wettelijke plicht, instructie toezichthouder). Opdrachtgever zal vooraf de aanleiding voor de controle kenbaar maken.

<!-- clause: gibit-25.4 -->
25.4 Leverancier zal alle redelijkerwijs te verwachten medewerking verlenen aan een dergelijke controle. Leverancier zal in dat kader ten minste inzage verlenen in alle relevante gegevens en achtergrondinformatie die relevant kan zijn in het kader van voornoemde controle. Ook zal Leverancier voor zover redelijkerwijs mogelijk toegang verlenen tot de locatie waar de diensten worden verleend.

<!-- clause: gibit-25.5 -->
25.5 Opdrachtgever staat er voor in dat de in het eerste lid bedoelde derde eventueel door Leverancier gehanteerde voorschriften zal opvolgen. Indien de controle niet (volledig) kan worden uitgevoerd vanwege voornoemde voorschriften, dan komt dit evenwel voor risico van Leverancier.

<!-- clause: gibit-25.6 -->
25.6 De kosten voor deze controle worden gedragen door Opdrachtgever (zowel eigen kosten als kosten van de Leverancier), tenzij de derde één of meer tekortkomingen van niet ondergeschikte aard van Leverancier constateert die ten nadele zijn van Opdrachtgever.

<!-- clause: gibit-25.7 -->
#### *Medewerking audits bij Opdrachtgever*

25.7 Voor zover Opdrachtgever afhankelijk is van Leverancier voor de uitvoering van (wettelijke verplichte) audits, zal Leverancier alle noodzakelijke medewerking verlenen aan de uitvoering van deze audits. De kosten voor deze medewerking worden gedragen door Opdrachtgever.

<!-- clause: gibit-26.1 -->
### Artikel 26. Exit-plan, overstap, beperkte voortzetting, overdracht en verlengd gebruik

#### *Exit-plan (algemeen)*

26.1 Op eerste verzoek van Opdrachtgever zullen Partijen een exit-plan opstellen, dan wel een bestaand exit-plan bijwerken. In het exit-plan wordt vastgelegd wat er dient te gebeuren ter voorbereiding op en uitvoering van de in dit artikel beschreven werkzaamheden. Artikel 6.2 en 6.3 zijn van overeenkomstige toepassing op het exit-plan.

<!-- clause: gibit-26.2 -->
26.2 De in dit artikel bedoelde werkzaamheden – te weten overstap (artikel 26.5 e.v.), beperkte voortzetting (artikel 26.8 e.v.), overdracht (artikel 26.10) en beperkte verlenging (artikel 26.11) – zullen worden verricht overeenkomstig het bepaalde in de volgende documenten bij tegenstrijdigheid prevaleert het document hoger in rangorde):

- i. het exit-plan (indien opgesteld); en
- ii. de Overeenkomst (voor zover deze voorziet in de gevolgen van de beëindiging van de Overeenkomst); en
- iii. de Inkoopvoorwaarden.

<!-- clause: gibit-26.3 -->
26.3 Op eerste verzoek van Opdrachtgever zullen Partijen het exit-plan tussentijds evalueren. Onderdeel van de evaluatie kan zijn het geheel of gedeeltelijk simuleren of daadwerkelijk verrichten van de in het plan beschreven werkzaamheden.

<!-- clause: gibit-26.4 -->
26.4 De werkzaamheden in verband met het exit-plan zullen worden verricht tegen de in de Overeenkomst dan wel in het exit-plan daartoe bepaalde vergoeding, althans, bij gebreke daarvan, tegen de dan reguliere tarieven van Leverancier.

<!-- clause: gibit-26.5 -->
#### *Overstap naar soortgelijke ICT Prestatie*

26.5 Leverancier doet bij het, op welke grond ook beëindigen van de Overeenkomst(en), op eerste verzoek van Opdrachtgever datgene wat redelijkerwijs noodzakelijk is om er voor te zorgen dat een nieuwe leverancier of Opdrachtgever zelf zonder belemmeringen een soortgelijke ICT Prestatie ten behoeve van Opdrachtgever kan verrichten (zulks met uitzondering van de afgifte van de broncode van de Programmatuur).

<!-- clause: gibit-26.6 -->
26.6 Opdrachtgever kan in het kader van de in het vorige lid bedoelde redelijke maatregelen in ieder geval de keuze maken uit (een en ander verder uit te werken in het exit-plan):

- i) het door Leverancier alsnog aan de verplichtingen uit artikel 21 voldoen;
- ii) het door Leverancier vernietigen van de gegevens waarvoor Opdrachtgever verantwoordelijk is (tegen afgifte van bewijs van vernietiging);
- iii) het door Leverancier technisch ontvlechten en ontmantelen van (een deel van) de ICT Presentatie

<!-- clause: gibit-26.7 -->
26.7 In afwijking van het bepaalde in lid 4 worden voornoemde diensten kosteloos verricht indien de Overeenkomst wordt beëindigd wegens toerekenbaar tekortschieten door Leverancier. De onder lid 6 sub ii) bedoelde werkzaamheden worden op verzoek hoe dan ook kosteloos verricht.

<!-- clause: gibit-26.8 -->
#### *Beperkte voortzetting van ICT Prestatie*

26.8 Leverancier verklaart zich reeds nu voor alsdan bereid bij beëindiging van de Overeenkomst(en) - op welke grond dan ook - op eerste verzoek van Opdrachtgever:

- i) een nieuwe ICT Prestatie of beperkte voortzetting van de bestaande ICT Prestatie te leveren waarmee Opdrachtgever in staat blijft de met de huidige ICT Prestatie opgeslagen gegevens te raadplegen; en
- ii) een beperkte vorm van Onderhoud te (blijven) verlenen op de in het vorige lid bedoelde ICT Prestatie (namelijk binnen de kaders van de in het vorige lid bedoelde beperkte functionaliteit).

<!-- clause: gibit-26.9 -->
26.9 Voor de duur, kosten en voorwaarden voor de in het vorige lid bedoelde ICT Prestatie geldt dat:

- i) de duur ten minste een zodanige duur is dat Opdrachtgever aan de wettelijke administratieplichten kan voldoen;
- ii) de kosten in redelijke verhouding staan tot de oorspronkelijke kosten voor de gehele ICT Prestatie (naar rato van de verminderde functionaliteit), met dien verstande dat noodzakelijke verlengingen van Derdenprogrammatuur volledig kunnen worden doorbelast;
- iii) de voorwaarden behoudens het bepaalde in het vorige lid gelijk zijn aan die van de Overeenkomst.

<!-- clause: gibit-26.10 -->
#### *Overdracht ICT Prestatie*

26.10 Opdrachtgever is gerechtigd de ICT Prestatie geheel of gedeeltelijk, inclusief alle daarbij behorende Gebruiksrechten en alle aanspraken in het kader van Onderhoud, onder gelijkblijvende voorwaarden (waaronder begrepen gelijkblijvende omvang Gebruiksrechten) over te dragen aan een gemeenschappelijke regeling of andere entiteit met een publieke functie in het kader van een uitbesteding van een deel van de activiteiten van Opdrachtgever. Leverancier zal alle noodzakelijke medewerking verlenen aan voornoemde overdracht. Leverancier is niet gerechtigd voor de overgang als zodanig kosten in rekening te brengen, wel voor eventueel aanvullend te verrichten werkzaamheden. Derdenprogrammatuur is alleen overdraagbaar voor zover de wet of de toepasselijke licentievoorwaarden daaraan niet in de weg staan (vgl. artikel 22.5).

<!-- clause: gibit-26.11 -->
#### *Verlengd gebruik*

26.11 Leverancier verklaart zich voorts bereid om Opdrachtgever desgewenst toe te staan het gebruik van de ICT Prestatie na de beëindigingsdatum voor een redelijke periode te verlengen, indien de werkzaamheden overeenkomstig het Exit-plan niet tijdig zijn afgerond. Hiervoor zal een vergoeding in rekening worden gebracht naar rato van de laatst geldende gebruiksvergoedingen (waarbij noodzakelijke verlengingen van Derdenprogrammatuur volledig kunnen worden doorbelast), tenzij de niet-tijdige afronding van de Exit-werkzaamheden toerekenbaar is aan Leverancier (de verlenging is dan kosteloos).
`;
