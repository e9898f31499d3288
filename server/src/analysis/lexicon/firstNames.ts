/**
 * Common given names of many cultures, lower case with accents folded. A capitalised word from
 * this list followed by another capitalised word is strong evidence of a person's name. The list
 * only has to cover frequent names: people with rarer names are found through titles, roles and
 * speech verbs instead.
 */

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
`;

/** Given names, lower case, accents folded. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter(Boolean));
