import type { AboutText } from '../about.js';

const de: AboutText = {
  button: 'Über diese Zahlen',
  definition: {
    customers:
      'Ein Kunde zählt in einem Monat, wenn er in diesem Monat mindestens ein Abonnement im Status Aktiv (oder Verlängert) hat. Die Zahl ist der letzte Monat des Zeitraums; die Filter gelten.',
    active:
      'Kunden mit aktiver Nutzung eines Produkts im Monat, nicht nur einem bezahlten Abonnement. Die Zahl ist der letzte Monat des Zeitraums.',
    added:
      'Kunden in einem Monat, die im Vormonat keine Kunden waren, über den Zeitraum summiert. Netto: neue abzüglich abgewanderter Kunden.',
    churned:
      'Kunden des Vormonats, die im Monat keine Kunden mehr sind: kein Abonnement im Status Aktiv mehr. Über den Zeitraum summiert; die Abwanderungsrate ist ihr Anteil an den Kunden zu Beginn des Zeitraums.',
    subscriptions: 'Abonnements im Status Aktiv (oder Verlängert) im letzten Monat des Zeitraums, die zu den Filtern passen.',
    products:
      'Kunden im letzten Monat des Zeitraums je Produkt. Ein Kunde mit mehreren Produkten zählt bei jedem davon, daher ergeben die Produkte zusammen mehr als die Kunden.',
    geo: 'Kunden je Land (dem Markt des Kunden): aktuelle und aktive Kunden im letzten Monat des Zeitraums, neue Kunden über den Zeitraum. Der Prozentsatz ist der Anteil des Landes an der Summe.',
    addsChurn:
      'Je Monat: neue Kunden (im Vormonat keine Kunden), bestehende Kunden und abgewanderte Kunden (im Vormonat Kunden, im Monat nicht mehr), unter null gezeichnet.',
    distribution:
      'Kunden im letzten Monat des Zeitraums je Element. Ein Kunde mit mehreren Segmenten, Kanälen oder Standorten zählt bei jedem davon.',
    sunburst:
      'Kunden im letzten Monat des Zeitraums je Produkt und je SKU eines Produkts. Ein Kunde mit mehreren Produkten oder SKUs zählt bei jedem davon.',
    trend: 'Kunden je Monat und Element. Ein Kunde in mehreren Elementen zählt bei jedem davon.',
    activeVsTotal:
      'Je Monat: Kunden mit aktiver Nutzung eines Produkts (Säulen) gegenüber allen Kunden, denen mit mindestens einem Abonnement im Status Aktiv (Linie).',
  },
};
export default de;
