import type { AboutText } from '../about.js';

const nl: AboutText = {
  button: 'Over deze cijfers',
  definition: {
    customers:
      'Een klant telt in een maand mee als die in die maand ten minste één abonnement met de status Actief (of Verlengd) heeft. Het cijfer is de laatste maand van het bereik; de filters gelden.',
    active:
      'Klanten met actief gebruik van een product in de maand, niet alleen een betaald abonnement. Het cijfer is de laatste maand van het bereik.',
    added: 'Klanten in een maand die de maand ervoor geen klant waren, opgeteld over het bereik. Netto: toegevoegd min verloren.',
    churned:
      'Klanten van de maand ervoor die in de maand geen klant meer zijn: geen abonnement met de status Actief meer. Opgeteld over het bereik; verloop is het aandeel verloren klanten van de klanten aan het begin van het bereik.',
    subscriptions: 'Abonnementen met de status Actief (of Verlengd) in de laatste maand van het bereik die aan de filters voldoen.',
    products:
      'Klanten in de laatste maand van het bereik per product. Een klant met meerdere producten telt bij elk ervan mee, dus de producten tellen op tot meer dan het aantal klanten.',
    geo: 'Klanten per land (de markt van de klant): huidige en actieve klanten in de laatste maand van het bereik, toegevoegde klanten over het bereik. Het percentage is het aandeel van het land in het totaal.',
    addsChurn:
      'Per maand: nieuwe klanten (de maand ervoor geen klant), bestaande klanten en verloren klanten (de maand ervoor klant, in de maand niet meer), onder nul getekend.',
    distribution:
      'Klanten in de laatste maand van het bereik per onderdeel. Een klant met meerdere segmenten, kanalen of locaties telt bij elk ervan mee.',
    sunburst:
      "Klanten in de laatste maand van het bereik per product, en per SKU van elk product. Een klant met meerdere producten of SKU's telt bij elk ervan mee.",
    trend: 'Klanten per maand en onderdeel. Een klant in meerdere onderdelen telt bij elk ervan mee.',
    activeVsTotal:
      'Per maand: klanten met actief gebruik van een product (kolommen) tegenover alle klanten, die met ten minste één abonnement met de status Actief (lijn).',
  },
};
export default nl;
