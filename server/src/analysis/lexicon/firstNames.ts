/**
 * Common given names of many cultures, lower case with accents folded. A capitalised word from
 * this list followed by another capitalised word is strong evidence of a person's name. The list
 * only has to cover frequent names: people with rarer names are found through titles, roles and
 * speech verbs instead.
 */

import { foldName } from './fold';

const NAMES = `
aaron abdul abdullah abigail abraham adam adrian agnes ahmad ahmed aisha alan albert alberto alejandro
aleksandr aleksei alessandro alex alexander alexandra alexandre alexei alexey alexis alfred ali alice alicia
alina alison amanda amelia amir amy ana anastasia anders andre andrea andreas andrei andrew andrey andrzej
angela angelina anita ann anna anne annie anthony antoine anton antonio arjun arnaud arthur ashley aziz
barbara barack barry bart beatrice ben benjamin bernard bernardo bill bob bogdan boris brandon brendan brian
bruce bruno camille carl carla carlos carmen caroline carol catherine cecile charles charlie charlotte chen
chris christian christina christine christophe christopher claire clara claude colin connor craig cristina
daniel daniela danielle dario david dean deborah denis dennis diana diego dimitri dmitri dmitriy dmitry
dominic dominique donald doris dorothy douglas dylan edward elena eli elias elizabeth ellen emily emma
emmanuel eric erik ernesto esther ethan eugene eva evan fatima felipe felix fernando filip fiona florian
francesca francesco francis francisco francois frank franz fred frederick gabriel gabriela gary gavin
george georges gerald gerard gerhard giorgio giovanni giuseppe gloria gordon grace graham greg gregory
guillaume gustavo hannah hans harold harry hassan hector heinrich helen helena helmut henri henry herbert
hiroshi hugo hussein ian igor ilya ines ingrid irene irina isaac isabel isabella isabelle ivan jack jacob
jacques jake james jan jane janet jared jason javier jean jeff jeffrey jennifer jeremy jerome jessica jim
jimmy joan joanna joao joe joel johann johannes john jonathan jordan jorge jose josef joseph joshua juan
judith julia julian julie julien jurgen justin kai kamala karen karim karin karl kate katherine kathleen
katie keir keith kelly ken kenneth kevin kim kirill klaus kofi konstantin kurt larry laura laurent lauren
lee leo leon leonardo li lin linda lisa liu liz louis louise luc luca lucas lucia luis luke lydia
magdalena manuel marc marco marcus margaret maria marie marina mario mark marta martin mary mateo matteo
matthew matthias maurice max maxim maxime melissa mia michael michel michelle miguel mikhail milan mohamed
mohammad mohammed muhammad nadia nancy naomi narendra natalia natalie nathalie nathan nicholas nick nicola
nicolas nikita nikolai nikolay nina noah noel nora oleg olga oliver olivia omar oscar pablo pamela pascal
patricia patrick paul paula pavel pedro peter petr petra philip philippe pierre piotr rachel rafael rahul
raj rajesh ralph ramon raymond rebecca richard rishi rita robert roberto robin roger roman ronald rosa
ruth ryan sabine sally samuel sandra sara sarah scott sean sebastian sergei sergey sergio sharon simon
sofia sophie stanislav stefan stefano stephanie stephen steve steven susan svetlana sylvie taras tatiana
tatyana teresa thierry thomas tim timothy tina tom tomas tony ursula valentina valerie vanessa vasily
vera veronica victor viktor vincent virginia vitaly vladimir vladislav walter wang wei werner william
wolfgang xavier yann yasmin yevgeny yosef youssef yuki yulia yuri yury yusuf zhang zoe
oleksandr oleksiy olena andriy mykola mykhailo petro volodymyr yuliia serhiy dmytro vitali vitaliy
ahmet mehmet mustafa emre recep fatih ayse zeynep
hamid mahmoud khalid mustafa ibrahim youssef rania layla leila nasser tariq walid yasser
sanjay priya anil amit deepak sunil vijay ravi narayan indira
hiro takashi kenji akira haruto yuko naoko
min jun seo ji
kwame kofi amina chidi ngozi oluwaseun thabo nelson cyril
jose luis juan carlos pedro javier diego maria guadalupe alejandra
giuseppe francesca chiara giulia
lars anders sven erik ingrid astrid bjorn nils
jan piotr krzysztof tomasz agnieszka katarzyna malgorzata
sean siobhan niamh aoife ciaran eamon
geoffrey dane jacinta jacinto katrin wendy jacqueline betty donna kimberly heather terry randy wayne howard
`;


