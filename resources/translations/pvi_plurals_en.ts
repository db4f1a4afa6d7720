<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ImportSentence</name>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation>
        <numerusform>%Ln order</numerusform>
        <numerusform>%Ln orders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln customer record(s)</source>
      <translation>
        <numerusform>%Ln customer record</numerusform>
        <numerusform>%Ln customer records</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln audience member(s)</source>
      <translation>
        <numerusform>%Ln audience member</numerusform>
        <numerusform>%Ln audience members</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln e-mail event(s)</source>
      <translation>
        <numerusform>%Ln e-mail event</numerusform>
        <numerusform>%Ln e-mail events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln campaign(s)</source>
      <translation>
        <numerusform>%Ln campaign</numerusform>
        <numerusform>%Ln campaigns</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln survey response(s)</source>
      <translation>
        <numerusform>%Ln survey response</numerusform>
        <numerusform>%Ln survey responses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln report row(s)</source>
      <translation>
        <numerusform>%Ln report row</numerusform>
        <numerusform>%Ln report rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln conversion path(s)</source>
      <translation>
        <numerusform>%Ln conversion path</numerusform>
        <numerusform>%Ln conversion paths</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln cost row(s)</source>
      <translation>
        <numerusform>%Ln cost row</numerusform>
        <numerusform>%Ln cost rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln experiment(s)</source>
      <translation>
        <numerusform>%Ln experiment</numerusform>
        <numerusform>%Ln experiments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln record(s)</source>
      <translation>
        <numerusform>%Ln record</numerusform>
        <numerusform>%Ln records</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>no records in %Ln row(s) read</source>
      <translation>
        <numerusform>no records in %Ln row read</numerusform>
        <numerusform>no records in %Ln rows read</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (%Ln updated)</source>
      <translation>
        <numerusform> (%Ln updated)</numerusform>
        <numerusform> (%Ln updated)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> from %Ln customer(s)</source>
      <translation>
        <numerusform> from %Ln customer</numerusform>
        <numerusform> from %Ln customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (%Ln new)</source>
      <translation>
        <numerusform> (%Ln new)</numerusform>
        <numerusform> (%Ln new)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln already in the workspace</source>
      <translation>
        <numerusform>%Ln already in the workspace</numerusform>
        <numerusform>%Ln already in the workspace</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s) have no e-mail and count as guests</source>
      <translation>
        <numerusform>%Ln order has no e-mail and counts as a guest</numerusform>
        <numerusform>%Ln orders have no e-mail and count as guests</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln issue(s) listed in the details</source>
      <translation>
        <numerusform>%Ln issue listed in the details</numerusform>
        <numerusform>%Ln issues listed in the details</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove the import of %1 (imported %2)? It takes away the %3 it holds, the %Ln issue(s) stored with it, and the customers nothing else refers to any more. The file itself is not touched.

Edit › Undo puts it back until the window closes.</source>
      <translation>
        <numerusform>Remove the import of %1 (imported %2)? It takes away the %3 it holds, the %Ln issue stored with it, and the customers nothing else refers to any more. The file itself is not touched.

Edit › Undo puts it back until the window closes.</numerusform>
        <numerusform>Remove the import of %1 (imported %2)? It takes away the %3 it holds, the %Ln issues stored with it, and the customers nothing else refers to any more. The file itself is not touched.

Edit › Undo puts it back until the window closes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportText</name>
    <message numerus="yes">
      <source>Scale nothing on evidence alone yet: no concluded experiment shows a significant win for a personalization (%n experiment(s) stored).</source>
      <translation>
        <numerusform>Scale nothing on evidence alone yet: no concluded experiment shows a significant win for a personalization (%n experiment stored).</numerusform>
        <numerusform>Scale nothing on evidence alone yet: no concluded experiment shows a significant win for a personalization (%n experiments stored).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pvi::AlertsPanel</name>
    <message numerus="yes">
      <source>Daily revenue and orders of the 4 weeks to %1 against the same weekdays before; %n target(s) set.</source>
      <translation>
        <numerusform>Daily revenue and orders of the 4 weeks to %1 against the same weekdays before; %n target set.</numerusform>
        <numerusform>Daily revenue and orders of the 4 weeks to %1 against the same weekdays before; %n targets set.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n alert(s). %1</source>
      <translation>
        <numerusform>%n alert. %1</numerusform>
        <numerusform>%n alerts. %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more.</source>
      <translation>
        <numerusform>… and %n more.</numerusform>
        <numerusform>… and %n more.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pvi::CohortHeatmap</name>
    <message numerus="yes">
      <source>%1 cohort (%n customer(s)), month +%2: %3 %4</source>
      <translation>
        <numerusform>%1 cohort (%n customer), month +%2: %3 %4</numerusform>
        <numerusform>%1 cohort (%n customers), month +%2: %3 %4</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pvi::DataBatchesPanel</name>
    <message numerus="yes">
      <source>%n imported file. Removing a batch removes the orders, records and issues it brought.</source>
      <translation>
        <numerusform>%n imported file. Removing a batch removes the orders, records and issues it brought.</numerusform>
        <numerusform>%n imported file. Removing a batch removes the orders, records and issues it brought.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n imported files. Removing a batch removes the orders, records and issues it brought.</source>
      <translation>
        <numerusform>%n imported files. Removing a batch removes the orders, records and issues it brought.</numerusform>
        <numerusform>%n imported files. Removing a batch removes the orders, records and issues it brought.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>pvi::ReportActions</name>
    <message numerus="yes">
      <source>Report saved to %1 (%n page(s)).</source>
      <translation>
        <numerusform>Report saved to %1 (%n page).</numerusform>
        <numerusform>Report saved to %1 (%n pages).</numerusform>
      </translation>
    </message>
  </context>
</TS>
