// what README shows under the program: the finding, the decision, the CSV with BOM and ';'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Register: ERROR GO-1.2: „Ukrainischer Kulturverein Dnipro-Elbe e. V.“ ist bereits als Netzwerkpartner*in eingetragen')
assert log.contains('Erklärung abgelehnt')
assert log.contains('\uFEFFOrganisation;Nachname;Vorname;Funktion;E-Mail;Telefon;Arbeitsgruppen;Arbeitsgruppenübergreifende Treffen')
assert log.contains('Afghanischer Kulturverein Pamir;Ahmadi;Sahar;Beraterin;kontakt@afghanis.example;0391 5550442;AG Sprache;ja')
assert new File(basedir, 'anwesenheit.pdf').length() > 10000
return true