/**
 * More given names, by region: Polish, Czech and Slovak, Slovene and the Western Balkans, Bulgarian,
 * East Slavic, Baltic, Hungarian, Romanian, Greek, Nordic, German and Dutch, French, Italian, Spanish
 * and Latin American, Portuguese and Brazilian, Turkish and Central Asian, Caucasian, Arabic and
 * Persian, West and East African, South Asian and South-East Asian (with the commonest Vietnamese
 * family names, which come first). The first list knew the given name of only a quarter of the
 * people in our evaluation stories. Names that are also places, leagues or currencies ("Sofia"
 * aside, which the place lexicon outranks; "Liga", "Franc", "Lech") are left out.
 */
const MORE_NAMES = `
aleksandra alicja bartosz bartlomiej beata bogumila bozena czeslaw damian danuta dariusz dawid dominik dorota
edyta elzbieta ewa ewelina franciszek grazyna grzegorz halina hanna henryk irena iwona jacek jadwiga jakub
janina janusz jaroslaw jerzy jolanta jozef justyna kamil karol karolina kazimierz konrad krystyna leszek
lukasz maciej marcin marek mariusz mateusz michal miroslaw monika pawel przemyslaw radoslaw rafal renata
ryszard slawomir stanislaw sylwia szymon tadeusz urszula wieslaw witold wojciech zbigniew zdzislaw zofia
zuzanna
alena alois antonin bohumil bohuslav bretislav dagmar eliska frantisek hana ivana jana jaromir jaroslav
jindrich jiri karel katerina klara ladislav libor lubomir lucie ludmila lukas michaela milos miroslav ondrej
pavla radek radka tereza vaclav vilem vit vlasta zdenek zdenka zuzana juraj matej marian lubos
ales andrej anja bojan bostjan branko darko davor dejan dragan drago dusan goran gregor ivo janez janko jasna
joze jure katarina kresimir marija marjan marko matjaz milena mirjana mladen nada natasa nebojsa nenad ognjen
petar predrag rade radovan ranko sanja sasa simona slavko slobodan snezana srdjan stjepan tanja tomaz tomislav
uros vesna vladan vlado zarko zeljko zlatko zoran zvonimir ante mirko tihomir nives lana luka maja
boyko dimitar dimitrina georgi hristo ivaylo kaloyan krasimir lyubomir plamen rosen rumen stoyan svetla todor
tsvetan valentin vasil yordan zhivko desislava galina mariya petya teodora
anatoly evgeny gennady grigory maksim ruslan vadim valery vyacheslav yaroslav oksana lyudmila ekaterina
kateryna daria viktoria tetiana ihar henadz uladzimir aliaksandr siarhei
andris arturs edgars gatis ilze inese janis juris karlis maris martins raimonds valdis aivars dace ilona
kristaps krisjanis egils uldis zane agnese vaira algirdas darius giedre gintaras jonas jurgita kestutis linas
mindaugas rasa ruta saulius vytautas audrius aurelija ingrida andrus kersti marit peeter tiit toomas urmas
kadri liis madis
akos andras attila balazs csaba eszter ferenc gabor gyorgy ildiko imre istvan janos jozsef judit katalin
krisztina laszlo miklos norbert orsolya reka sandor szabolcs tamas tibor zoltan zsofia zsolt zsuzsanna gergely
erzsebet
alexandru andreea catalin constantin dorin dragos florin gheorghe horia ioan ioana ionel ionut iulian liviu
lucian marius mihai mihaela mircea nicolae nicusor ovidiu radu razvan sorin teodor traian vasile viorel ilie
costel cosmin oana raluca
alexandros anastasios angeliki antonis apostolos christos dimitris dimitrios eleni evangelos georgios giorgos
ioannis kostas konstantinos nikolaos nikos panagiotis pavlos petros sotiris spyros stavros theodoros vasilis
yiannis yiorgos despina
birgit camilla frida gunnar hakon henrik jens johan jorgen kari kjell knut leif lena magnus mette mikkel
morten ola ole rasmus sigrid silje solveig stig svein terje torbjorn trond ulf vidar tuomas mikko juha jukka
matti pekka timo antti heikki sanna marja kaisa anu emil oskar linnea ebba elin
bernd christoph dieter dirk elisabeth friedrich gernot gunther gunter hannes heike heinz holger horst joachim
jorg manfred markus otto rainer reinhard rolf susanne thorsten tobias ulrich uwe volker brigitte theresa
hannelore gudrun renate annette claudia kerstin anke britta jannik leonie priska reto urs ueli daan joost
sander femke willem pieter bram thijs ruud wouter sanne anouk lotte maarten geert hendrik jeroen koen niels
amelie aurelie bastien benoit celine clement delphine didier elodie etienne fabien frederic gael helene herve
margaux mathieu patrice remi renaud sebastien thibault yves
alessandra alessio angelo antonella carlo claudio davide enrico fabio federica federico gianluca giorgia
lorenzo luigi maurizio michele paolo pietro riccardo salvatore silvia simone vincenzo
adriana alvaro andres armando beatriz camilo cristobal eduardo emilio enrique esteban fernanda gerardo gonzalo
guillermo hernan ignacio jesus jimena joaquin julio marcela marcos margarita mariana marisol mauricio monica
mercedes dolores soledad pilar consuelo esperanza
nestor raul ricardo rodrigo ruben ximena yesenia milagros alfonso agustin arturo emiliano horacio matias
octavio rolando edgar
adriano afonso caio diogo duarte edson gilberto goncalo guilherme henrique leonor lurdes luisa marcelo marcio
mateus nuno otavio raquel rui tiago thiago vinicius vitor inacio joaquim sebastiao rosangela conceicao vasco luiz raimundo
francisca aparecida augusto leandro luciana
aliya almazbek asel baris burak cem daulet elchin elif emine erdal erkan fatma gulnara hakan hasan huseyin
ilham kemal kerem murat nurlan omer osman ozgur ramil rustam sabina selim serkan sherzod timur ufuk
giorgi irakli levan davit nino tamar tamara zurab lasha armen aram arman gohar hayk narine tigran vahe
abdel amal ayman bashir fadi farid hamza hossein jamal majid mariam mehdi mona morteza nabil reza saeed salim
samir yousef zainab
abena abiodun adebayo adewale akosua amadou aminata babajide chinedu chioma emeka efua fatou folake ibrahima
kwabena kwesi moussa nkosi olumide seun sipho themba tunde yaw abdullahi mamadou ousmane seydou fatoumata
aissatou bongani lindiwe mpho nomsa tendai tatenda farai wanjiru wambui otieno ochieng achieng njeri mwangi
kamau
aarav abhishek aditya ajay akash anjali arvind ashok dinesh gopal harish kavita lakshmi mahesh manish meena
mohan neha nitin pooja prakash pradeep rakesh ramesh rohit sachin sandeep santosh shankar shanti sunita suresh
vikram vinod anwar farida rokeya mahbub shafiq tahmina nasrin
kazuo naoki satoshi yoshiko agus bambang hendra yohanes dewi budi wayan ketut putu joko siti rizal
nguyen tran pham hoang phan dang bui duong trinh luong
javokhir javohir jasur sardor sherzod bekzod nodir nodirbek ulugbek dilshod farrukh shavkat jamshid otabek bobur
alisher akmal askar nursultan kassym kairat yerlan daniyar aibek almaz bakyt kanat nurlan serik marat saken
emomali dilnoza gulnara madina nodira zarina aigerim dinara saule gulnoza malika shahnoza
cesar
`;

const NON_ASCII = /[^\x00-\x7f]/u;

const NAME_SET: ReadonlySet<string> = new Set(`${NAMES} ${MORE_NAMES}`.split(/\s+/u).filter(Boolean));

/**
 * Given names, lower case, accents folded. Asked with a word as written in lower case: "josé" and
 * "césar" are looked up folded, as the list holds them.
 */
export const FIRST_NAMES: { has(name: string): boolean } = {
  // (Folded only when it can change something: this is asked of nearly every capitalised word.)
  has: (name) => NAME_SET.has(name) || (NON_ASCII.test(name) && NAME_SET.has(foldName(name))),
};
