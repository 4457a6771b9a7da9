<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityLibrary</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Más cortas primero</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Más largas primero</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Activity library - Handbook</source>
        <translation>Biblioteca de actividades - Handbook</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Minutos disponibles</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> min or less</source>
        <translation> min o menos</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Low energy</source>
        <translation>Energía baja</translation>
    </message>
    <message>
        <source>Medium energy</source>
        <translation>Energía media</translation>
    </message>
    <message>
        <source>High energy</source>
        <translation>Energía alta</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation>Presencial o en línea</translation>
    </message>
    <message>
        <source>Any energy</source>
        <translation>Cualquier energía</translation>
    </message>
    <message>
        <source>Needs &amp;no materials</source>
        <translation>&amp;No necesita materiales</translation>
    </message>
    <message>
        <source>Words in the title, text or tags</source>
        <translation>Palabras del título, el texto o las etiquetas</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Tarjetas por página</translation>
    </message>
    <message>
        <source>4 cards to a page</source>
        <translation>4 por página</translation>
    </message>
    <message>
        <source>2 cards to a page</source>
        <translation>2 por página</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Sett&amp;ing:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energía:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Activities found</source>
        <translation>Actividades encontradas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The chosen activity</source>
        <translation>La actividad elegida</translation>
    </message>
    <message>
        <source>Suggest &amp;one</source>
        <translation>&amp;Sugerir una</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Agregar al plan</translation>
    </message>
    <message>
        <source>&amp;Print cards...</source>
        <translation>Im&amp;primir tarjetas...</translation>
    </message>
    <message>
        <source>Save cards as P&amp;DF...</source>
        <translation>Guardar en PD&amp;F...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No materials needed</source>
        <translation>No necesita materiales</translation>
    </message>
    <message>
        <source>{shown} of {total} activities</source>
        <translation>{shown} de {total} actividades</translation>
    </message>
    <message>
        <source>&amp;Print 1 card...</source>
        <translation>Im&amp;primir 1 tarjeta...</translation>
    </message>
    <message>
        <source>&amp;Print {n} cards...</source>
        <translation>Im&amp;primir {n} tarjetas...</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <source>Type to filter by title, text or tag</source>
        <translation>Escribe para filtrar por título, texto o etiqueta</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrar actividades</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Template for this meeting</source>
        <translation>Plantilla para esta sesión</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>&amp;Volver a la plantilla</translation>
    </message>
    <message>
        <source>Forget the changes to this meeting&apos;s agenda</source>
        <translation>Descartar los cambios en la agenda de esta sesión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What the last change did</source>
        <translation>Qué hizo el último cambio</translation>
    </message>
    <message>
        <source>Total time against the meeting length</source>
        <translation>Tiempo total frente a la duración de la sesión</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Agregar punto</translation>
    </message>
    <message>
        <source>Add a&amp;ctivity...</source>
        <translation>A&amp;gregar actividad...</translation>
    </message>
    <message>
        <source>&amp;Swap activity...</source>
        <translation>Cam&amp;biar actividad...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Week {n} of {count}: {title}</source>
        <translation>Semana {n} de {count}: {title}</translation>
    </message>
    <message>
        <source>  (edited)</source>
        <translation>  (con cambios)</translation>
    </message>
    <message>
        <source>⚠ missing: {id}</source>
        <translation>⚠ falta: {id}</translation>
    </message>
    <message>
        <source>The pack has no such activity; swap it for another one.</source>
        <translation>El paquete no tiene esta actividad. Cámbiala por otra.</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Sin actividad</translation>
    </message>
    <message>
        <source>{total} of {length} minutes: {n} over</source>
        <translation>{total} de {length} minutos: {n} de más</translation>
    </message>
    <message>
        <source>{total} of {length} minutes: {n} to spare</source>
        <translation>{total} de {length} minutos: sobran {n}</translation>
    </message>
    <message>
        <source>{total} of {length} minutes</source>
        <translation>{total} de {length} minutos</translation>
    </message>
    <message>
        <source>{sign} Total: {text}</source>
        <translation>{sign} Total: {text}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Answer the questions of this page here</source>
        <translation>Responde aquí las preguntas de esta página</translation>
    </message>
    <message>
        <source>Clear my answers and try again</source>
        <translation>Borrar mis respuestas e intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de tareas</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backup not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Put the backup of {time} in place of the progress of {name}?

The progress you have now is backed up first, so you can go back to it.</source>
        <translation>¿Reemplazar el progreso de {name} por la copia de seguridad del {time}?

Antes se hace una copia del progreso que tienes ahora, así puedes volver a él.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of {time}.</source>
        <translation>Se restauró la copia de seguridad del {time}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Handbook backs up the progress of &lt;b&gt;{name}&lt;/b&gt; when it starts and closes, every half hour while you work, and before an import or a course update. Older backups are thinned out.&lt;br/&gt;Folder: {folder}</source>
        <translation>Handbook hace una copia de seguridad del progreso de &lt;b&gt;{name}&lt;/b&gt; al abrirse y al cerrarse, cada media hora mientras trabajas, y antes de importar o de actualizar un curso. De las copias más antiguas se guardan solo algunas.&lt;br/&gt;Carpeta: {folder}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>CircleForm</name>
    <message>
        <source>Circle details</source>
        <translation>Datos del círculo</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Título del curso</translation>
    </message>
    <message>
        <source>e.g. Learning to code with Python</source>
        <translation>p. ej., Programar con Python</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>e.g. Central Library, room 2</source>
        <translation>p. ej., Biblioteca Central, sala 2</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Personas facilitadoras</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>First meeting date</source>
        <translation>Fecha de la primera sesión</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Choosing a day moves the first meeting to the next such day.</source>
        <translation>Al elegir un día, la primera sesión pasa a la próxima fecha que cae en ese día.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <source>Problem with the circle details</source>
        <translation>Problema en los datos del círculo</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Pe&amp;rsonas facilitadoras:</translation>
    </message>
    <message>
        <source>First &amp;meeting:</source>
        <translation>Pri&amp;mera sesión:</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Día de la semana:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <source>&amp;Number of meetings:</source>
        <translation>&amp;Número de sesiones:</translation>
    </message>
    <message>
        <source>Meeting &amp;length:</source>
        <translation>D&amp;uración de la sesión:</translation>
    </message>
</context>
<context>
    <name>CourseProgressView</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Lessons done in the course</source>
        <translation>Lecciones completadas del curso</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Suggested minutes</source>
        <translation>Minutos sugeridos</translation>
    </message>
    <message>
        <source>Lessons done; a half circle means started, a tick means done</source>
        <translation>Estado de cada lección: medio círculo si está empezada, una marca si está completada</translation>
    </message>
    <message>
        <source>{done} of {total} lessons done</source>
        <translation>{done} de {total} lecciones completadas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>%v of %m lessons done</source>
        <translation>%v de %m lecciones completadas</translation>
    </message>
    <message>
        <source>No lessons</source>
        <translation>No hay lecciones</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <source>No profile: progress is not kept</source>
        <translation>Sin perfil: el progreso no se guarda</translation>
    </message>
</context>
<context>
    <name>CourseTree</name>
    <message>
        <source>Course contents</source>
        <translation>Contenido del curso</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Suggested minutes</source>
        <translation>Minutos sugeridos</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>(no log file: the data folder cannot be written)</source>
        <translation>(no hay archivo de registro: no se puede escribir en la carpeta de datos)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Handbook met a problem it did not expect:
{error}

Your progress is saved as you go, and Handbook keeps running. If this happens again, close Handbook and open it again, and send this file to whoever looks after this computer:
{log}</source>
        <translation>Handbook encontró un problema inesperado:
{error}

Tu progreso se guarda a medida que avanzas, y Handbook sigue funcionando. Si vuelve a pasar, cierra Handbook y ábrelo de nuevo, y envía este archivo a quien cuida esta computadora:
{log}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Resultado anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Resultado siguiente (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Guardar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>How did it go? - Handbook</source>
        <translation>¿Cómo fue? - Handbook</translation>
    </message>
    <message>
        <source>Count &amp;only</source>
        <translation>Solo el &amp;número</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>Por &amp;nombre</translation>
    </message>
    <message>
        <source>How many people came</source>
        <translation>Cuántas personas vinieron</translation>
    </message>
    <message>
        <source>Learners: tick who came</source>
        <translation>Participantes: marque quién vino</translation>
    </message>
    <message>
        <source>New names, separated by commas</source>
        <translation>Nombres nuevos, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Add names</source>
        <translation>&amp;Añadir nombres</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>1 poor</source>
        <translation>1 mal</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 good</source>
        <translation>3 bien</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 very good</source>
        <translation>5 muy bien</translation>
    </message>
    <message>
        <source>Rating: {label}</source>
        <translation>Valoración: {label}</translation>
    </message>
    <message>
        <source>Plus: what went well</source>
        <translation>Plus: lo que salió bien</translation>
    </message>
    <message>
        <source>Delta: what to change next time</source>
        <translation>Delta: lo que cambiar la próxima vez</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Una nota para ti</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Semana {n}</translation>
    </message>
    <message>
        <source>Who came:</source>
        <translation>Quién vino:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message>
        <source>&amp;Plus:</source>
        <translation>&amp;Plus:</translation>
    </message>
    <message>
        <source>&amp;Delta:</source>
        <translation>&amp;Delta:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Learners&apos; goals</source>
        <translation>Metas de los participantes</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>Add a &amp;goal</source>
        <translation>Añadir una &amp;meta</translation>
    </message>
    <message>
        <source>Your reflection on the whole circle</source>
        <translation>Tu reflexión sobre todo el círculo</translation>
    </message>
    <message>
        <source>Learners&apos; goals (from the goals form) and how far each got:</source>
        <translation>Metas de los participantes (del formulario de metas) y cuánto logró cada uno:</translation>
    </message>
    <message>
        <source>&amp;Reflection on the whole circle:</source>
        <translation>&amp;Reflexión sobre todo el círculo:</translation>
    </message>
    <message>
        <source>This &amp;meeting</source>
        <translation>Esta &amp;sesión</translation>
    </message>
    <message>
        <source>The whole &amp;circle</source>
        <translation>Todo el &amp;círculo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>met</source>
        <translation>lograda</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>lograda en parte</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no lograda</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Estado de la meta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>Ade&amp;lante</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>No&amp;rmal size</source>
        <translation>&amp;Tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Ac&amp;tividades</translation>
    </message>
    <message>
        <source>Session p&amp;lans</source>
        <translation>&amp;Planes de sesión</translation>
    </message>
    <message>
        <source>Fo&amp;rms</source>
        <translation>&amp;Formularios</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>Mostrar p&amp;roblemas</translation>
    </message>
    <message>
        <source>&amp;Find in page...</source>
        <translation>Buscar en esta pá&amp;gina...</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Buscar siguient&amp;e</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Buscar ante&amp;rior</translation>
    </message>
    <message>
        <source>&amp;About Handbook</source>
        <translation>&amp;Acerca de Handbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>{title} - Handbook</source>
        <translation>{title} - Handbook</translation>
    </message>
    <message>
        <source>This page is not in the pack: {path}</source>
        <translation>Esta página no está en el paquete: {path}</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Meeting mode - Handbook</source>
        <translation>Modo sesión - Handbook</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Hora actual</translation>
    </message>
    <message>
        <source>Time left in the meeting</source>
        <translation>Tiempo que queda de la sesión</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Time left for this item</source>
        <translation>Tiempo que queda para este punto</translation>
    </message>
    <message>
        <source>What the timer is doing</source>
        <translation>Qué hace el temporizador</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Agenda, with new times</source>
        <translation>Agenda, con las horas nuevas</translation>
    </message>
    <message>
        <source>What to cut</source>
        <translation>Qué recortar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>Empezar / pausa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Punto siguiente</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>Cinco minutos más</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Sonido al acabar el tiempo</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keys: Space start or pause · Right or N next item · Left or P back · + five more minutes · Esc leave</source>
        <translation>Teclas: Espacio empezar o pausa · Derecha o N punto siguiente · Izquierda o P atrás · + cinco minutos más · Esc salir</translation>
    </message>
    <message>
        <source>Leave the meeting?</source>
        <translation>¿Salir de la sesión?</translation>
    </message>
    <message>
        <source>The meeting is still running. Leave meeting mode? You can write how it went next.</source>
        <translation>La sesión sigue en marcha. ¿Salir del modo sesión? Después puedes escribir cómo fue.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>{time} left in the meeting</source>
        <translation>Quedan {time} de sesión</translation>
    </message>
    <message>
        <source>The meeting is {time} over its time</source>
        <translation>La sesión pasa {time} de su hora</translation>
    </message>
    <message>
        <source>The meeting is over</source>
        <translation>La sesión ha terminado</translation>
    </message>
    <message>
        <source>Press Esc or Space to write how it went.</source>
        <translation>Pulsa Esc o Espacio para escribir cómo fue.</translation>
    </message>
    <message>
        <source>{n} of {count}: {title}</source>
        <translation>{n} de {count}: {title}</translation>
    </message>
    <message>
        <source>Time is up: {time} over. Press N for the next item or + for five more minutes.</source>
        <translation>Se acabó el tiempo: {time} de más. Pulsa N para el punto siguiente o + para cinco minutos más.</translation>
    </message>
    <message>
        <source>Press Space to start the meeting.</source>
        <translation>Pulsa Espacio para empezar la sesión.</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <source>{minutes} minutes for this item</source>
        <translation>{minutes} minutos para este punto</translation>
    </message>
    <message>
        <source>Next: {title} ({minutes} min)</source>
        <translation>Siguiente: {title} ({minutes} min)</translation>
    </message>
    <message>
        <source>Next: the end of the meeting</source>
        <translation>Siguiente: el final de la sesión</translation>
    </message>
    <message>
        <source>Time is up for {title}.</source>
        <translation>Se acabó el tiempo de {title}.</translation>
    </message>
    <message>
        <source>✓ {item}</source>
        <translation>✓ {item}</translation>
    </message>
    <message>
        <source>▶ {item}</source>
        <translation>▶ {item}</translation>
    </message>
    <message>
        <source>✗ does not fit before {time}</source>
        <translation>✗ no cabe antes de las {time}</translation>
    </message>
    <message>
        <source>The agenda now runs {n} minutes past the end: shorten or cut an item marked ✗.</source>
        <translation>La agenda ahora pasa {n} minutos del final: acorta o quita un punto marcado con ✗.</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your notes on this lesson</source>
        <translation>Tus notas sobre esta lección</translation>
    </message>
    <message>
        <source>Your notes on &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Tus notas sobre &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What will you try in your circle? What surprised you? What would you do differently?</source>
        <translation>¿Qué vas a probar en tu círculo? ¿Qué te sorprendió? ¿Qué harías de otra manera?</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Notes are kept for lessons of the course.</source>
        <translation>Las notas se guardan para las lecciones del curso.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>OverviewWindows</name>
    <message>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
    <message>
        <source>Make or choose a profile (Tools &amp;gt; Profiles) to keep your progress.</source>
        <translation>Crea o elige un perfil (Herramientas &amp;gt; Perfiles) para guardar tu progreso.</translation>
    </message>
</context>
<context>
    <name>PackFeed</name>
    <message>
        <source>{folder}: there is no such folder; give the folder that holds the .hbpack files.</source>
        <translation>{folder}: esa carpeta no existe; indica la carpeta que tiene los archivos .hbpack.</translation>
    </message>
    <message>
        <source>names a folder as well as a file</source>
        <translation>nombra una carpeta además de un archivo</translation>
    </message>
    <message>
        <source>does not end in .hbpack</source>
        <translation>no termina en .hbpack</translation>
    </message>
    <message>
        <source>{feed}: the feed&apos;s index {problem}; ask whoever runs the feed to make it again with &apos;handbook pack feed&apos;.</source>
        <translation>{feed}: el índice de la fuente {problem}; pide a quien mantiene la fuente que lo haga de nuevo con &apos;handbook pack feed&apos;.</translation>
    </message>
    <message>
        <source>is bigger than {size} MB</source>
        <translation>ocupa más de {size} MB</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>is not a Handbook pack feed</source>
        <translation>no es una fuente de paquetes de Handbook</translation>
    </message>
    <message>
        <source>has an unknown format version {version}</source>
        <translation>tiene una versión de formato desconocida: {version}</translation>
    </message>
    <message>
        <source>{feed}: the feed uses format {version}, newer than this Handbook reads; install a newer Handbook to use it.</source>
        <translation>{feed}: la fuente usa el formato {version}, más nuevo del que lee este Handbook; instala un Handbook más nuevo para usarla.</translation>
    </message>
    <message>
        <source>has no list of packs</source>
        <translation>no tiene una lista de paquetes</translation>
    </message>
    <message>
        <source>lists more than {count} packs</source>
        <translation>lista más de {count} paquetes</translation>
    </message>
    <message>
        <source>has a wrong entry {number}: {problem}</source>
        <translation>tiene una entrada {number} incorrecta: {problem}</translation>
    </message>
    <message>
        <source>lists the file {name} twice</source>
        <translation>lista dos veces el archivo {name}</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not text</source>
        <translation>&apos;{key}&apos; no es texto</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is too long or holds control characters</source>
        <translation>&apos;{key}&apos; es demasiado largo o tiene caracteres de control</translation>
    </message>
    <message>
        <source>the pack id {id} is not allowed</source>
        <translation>el id de paquete {id} no está permitido</translation>
    </message>
    <message>
        <source>the version {version} does not look like 1.0.0</source>
        <translation>la versión {version} no tiene la forma 1.0.0</translation>
    </message>
    <message>
        <source>the size {size} is not a number of bytes a pack can have</source>
        <translation>el tamaño {size} no es un número de bytes que pueda tener un paquete</translation>
    </message>
    <message>
        <source>the checksum is not a SHA-256</source>
        <translation>la suma de control no es un SHA-256</translation>
    </message>
    <message>
        <source>the signer {signer} is not a key id</source>
        <translation>el firmante {signer} no es un id de clave</translation>
    </message>
    <message>
        <source>the file name {name} {problem}</source>
        <translation>el nombre de archivo {name} {problem}</translation>
    </message>
    <message>
        <source>{feed}: the web address has no server name.</source>
        <translation>{feed}: la dirección web no tiene nombre de servidor.</translation>
    </message>
    <message>
        <source>{feed}: a feed is a web address (http:// or https://) or a folder; &apos;{scheme}:&apos; addresses are not read.</source>
        <translation>{feed}: una fuente es una dirección web (http:// o https://) o una carpeta; las direcciones &apos;{scheme}:&apos; no se leen.</translation>
    </message>
    <message>
        <source>{feed}: the server sends Handbook on to {address}, which it does not follow: only web addresses are, and never from https to http. Give the feed&apos;s own address; nothing was changed.</source>
        <translation>{feed}: el servidor envía a Handbook a {address}, y Handbook no lo sigue: solo sigue direcciones web, y nunca de https a http. Indica la dirección propia de la fuente; no se cambió nada.</translation>
    </message>
    <message>
        <source>{feed}: the server answered &apos;{code} {reason}&apos;. Check the address; nothing was changed.</source>
        <translation>{feed}: el servidor respondió &apos;{code} {reason}&apos;. Revisa la dirección; no se cambió nada.</translation>
    </message>
    <message>
        <source>{feed}: the server&apos;s certificate is not valid ({reason}). The address may be wrong, or another computer may be in the way; nothing was changed.</source>
        <translation>{feed}: el certificado del servidor no es válido ({reason}). Puede que la dirección esté mal o que otra computadora esté en medio; no se cambió nada.</translation>
    </message>
    <message>
        <source>{feed}: a safe (https) connection could not be made ({reason}); nothing was changed.</source>
        <translation>{feed}: no se pudo hacer una conexión segura (https) ({reason}); no se cambió nada.</translation>
    </message>
    <message>
        <source>{feed}: the server did not answer within {seconds} seconds. The network may be slow or down; try again later. Nothing was changed.</source>
        <translation>{feed}: el servidor no respondió en {seconds} segundos. Puede que la red esté lenta o caída; inténtalo más tarde. No se cambió nada.</translation>
    </message>
    <message>
        <source>{feed}: the connection broke before the end; try again later. Nothing was changed.</source>
        <translation>{feed}: la conexión se cortó antes del final; inténtalo más tarde. No se cambió nada.</translation>
    </message>
    <message>
        <source>{feed}: the feed cannot be reached ({reason}). Check the network and the address; nothing was changed.</source>
        <translation>{feed}: no se puede llegar a la fuente ({reason}). Revisa la red y la dirección; no se cambió nada.</translation>
    </message>
    <message>
        <source>{feed}: there is no feed here ({reason}). A feed is a folder with an index.json made by &apos;handbook pack feed&apos;.</source>
        <translation>{feed}: aquí no hay ninguna fuente ({reason}). Una fuente es una carpeta con un index.json hecho con &apos;handbook pack feed&apos;.</translation>
    </message>
    <message>
        <source>{folder}: not enough free disk space to download {name} ({size}). Free some space and try again.</source>
        <translation>{folder}: no hay espacio libre suficiente para descargar {name} ({size}). Libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{folder}: cannot write here ({reason}).</source>
        <translation>{folder}: no se puede escribir aquí ({reason}).</translation>
    </message>
    <message>
        <source>is {size} bytes, not {expected} as the index says</source>
        <translation>tiene {size} bytes, no {expected} como dice el índice</translation>
    </message>
    <message>
        <source>is not the file the index lists (its SHA-256 differs)</source>
        <translation>no es el archivo que lista el índice (su SHA-256 es distinto)</translation>
    </message>
    <message>
        <source>{file}: the file {problem}. It was deleted and nothing was changed; tell whoever runs the feed.</source>
        <translation>{file}: el archivo {problem}. Se borró y no se cambió nada; avisa a quien mantiene la fuente.</translation>
    </message>
    <message>
        <source>{file}: the download stopped at {done} of {total} ({why}). What arrived is kept: run the update again to continue. Nothing was changed.</source>
        <translation>{file}: la descarga se detuvo en {done} de {total} ({why}). Lo que llegó se guarda: vuelve a actualizar para continuar. No se cambió nada.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}). Nothing was changed.</source>
        <translation>{file}: no se puede leer ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>{file}: the server sent another part of the file than asked for; nothing was changed.</source>
        <translation>{file}: el servidor envió otra parte del archivo que la pedida; no se cambió nada.</translation>
    </message>
    <message>
        <source>is shorter than the index says</source>
        <translation>es más corto de lo que dice el índice</translation>
    </message>
    <message>
        <source>nothing arrived for {seconds} seconds</source>
        <translation>no llegó nada en {seconds} segundos</translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation>la conexión se cortó</translation>
    </message>
    <message>
        <source>Download stopped; what arrived is kept for next time. Nothing was changed.</source>
        <translation>Descarga detenida; lo que llegó se guarda para la próxima vez. No se cambió nada.</translation>
    </message>
    <message>
        <source>is longer than the index says</source>
        <translation>es más largo de lo que dice el índice</translation>
    </message>
    <message>
        <source>the connection ended early</source>
        <translation>la conexión terminó antes de tiempo</translation>
    </message>
</context>
<context>
    <name>PackJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>PackKeysCommand</name>
    <message>
        <source>read the key&apos;s passphrase from FILE&apos;s first line (for scripts; {variable} works too)</source>
        <translation>leer la frase de contraseña de la clave de la primera línea de FILE (para scripts; {variable} también sirve)</translation>
    </message>
    <message>
        <source>make a key pair for signing packs (NAME.key and NAME.pub)</source>
        <translation>crear un par de claves para firmar paquetes (NAME.key y NAME.pub)</translation>
    </message>
    <message>
        <source>Make a minisign key pair: NAME.key signs packs (keep it secret), NAME.pub is what libraries trust. Asks for a passphrase that protects NAME.key.</source>
        <translation>Crea un par de claves minisign: NAME.key firma paquetes (guárdala en secreto), NAME.pub es lo que las bibliotecas aceptan como de confianza. Pide una frase de contraseña que protege NAME.key.</translation>
    </message>
    <message>
        <source>writes NAME.key and NAME.pub</source>
        <translation>escribe NAME.key y NAME.pub</translation>
    </message>
    <message>
        <source>do not protect the secret key (not advised)</source>
        <translation>no proteger la clave secreta (no se recomienda)</translation>
    </message>
    <message>
        <source>trust a trainer&apos;s public key (.pub), list trusted keys, or require signed packs</source>
        <translation>confiar en la clave pública (.pub) de un formador, listar las claves de confianza o exigir paquetes firmados</translation>
    </message>
    <message>
        <source>Trust the packs a key signs (give the trainer&apos;s .pub file), list the trusted keys, or turn &apos;only signed packs&apos; on (--require) or off (--no-require).</source>
        <translation>Confía en los paquetes que firma una clave (indica el archivo .pub del formador), lista las claves de confianza, o activa &apos;solo paquetes firmados&apos; (--require) o desactívalo (--no-require).</translation>
    </message>
    <message>
        <source>the trainer&apos;s public key file</source>
        <translation>el archivo de clave pública del formador</translation>
    </message>
    <message>
        <source>a name to show for the key, e.g. the trainer&apos;s</source>
        <translation>un nombre que mostrar para la clave, p. ej. el del formador</translation>
    </message>
    <message>
        <source>list the trusted keys and the setting</source>
        <translation>listar las claves de confianza y la opción</translation>
    </message>
    <message>
        <source>install only packs signed by a trusted key</source>
        <translation>instalar solo paquetes firmados por una clave de confianza</translation>
    </message>
    <message>
        <source>also install unsigned packs, with a warning</source>
        <translation>instalar también paquetes sin firma, con un aviso</translation>
    </message>
    <message>
        <source>change the trusted keys</source>
        <translation>cambiar las claves de confianza</translation>
    </message>
    <message>
        <source>stop trusting a key</source>
        <translation>dejar de confiar en una clave</translation>
    </message>
    <message>
        <source>the key id, as &apos;handbook pack trust --list&apos; shows it</source>
        <translation>el id de la clave, como lo muestra &apos;handbook pack trust --list&apos;</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{key}: the key has a passphrase; give it with --passphrase-file or {env}.</source>
        <translation>{key}: la clave tiene frase de contraseña; dala con --passphrase-file o {env}.</translation>
    </message>
    <message>
        <source>Passphrase for {key}: </source>
        <translation>Frase de contraseña de {key}: </translation>
    </message>
    <message>
        <source>Give a passphrase with --passphrase-file or {env}, or use --no-passphrase.</source>
        <translation>Da una frase de contraseña con --passphrase-file o {env}, o usa --no-passphrase.</translation>
    </message>
    <message>
        <source>Passphrase to protect the secret key: </source>
        <translation>Frase de contraseña para proteger la clave secreta: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written. Try again.</source>
        <translation>Las dos frases de contraseña no coinciden; no se escribió nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The passphrase is empty; give one, or use --no-passphrase.</source>
        <translation>La frase de contraseña está vacía; escribe una o usa --no-passphrase.</translation>
    </message>
    <message>
        <source>{path}: already exists; nothing was overwritten. Choose another name.</source>
        <translation>{path}: ya existe; no se sobrescribió nada. Elige otro nombre.</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}).</source>
        <translation>{path}: no se puede escribir ({reason}).</translation>
    </message>
    <message>
        <source>Key {key_id}: the secret key is {secret}, the public key is {public}.</source>
        <translation>Clave {key_id}: la clave secreta es {secret}, la clave pública es {public}.</translation>
    </message>
    <message>
        <source>Keep {secret} secret: on your own computer, not on the library computers; keep a backup copy on a USB stick in a safe place; never put it in a pack or send it. Give {public} to the libraries: they run &apos;handbook pack trust {public}&apos;. Sign a pack with: handbook pack build DIR --sign {secret} -o FILE.hbpack</source>
        <translation>Guarda {secret} en secreto: en tu propio equipo, no en los equipos de la biblioteca; guarda una copia de seguridad en una memoria USB en un lugar seguro; nunca la pongas en un paquete ni la envíes. Da {public} a las bibliotecas: ellas ejecutan &apos;handbook pack trust {public}&apos;. Firma un paquete con: handbook pack build CARPETA --sign {secret} -o ARCHIVO.hbpack</translation>
    </message>
    <message>
        <source>warning: the secret key has no passphrase; anyone who copies it can sign packs as you.</source>
        <translation>aviso: la clave secreta no tiene frase de contraseña; quien la copie puede firmar paquetes en tu nombre.</translation>
    </message>
    <message>
        <source>Give the trainer&apos;s .pub file, or --list, --require or --no-require.</source>
        <translation>Indica el archivo .pub de la persona formadora, o --list, --require o --no-require.</translation>
    </message>
    <message>
        <source>Trusted key {label}: packs it signs install without a warning.</source>
        <translation>Clave de confianza {label}: los paquetes que firma se instalan sin aviso.</translation>
    </message>
    <message>
        <source>Only signed packs: on. Packs not signed by a trusted key are refused.</source>
        <translation>Solo paquetes firmados: activado. Se rechazan los paquetes que no firmó una clave de confianza.</translation>
    </message>
    <message>
        <source>Only signed packs: off. Unsigned packs install with a warning.</source>
        <translation>Solo paquetes firmados: desactivado. Los paquetes sin firma se instalan con un aviso.</translation>
    </message>
    <message>
        <source>No keys are trusted yet.</source>
        <translation>Todavía no hay claves de confianza.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Only signed packs: {state}</source>
        <translation>Solo paquetes firmados: {state}</translation>
    </message>
    <message>
        <source>Key {label} is no longer trusted.</source>
        <translation>La clave {label} ya no es de confianza.</translation>
    </message>
</context>
<context>
    <name>PackPolicy</name>
    <message>
        <source>not signed</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>signed by {who}, a trusted key; the signature is good</source>
        <translation>firmado por {who}, una clave de confianza; la firma es correcta</translation>
    </message>
    <message>
        <source>signed by key {key_id}; the signature is good (that key is not trusted here)</source>
        <translation>firmado con la clave {key_id}; la firma es correcta (esa clave no es de confianza aquí)</translation>
    </message>
    <message>
        <source>signed by key {key_id}, which is not trusted here, so the signature was not checked</source>
        <translation>firmado con la clave {key_id}, que no es de confianza aquí, así que no se comprobó la firma</translation>
    </message>
    <message>
        <source>{where}: this pack is not signed, so Handbook cannot tell who made it or whether it was changed. Install packs only from people you trust.</source>
        <translation>{where}: este paquete no tiene firma, así que Handbook no puede saber quién lo hizo ni si se cambió. Instala solo paquetes de personas de confianza.</translation>
    </message>
    <message>
        <source>{where}: this pack is signed by key {key_id}, which is not on this computer&apos;s list of trusted keys, so the signature was not checked. Ask the trainer for their .pub file and run &apos;handbook pack trust FILE.pub&apos;.</source>
        <translation>{where}: este paquete está firmado con la clave {key_id}, que no está en la lista de claves de confianza de esta computadora, así que no se comprobó la firma. Pide a la persona formadora su archivo .pub y ejecuta &apos;handbook pack trust ARCHIVO.pub&apos;.</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>no tiene firma</translation>
    </message>
    <message>
        <source>it is signed by key {key_id}, which this library does not trust</source>
        <translation>está firmado con la clave {key_id}, que esta biblioteca no tiene como de confianza</translation>
    </message>
    <message>
        <source>{where}: {reason}, and this library installs only signed packs. Nothing was changed. Get a pack signed by a trusted trainer, trust the trainer&apos;s key (&apos;handbook pack trust FILE.pub&apos;), or turn the rule off (&apos;handbook pack trust --no-require&apos;).</source>
        <translation>{where}: {reason}, y esta biblioteca instala solo paquetes firmados. No se cambió nada. Consigue un paquete firmado por una persona formadora de confianza, confía en su clave (&apos;handbook pack trust ARCHIVO.pub&apos;) o desactiva la regla (&apos;handbook pack trust --no-require&apos;).</translation>
    </message>
    <message>
        <source>nobody (not signed)</source>
        <translation>nadie (sin firma)</translation>
    </message>
    <message>
        <source>{where}: the installed {title} was signed by key {installed}, but this update is signed by {new}. Nothing was changed. If the trainer told you they changed their key, install it again allowing a new signer (--allow-new-signer); otherwise do not use this file.</source>
        <translation>{where}: {title}, el instalado, está firmado con la clave {installed}, pero esta actualización está firmada por {new}. No se cambió nada. Si la persona formadora te dijo que cambió su clave, instálalo de nuevo aceptando una nueva firma (--allow-new-signer); si no, no uses este archivo.</translation>
    </message>
</context>
<context>
    <name>PackQuestions</name>
    <message>
        <source>Packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Install a pack</source>
        <translation>Instalar un paquete</translation>
    </message>
    <message>
        <source>Handbook packs (*.hbpack);;All files (*)</source>
        <translation>Paquetes de Handbook (*.hbpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Exportar el paquete</translation>
    </message>
    <message>
        <source>Handbook packs (*.hbpack)</source>
        <translation>Paquetes de Handbook (*.hbpack)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver a esa versión</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Update the pack?</source>
        <translation>¿Actualizar el paquete?</translation>
    </message>
    <message>
        <source>{title}: {old} → {new}

{summary}

Progress is kept; what you did in removed lessons stays, shown as “no longer in this pack”. A backup of progress is made first.</source>
        <translation>{title}: {old} → {new}

{summary}

Tu progreso se conserva: lo que hiciste en lecciones quitadas queda guardado, marcado como “ya no está en este paquete”. Antes se hace una copia de seguridad del progreso.</translation>
    </message>
    <message>
        <source>{title} {version} is older than the installed version, {installed}.

Install the older version anyway? Progress is kept.</source>
        <translation>{title} {version} es más antiguo que la versión instalada, {installed}.

¿Instalar de todos modos la versión más antigua? Tu progreso se conserva.</translation>
    </message>
    <message>
        <source>An older version</source>
        <translation>Una versión anterior</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Instalar la versión anterior</translation>
    </message>
    <message>
        <source>key {key_id}</source>
        <translation>la clave {key_id}</translation>
    </message>
    <message>
        <source>nobody (it is not signed)</source>
        <translation>nadie (no tiene firma)</translation>
    </message>
    <message>
        <source>The installed {title} was signed by key {installed}, but this update is signed by {new}.

Install it only if the trainer told you they changed their key. Otherwise the file may not come from them: do not install it.</source>
        <translation>{title}, el instalado, está firmado con la clave {installed}, pero esta actualización está firmada por {new}.

Instálala solo si la persona formadora te dijo que cambió su clave. Si no, puede que el archivo no venga de ella: no lo instales.</translation>
    </message>
    <message>
        <source>A new signer</source>
        <translation>Una firma nueva</translation>
    </message>
    <message>
        <source>Install with the new signer</source>
        <translation>Instalar con la firma nueva</translation>
    </message>
    <message>
        <source>Warning: this pack is not signed, so Handbook cannot tell who made it or whether it was changed.</source>
        <translation>Atención: este paquete no tiene firma, así que Handbook no puede saber quién lo hizo ni si se cambió.</translation>
    </message>
    <message>
        <source>Warning: this pack is signed by key {key_id}, which this computer does not trust, so the signature was not checked.</source>
        <translation>Atención: este paquete está firmado con la clave {key_id}, que no es de confianza en esta computadora, así que no se comprobó la firma.</translation>
    </message>
    <message>
        <source>Pack installed</source>
        <translation>Paquete instalado</translation>
    </message>
    <message>
        <source>{title} is installed. Read it now?</source>
        <translation>{title} está instalado. ¿Quieres leerlo ahora?</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation>Planes de sesión</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>{what}: {added} added, {changed} changed, {removed} removed</source>
        <translation>{what}: se agregan {added}, cambian {changed}, se quitan {removed}</translation>
    </message>
    <message>
        <source>No lessons, activities, plans or forms change.</source>
        <translation>No cambia ninguna lección, actividad, plan ni formulario.</translation>
    </message>
</context>
<context>
    <name>PackRows</name>
    <message>
        <source>Not signed</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>key {key_id} (not trusted)</source>
        <translation>clave {key_id} (sin confianza)</translation>
    </message>
</context>
<context>
    <name>PackSigning</name>
    <message>
        <source>{where}: is too big for a {kind} ({size} bytes; at most {limit}). It is not one.</source>
        <translation>{where}: es demasiado grande para ser una {kind} ({size} bytes; como mucho {limit}). No lo es.</translation>
    </message>
    <message>
        <source>{where}: is not a minisign {kind} ({detail}). Check that you chose the right file.</source>
        <translation>{where}: no es una {kind} de minisign ({detail}). Comprueba que elegiste el archivo correcto.</translation>
    </message>
    <message>
        <source>the line &apos;{prefix}&apos; is missing</source>
        <translation>falta la línea &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>a comment is longer than {limit} bytes</source>
        <translation>un comentario tiene más de {limit} bytes</translation>
    </message>
    <message>
        <source>a line is not valid base64</source>
        <translation>una línea no es base64 válido</translation>
    </message>
    <message>
        <source>a key or signature has {got} bytes, not {want}</source>
        <translation>una clave o firma tiene {got} bytes, no {want}</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clave pública</translation>
    </message>
    <message>
        <source>it should have two lines</source>
        <translation>debería tener dos líneas</translation>
    </message>
    <message>
        <source>its algorithm is not Ed25519</source>
        <translation>su algoritmo no es Ed25519</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>it should have four lines</source>
        <translation>debería tener cuatro líneas</translation>
    </message>
    <message>
        <source>its algorithm is unknown</source>
        <translation>su algoritmo es desconocido</translation>
    </message>
    <message>
        <source>{where}: cannot be read ({reason}). Check the name and the folder.</source>
        <translation>{where}: no se puede leer ({reason}). Comprueba el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>clave secreta</translation>
    </message>
    <message>
        <source>its passphrase settings ask for too much work</source>
        <translation>su protección con contraseña pide demasiado trabajo</translation>
    </message>
    <message>
        <source>{where}: this secret key has a passphrase; give it to use the key.</source>
        <translation>{where}: esta clave secreta tiene contraseña; escríbela para usar la clave.</translation>
    </message>
    <message>
        <source>{where}: the passphrase is wrong (or the key file is damaged). Try again.</source>
        <translation>{where}: la contraseña no es correcta (o el archivo de la clave está dañado). Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>its checksum does not match; the file is damaged</source>
        <translation>su suma de comprobación no coincide; el archivo está dañado</translation>
    </message>
    <message>
        <source>its two halves do not belong together; the file is damaged</source>
        <translation>sus dos mitades no corresponden; el archivo está dañado</translation>
    </message>
    <message>
        <source>The trusted comment must be one line of at most 8192 bytes.</source>
        <translation>El comentario de confianza debe ser una sola línea de 8192 bytes como mucho.</translation>
    </message>
    <message>
        <source>{where}: was signed with key {signer}, not with key {key}.</source>
        <translation>{where}: se firmó con la clave {signer}, no con la clave {key}.</translation>
    </message>
    <message>
        <source>{where}: the signature does not match; the pack was changed after it was signed, or the signature is damaged. Do not use it; get a new copy from the trainer.</source>
        <translation>{where}: la firma no coincide; el paquete se cambió después de firmarlo, o la firma está dañada. No lo uses; pide una copia nueva a la persona formadora.</translation>
    </message>
</context>
<context>
    <name>PackTrust</name>
    <message>
        <source>{path}: the trusted keys cannot be read ({problem}). Move the file away, then trust your keys again.</source>
        <translation>{path}: no se pueden leer las claves de confianza ({problem}). Mueve el archivo a otro lugar y vuelve a confiar en tus claves.</translation>
    </message>
    <message>
        <source>{path}: the trusted keys cannot be read ({problem}); the file was kept as {kept}. Nothing was installed. Trust the trainers&apos; keys again (&apos;handbook pack trust FILE.pub&apos;) and, if you use it, turn on &apos;only signed packs&apos; again (&apos;handbook pack trust --require&apos;).</source>
        <translation>{path}: no se pueden leer las claves de confianza ({problem}); el archivo se guardó como {kept}. No se instaló nada. Vuelve a confiar en las claves de las personas formadoras (&apos;handbook pack trust ARCHIVO.pub&apos;) y, si la usas, vuelve a activar la regla de solo paquetes firmados (&apos;handbook pack trust --require&apos;).</translation>
    </message>
    <message>
        <source>The name is too long; give at most 200 characters.</source>
        <translation>El nombre es demasiado largo; usa 200 caracteres como mucho.</translation>
    </message>
    <message>
        <source>At most 200 keys can be trusted; remove keys you no longer use first.</source>
        <translation>Se puede confiar en 200 claves como mucho; quita antes las que ya no uses.</translation>
    </message>
    <message>
        <source>No trusted key has the id &apos;{key_id}&apos;; &apos;handbook pack trust --list&apos; shows them.</source>
        <translation>Ninguna clave de confianza tiene el id &apos;{key_id}&apos;; &apos;handbook pack trust --list&apos; las muestra.</translation>
    </message>
    <message>
        <source>not a list of trusted keys, or one from a newer Handbook</source>
        <translation>no es una lista de claves de confianza, o es una de un Handbook más nuevo</translation>
    </message>
    <message>
        <source>the list of trusted keys is damaged</source>
        <translation>la lista de claves de confianza está dañada</translation>
    </message>
    <message>
        <source>a trusted key is damaged</source>
        <translation>una clave de confianza está dañada</translation>
    </message>
    <message>
        <source>the key {key_id} is damaged</source>
        <translation>la clave {key_id} está dañada</translation>
    </message>
    <message>
        <source>the key {key_id} does not match its id</source>
        <translation>la clave {key_id} no coincide con su id</translation>
    </message>
</context>
<context>
    <name>PacksWindow</name>
    <message>
        <source>Packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>A pack holds a course. Install one from a .hbpack file (or drop the file on this window), then make it active to read it. Progress is kept whatever you do here.</source>
        <translation>Un paquete contiene un curso. Instala uno desde un archivo .hbpack (o suelta el archivo en esta ventana) y luego actívalo para leerlo. Hagas lo que hagas aquí, tu progreso se conserva.</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>Paquetes instalados</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>&amp;Install from file…</source>
        <translation>&amp;Instalar desde archivo…</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Volver a la versión anterior</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <source>Comes with Handbook</source>
        <translation>Viene con Handbook</translation>
    </message>
    <message>
        <source>can roll back to {version}</source>
        <translation>se puede volver a la versión {version}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Another pack is being installed; wait for it to finish.</source>
        <translation>Se está instalando otro paquete. Espera a que termine.</translation>
    </message>
    <message>
        <source>Installing {name}…</source>
        <translation>Instalando {name}…</translation>
    </message>
    <message>
        <source>Checking the content…</source>
        <translation>Revisando el contenido…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>{title} is now at version {version}.</source>
        <translation>{title} ahora está en la versión {version}.</translation>
    </message>
    <message>
        <source>Installed {title} {version}. To read it, select it and press Make active.</source>
        <translation>Se instaló {title} {version}. Para leerlo, selecciónalo y haz clic en Activar.</translation>
    </message>
    <message>
        <source>The app now shows {title}.</source>
        <translation>Ahora la aplicación muestra {title}.</translation>
    </message>
    <message>
        <source>Go back from {title} {new} to {old}? Version {new} is removed; progress is kept.</source>
        <translation>¿Volver de {title} {new} a {old}? Se quita la versión {new}; tu progreso se conserva.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Volver a la versión anterior</translation>
    </message>
    <message>
        <source>{title} is back at version {version}.</source>
        <translation>{title} volvió a la versión {version}.</translation>
    </message>
    <message>
        <source>Remove {title}? Progress in it is kept, and you can install it again from its file.</source>
        <translation>¿Quitar {title}? Tu progreso en él se conserva y puedes volver a instalarlo desde su archivo.</translation>
    </message>
    <message>
        <source>Remove the pack</source>
        <translation>Quitar el paquete</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed {title}; progress in it is kept.</source>
        <translation>Se quitó {title}; tu progreso en él se conserva.</translation>
    </message>
    <message>
        <source>Exporting {title}…</source>
        <translation>Exportando {title}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
</context>
<context>
    <name>PaperLanguages</name>
    <message>
        <source>Not in the {language} printouts: your changes to the agenda of week {week}. That week&apos;s plan is printed as it comes. Choose {course} to print your changes.</source>
        <translation>No están en las hojas en {language}: tus cambios en la agenda de la semana {week}. El plan de esa semana se imprime tal como viene. Elige {course} para imprimir tus cambios.</translation>
    </message>
    <message>
        <source>Not in the {language} printouts: your changes to the agendas of weeks {weeks}. Those weeks&apos; plans are printed as they come. Choose {course} to print your changes.</source>
        <translation>No están en las hojas en {language}: tus cambios en las agendas de las semanas {weeks}. Los planes de esas semanas se imprimen tal como vienen. Elige {course} para imprimir tus cambios.</translation>
    </message>
</context>
<context>
    <name>PlannerWindow</name>
    <message>
        <source>Session planner - Handbook</source>
        <translation>Planificador de sesiones - Handbook</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>S&amp;esiones</translation>
    </message>
    <message>
        <source>Changes kept but not used</source>
        <translation>Cambios guardados pero sin usar</translation>
    </message>
    <message>
        <source>&amp;Discard them...</source>
        <translation>&amp;Olvidarlos...</translation>
    </message>
    <message>
        <source>Forget these changes for good</source>
        <translation>Olvidar estos cambios para siempre</translation>
    </message>
    <message>
        <source>&amp;Print plan...</source>
        <translation>&amp;Imprimir plan...</translation>
    </message>
    <message>
        <source>Save plan as P&amp;DF...</source>
        <translation>Guardar plan en PD&amp;F...</translation>
    </message>
    <message>
        <source>Print circle packet (&amp;all weeks)...</source>
        <translation>Imprimir cuadernillo comple&amp;to...</translation>
    </message>
    <message>
        <source>Save packet as PDF...</source>
        <translation>Guardar cuadernillo en PDF...</translation>
    </message>
    <message>
        <source>&amp;Run this meeting</source>
        <translation>&amp;Dirigir esta sesión</translation>
    </message>
    <message>
        <source>How did it &amp;go?...</source>
        <translation>¿Cómo &amp;fue?...</translation>
    </message>
    <message>
        <source>Circle r&amp;eport...</source>
        <translation>Informe del c&amp;írculo...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>the last meeting ({title})</source>
        <translation>la última sesión ({title})</translation>
    </message>
    <message>
        <source>week {n} ({title})</source>
        <translation>la semana {n} ({title})</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} más</translation>
    </message>
    <message>
        <source>Your changes to {meetings} are kept but not used: this circle has no such meeting now (or it follows another plan). They come back when it has one again, for example with the number of meetings set back.</source>
        <translation>Tus cambios en {meetings} se guardan, pero no se usan: este círculo ya no tiene esa sesión (o sigue otro plan). Vuelven cuando la tenga otra vez, por ejemplo si vuelves al número de sesiones de antes.</translation>
    </message>
    <message>
        <source>Discard the kept changes?</source>
        <translation>¿Olvidar los cambios guardados?</translation>
    </message>
    <message>
        <source>Your changes to meetings this circle does not have now are forgotten.</source>
        <translation>Se olvidan tus cambios en sesiones que este círculo ya no tiene.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>con cambios</translation>
    </message>
    <message>
        <source>▲ {n} min over</source>
        <translation>▲ {n} min de más</translation>
    </message>
    <message>
        <source>▼ {n} min to spare</source>
        <translation>▼ sobran {n} min</translation>
    </message>
    <message>
        <source>⚠ missing activity</source>
        <translation>⚠ falta una actividad</translation>
    </message>
    <message>
        <source>Use another template?</source>
        <translation>¿Usar otra plantilla?</translation>
    </message>
    <message>
        <source>The changes to this meeting&apos;s agenda will be lost. Use the other template?</source>
        <translation>Se perderán los cambios en la agenda de esta sesión. ¿Usar la otra plantilla?</translation>
    </message>
    <message>
        <source>&amp;Use the other template</source>
        <translation>&amp;Usar la otra plantilla</translation>
    </message>
    <message>
        <source>Reset to the template?</source>
        <translation>¿Volver a la plantilla?</translation>
    </message>
    <message>
        <source>Week {n} goes back to its template as the pack has it. Your changes to it are lost.</source>
        <translation>La semana {n} vuelve a la plantilla tal como está en el paquete. Se pierden tus cambios.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Agregar una actividad</translation>
    </message>
    <message>
        <source>Swap the activity</source>
        <translation>Cambiar la actividad</translation>
    </message>
    <message>
        <source>“{old}” is now {new}.</source>
        <translation>“{old}” ahora es {new}.</translation>
    </message>
    <message>
        <source>{activity} takes {range} minutes, so the item now lasts {minutes} instead of {was}.</source>
        <translation>{activity} dura {range} minutos, así que el punto ahora dura {minutes} en lugar de {was}.</translation>
    </message>
    <message>
        <source>The plan&apos;s notes for the old activity are gone.</source>
        <translation>Las notas del plan para la actividad anterior se quitaron.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Deshazlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PlanningMenu</name>
    <message>
        <source>Session &amp;planner</source>
        <translation>&amp;Planificador de sesiones</translation>
    </message>
    <message>
        <source>&amp;Activity library</source>
        <translation>Biblioteca de &amp;actividades</translation>
    </message>
    <message>
        <source>Print this &amp;week&apos;s plan...</source>
        <translation>&amp;Imprimir el plan de esta semana...</translation>
    </message>
    <message>
        <source>Print or e&amp;xport PDF...</source>
        <translation>Imprimir o e&amp;xportar PDF...</translation>
    </message>
</context>
<context>
    <name>PlanningTools</name>
    <message>
        <source>The planner&apos;s file could not be read; it was kept as {path} and the planner starts afresh.</source>
        <translation>No se pudo leer el archivo del planificador; se guardó como {path} y el planificador empieza de nuevo.</translation>
    </message>
    <message>
        <source>The circle log could not be read; it was kept as {path} and the log starts again.</source>
        <translation>No se pudo leer el registro del círculo; se guardó como {path} y el registro empieza de nuevo.</translation>
    </message>
    <message>
        <source>Added {activity} to week {week}.</source>
        <translation>Se agregó {activity} a la semana {week}.</translation>
    </message>
    <message>
        <source>This course has no session plans to print.</source>
        <translation>Este curso no tiene planes de sesión para imprimir.</translation>
    </message>
    <message>
        <source>Saving {title}...</source>
        <translation>Guardando {title}...</translation>
    </message>
    <message>
        <source>Saved {path} (1 page).</source>
        <translation>Se guardó {path} (1 página).</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages).</source>
        <translation>Se guardó {path} ({pages} páginas).</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message>
        <source>Preview: {title} - Handbook</source>
        <translation>Vista previa: {title} - Handbook</translation>
    </message>
    <message>
        <source>Reloaded at {time}: {errors}, {warnings}</source>
        <translation>Recargado a las {time}: {errors}, {warnings}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avisos</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print or save as PDF</source>
        <translation>Imprimir o guardar en PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the printouts:</source>
        <translation>&amp;Idioma de las hojas impresas:</translation>
    </message>
    <message>
        <source>Session &amp;plan for</source>
        <translation>&amp;Plan de sesión para</translation>
    </message>
    <message>
        <source>&amp;Circle packet: every plan, the checklist and the forms</source>
        <translation>&amp;Cuadernillo del círculo: todos los planes, la lista de tareas y los formularios</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <source>Activity c&amp;ards</source>
        <translation>T&amp;arjetas de actividades</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Filas en blanco</translation>
    </message>
    <message>
        <source>enough to fill the page</source>
        <translation>las que quepan en la página</translation>
    </message>
    <message>
        <source> blank rows</source>
        <translation> filas en blanco</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Todas las actividades</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Tarjetas por página</translation>
    </message>
    <message>
        <source>4 to a page</source>
        <translation>4 por página</translation>
    </message>
    <message>
        <source>2 to a page</source>
        <translation>2 por página</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Pre&amp;view and print...</source>
        <translation>&amp;Vista previa e imprimir...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Guardar en PDF...</translation>
    </message>
    <message>
        <source>This course has no session plans.</source>
        <translation>Este curso no tiene planes de sesión.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Vista previa de impresión: {title}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems in this content</source>
        <translation>Problemas en este contenido</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to open its page.</source>
        <translation>Para abrir la página de un problema, haz doble clic en él, o selecciónalo y presiona Enter.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>The name of the person who will use it:</source>
        <translation>El nombre de la persona que lo va a usar:</translation>
    </message>
    <message>
        <source>Profile not made</source>
        <translation>No se creó el perfil</translation>
    </message>
    <message>
        <source>The profile &apos;{name}&apos; is ready. Open it now?</source>
        <translation>El perfil &apos;{name}&apos; está listo. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Abrirlo</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <source>New name for &apos;{name}&apos;:</source>
        <translation>Nombre nuevo para &apos;{name}&apos;:</translation>
    </message>
    <message>
        <source>Profile not renamed</source>
        <translation>No se cambió el nombre del perfil</translation>
    </message>
    <message>
        <source>Delete the profile &apos;{name}&apos;?

This deletes for good everything kept for {name}: the progress on every lesson, the self-check answers, the journal notes and {backups}, in the folder
{folder}

It cannot be undone. To keep a copy, open the profile and use File &gt; Progress &gt; Export progress first.</source>
        <translation>¿Eliminar el perfil &apos;{name}&apos;?

Esto borra para siempre todo lo guardado de {name}: el progreso en cada lección, las respuestas de las autoevaluaciones, las notas del diario y {backups}, en la carpeta
{folder}

No se puede deshacer. Para guardar una copia, antes abre el perfil y usa Archivo &gt; Progreso &gt; Exportar progreso.</translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation>1 copia de seguridad</translation>
    </message>
    <message>
        <source>{n} backups</source>
        <translation>{n} copias de seguridad</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <source>&amp;Delete {name}</source>
        <translation>&amp;Eliminar {name}</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>No se eliminó el perfil</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Each person who trains on this computer has a profile with their own progress and notes.</source>
        <translation>Cada persona que se capacita en esta computadora tiene un perfil con su propio progreso y sus notas.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>{name} (open now)</source>
        <translation>{name} (abierto ahora)</translation>
    </message>
    <message>
        <source>To delete the profile that is open now, open another one first.</source>
        <translation>Para eliminar el perfil que está abierto, primero abre otro.</translation>
    </message>
</context>
<context>
    <name>ProgressController</name>
    <message>
        <source>Profile not opened</source>
        <translation>No se abrió el perfil</translation>
    </message>
    <message>
        <source>Some progress set aside</source>
        <translation>Parte del progreso se guardó aparte</translation>
    </message>
    <message>
        <source>Progress restored from a backup</source>
        <translation>Progreso restaurado desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup not made: {error}</source>
        <translation>No se hizo la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>Make or choose a profile (Tools &gt; Profiles, Ctrl+Shift+U) to keep your answers.</source>
        <translation>Crea o elige un perfil (Herramientas &gt; Perfiles, Ctrl+Shift+U) para guardar tus respuestas.</translation>
    </message>
</context>
<context>
    <name>ProgressFiles</name>
    <message>
        <source>Export progress</source>
        <translation>Exportar progreso</translation>
    </message>
    <message>
        <source>Handbook progress (*.json)</source>
        <translation>Progreso de Handbook (*.json)</translation>
    </message>
    <message>
        <source>Progress not exported</source>
        <translation>No se exportó el progreso</translation>
    </message>
    <message>
        <source>Progress exported</source>
        <translation>Progreso exportado</translation>
    </message>
    <message>
        <source>Saved {records} of {name} to {path}.
On the other computer, use File &gt; Progress &gt; Import progress.</source>
        <translation>Guardado en {path}: {records} de {name}.
En la otra computadora, usa Archivo &gt; Progreso &gt; Importar progreso.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importar progreso</translation>
    </message>
    <message>
        <source>Handbook progress (*.json);;All files (*)</source>
        <translation>Progreso de Handbook (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Progress not imported</source>
        <translation>No se importó el progreso</translation>
    </message>
    <message>
        <source>This file holds the progress of &apos;{theirs}&apos;. Merge it into the profile &apos;{ours}&apos;, which is open now?</source>
        <translation>Este archivo tiene el progreso de &apos;{theirs}&apos;. ¿Quieres unirlo al perfil &apos;{ours}&apos;, que está abierto ahora?</translation>
    </message>
    <message>
        <source>Merge this file into the progress of &apos;{ours}&apos;? For each lesson, the newer record wins.</source>
        <translation>¿Unir este archivo al progreso de &apos;{ours}&apos;? En cada lección se queda el registro más reciente.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Progress imported</source>
        <translation>Progreso importado</translation>
    </message>
    <message>
        <source>Summary for a trainer</source>
        <translation>Resumen para quien capacita</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>No se guardó el resumen</translation>
    </message>
    <message>
        <source>Summary saved</source>
        <translation>Resumen guardado</translation>
    </message>
    <message>
        <source>Saved the progress of {profiles} to {path}.</source>
        <translation>Se guardó el progreso de {profiles} en {path}.</translation>
    </message>
    <message>
        <source>1 profile</source>
        <translation>1 perfil</translation>
    </message>
    <message>
        <source>{n} profiles</source>
        <translation>{n} perfiles</translation>
    </message>
    <message>
        <source>Save journal</source>
        <translation>Guardar el diario</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Journal not saved</source>
        <translation>No se guardó el diario</translation>
    </message>
    <message>
        <source>Journal saved</source>
        <translation>Diario guardado</translation>
    </message>
    <message>
        <source>Saved your journal to {path}.</source>
        <translation>Se guardó tu diario en {path}.</translation>
    </message>
    <message>
        <source>Save journal as PDF</source>
        <translation>Guardar el diario en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved your journal ({pages}) to {path}.</source>
        <translation>Se guardó tu diario ({pages}) en {path}.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <source>Certificate not ready yet</source>
        <translation>El certificado todavía no está listo</translation>
    </message>
    <message>
        <source>The certificate is ready when every lesson is done and every self-check is passed (75% right or more).

</source>
        <translation>El certificado está listo cuando todas las lecciones están completadas y todas las autoevaluaciones aprobadas (75 % de aciertos o más).

</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar el certificado</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>No se guardó el certificado</translation>
    </message>
    <message>
        <source>Certificate saved</source>
        <translation>Certificado guardado</translation>
    </message>
    <message>
        <source>Saved your certificate to {path}. Congratulations!</source>
        <translation>Se guardó tu certificado en {path}. ¡Felicitaciones!</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This link goes to a web page:

{url}

It opens in your web browser and needs the internet. Open it?</source>
        <translation>Este enlace lleva a una página web:

{url}

Se abre en tu navegador y necesita internet. ¿Quieres abrirla?</translation>
    </message>
</context>
<context>
    <name>QuizBox</name>
    <message>
        <source>The right answer</source>
        <translation>La respuesta correcta</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>This page is shown as plain text, without its layout: drawing it would take too long. Tell whoever made the course.</source>
        <translation>Esta página se muestra como texto simple, sin su diseño: dibujarla tardaría demasiado. Avisa a quien hizo el curso.</translation>
    </message>
    <message>
        <source>Heading level {level}: {text}</source>
        <translation>Título de nivel {level}: {text}</translation>
    </message>
    <message>
        <source>{text}, link to a web page</source>
        <translation>{text}, enlace a una página web</translation>
    </message>
    <message>
        <source>{text}, link</source>
        <translation>{text}, enlace</translation>
    </message>
</context>
<context>
    <name>ReadingTracker</name>
    <message>
        <source>Make or choose a profile (Tools &gt; Profiles) to keep notes.</source>
        <translation>Crea o elige un perfil (Herramientas &gt; Perfiles) para guardar notas.</translation>
    </message>
    <message>
        <source>Not saved yet: see the message in the status bar.</source>
        <translation>Todavía no se guardó: mira el mensaje en la barra de estado.</translation>
    </message>
    <message>
        <source>You have answered this question. To answer again, use Tools &gt; Try the self-check again.</source>
        <translation>Ya respondiste esta pregunta. Para responder otra vez, usa Herramientas &gt; Repetir la autoevaluación.</translation>
    </message>
    <message>
        <source>Self-check passed: {right} of {total} right. This lesson is done.</source>
        <translation>Autoevaluación aprobada: {right} de {total} correctas. Esta lección está completada.</translation>
    </message>
    <message>
        <source>{right} of {total} right; passing takes {needed}. Read the module again, then use Tools &gt; Try the self-check again.</source>
        <translation>{right} de {total} correctas; para aprobar hacen falta {needed}. Vuelve a leer el módulo y luego usa Herramientas &gt; Repetir la autoevaluación.</translation>
    </message>
    <message>
        <source>A self-check is done when you pass it: answer its questions; 75% right or more passes.</source>
        <translation>Una autoevaluación se completa al aprobarla: responde sus preguntas; con 75 % de aciertos o más se aprueba.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is marked as done.</source>
        <translation>«{title}» está marcada como completada.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is no longer marked as done.</source>
        <translation>«{title}» ya no está marcada como completada.</translation>
    </message>
    <message>
        <source>Your answers are cleared. Answer every question again; 75% right or more passes.</source>
        <translation>Tus respuestas se borraron. Responde de nuevo todas las preguntas; con 75 % de aciertos o más se aprueba.</translation>
    </message>
    <message>
        <source>Try the self-check again</source>
        <translation>Repetir la autoevaluación</translation>
    </message>
    <message>
        <source>Clear your answers to &apos;{title}&apos; and answer again? Your earlier answers and score are forgotten, and the self-check counts as not passed until you pass it again.</source>
        <translation>¿Borrar tus respuestas de «{title}» y responder otra vez? Se olvidan tus respuestas y tu puntuación anteriores, y la autoevaluación cuenta como no aprobada hasta que la apruebes de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Clear and try again</source>
        <translation>&amp;Borrar y repetir</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Circle report - Handbook</source>
        <translation>Informe del círculo - Handbook</translation>
    </message>
    <message>
        <source>People who came, meeting by meeting</source>
        <translation>Personas que vinieron, sesión por sesión</translation>
    </message>
    <message>
        <source>The circle in numbers</source>
        <translation>El círculo en números</translation>
    </message>
    <message>
        <source>&amp;Save report as PDF...</source>
        <translation>&amp;Guardar el informe en PDF...</translation>
    </message>
    <message>
        <source>Save &amp;certificates as PDF...</source>
        <translation>Guardar los &amp;certificados como PDF...</translation>
    </message>
    <message>
        <source>One certificate of participation for each learner who qualifies</source>
        <translation>Un certificado de participación para cada participante que cumple la regla</translation>
    </message>
    <message>
        <source>Save the circle report</source>
        <translation>Guardar el informe del círculo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Se guardó el informe en {path}.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Guardar los certificados</translation>
    </message>
    <message>
        <source>Saved {count} certificates to {path}.</source>
        <translation>Se guardaron {count} certificados en {path}.</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>Change not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>El progreso no se guardó</translation>
    </message>
    <message>
        <source>Your latest progress could not be written to {path}, so it is lost when Handbook closes. Free some disk space or put the USB stick back, then do the last steps again.</source>
        <translation>Tu progreso más reciente no se pudo escribir en {path}, así que se pierde al cerrar Handbook. Libera espacio en el disco o vuelve a conectar la memoria USB, y luego repite los últimos pasos.</translation>
    </message>
    <message>
        <source>Progress not saved: {error}</source>
        <translation>El progreso no se guardó: {error}</translation>
    </message>
    <message>
        <source>{error}

Handbook keeps what you do and saves it as soon as writing works again.</source>
        <translation>{error}

Handbook no pierde lo que haces: lo guarda en cuanto pueda volver a escribir en el disco.</translation>
    </message>
    <message>
        <source>Progress saved again.</source>
        <translation>El progreso se guardó de nuevo.</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>&amp;Search the handbook...</source>
        <translation>&amp;Buscar en el manual...</translation>
    </message>
    <message>
        <source>Getting search ready...</source>
        <translation>Preparando la búsqueda...</translation>
    </message>
    <message>
        <source>Indexing pages: {done} of {total}. Results so far are shown.</source>
        <translation>Preparando la búsqueda: {done} de {total} páginas. Se muestran los resultados encontrados hasta ahora.</translation>
    </message>
    <message>
        <source>Search is not available: {message}</source>
        <translation>La búsqueda no está disponible: {message}</translation>
    </message>
    <message>
        <source>This note&apos;s page is not in this pack.</source>
        <translation>La página de esta nota no está en este paquete.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the handbook</source>
        <translation>Buscar en el manual</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Buscar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search lessons, activities, plans and forms. Use &quot;quotes&quot; for an exact phrase.</source>
        <translation>Busca en lecciones, actividades, planes y formularios. Usa &quot;comillas&quot; para una frase exacta.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found for &apos;{query}&apos;. Try fewer or shorter words.</source>
        <translation>No se encontró nada para «{query}». Prueba con menos palabras o más cortas.</translation>
    </message>
    <message>
        <source>The best {count} results for &apos;{query}&apos;.</source>
        <translation>Los {count} mejores resultados para «{query}».</translation>
    </message>
    <message>
        <source>1 result for &apos;{query}&apos;.</source>
        <translation>1 resultado para «{query}».</translation>
    </message>
    <message>
        <source>{count} results for &apos;{query}&apos;.</source>
        <translation>{count} resultados para «{query}».</translation>
    </message>
    <message>
        <source>Type a few words. Use &quot;quotes&quot; for an exact phrase.</source>
        <translation>Escribe algunas palabras. Usa &quot;comillas&quot; para una frase exacta.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Module introductions</source>
        <translation>Introducciones de módulo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation>Planes de sesión</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation>Planes de sesión</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Ac&amp;tividades</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planes</translation>
    </message>
    <message>
        <source>Fo&amp;rms</source>
        <translation>&amp;Formularios</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Handbook cannot start</source>
        <translation>Handbook no puede iniciarse</translation>
    </message>
    <message>
        <source>Nothing was changed. Close this message, fix the problem, then start Handbook again.</source>
        <translation>No se cambió nada. Cierra este mensaje, corrige el problema y vuelve a abrir Handbook.</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Updates from feeds</source>
        <translation>Actualizaciones de las fuentes</translation>
    </message>
    <message>
        <source>A feed is a web address or a folder (a shared folder, a USB stick) where a trainer puts new versions of packs. Handbook uses the network only when you press Check for updates.</source>
        <translation>Una fuente es una dirección web o una carpeta (una carpeta compartida, una memoria USB) donde un formador pone versiones nuevas de los paquetes. Handbook usa la red solo cuando pulsas Buscar actualizaciones.</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Add &amp;web address…</source>
        <translation>Añadir dirección &amp;web…</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>&amp;Quitar fuente</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Buscar actualizaciones</translation>
    </message>
    <message>
        <source>Newer versions</source>
        <translation>Versiones más nuevas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Versión nueva</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>&amp;Install the ticked updates</source>
        <translation>&amp;Instalar las actualizaciones marcadas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <source>Fee&amp;ds:</source>
        <translation>&amp;Fuentes:</translation>
    </message>
    <message>
        <source>&amp;Newer versions:</source>
        <translation>Versiones más &amp;nuevas:</translation>
    </message>
    <message>
        <source>No feeds yet: add the web address or the folder your trainer gave you.</source>
        <translation>Todavía no hay fuentes: añade la dirección web o la carpeta que te dio tu formador.</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>The feed&apos;s web address (https://…):</source>
        <translation>La dirección web de la fuente (https://…):</translation>
    </message>
    <message>
        <source>Choose the feed&apos;s index.json</source>
        <translation>Elige el index.json de la fuente</translation>
    </message>
    <message>
        <source>Pack feeds (index.json);;All files (*)</source>
        <translation>Fuentes de paquetes (index.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>Checking the feeds…</source>
        <translation>Revisando las fuentes…</translation>
    </message>
    <message>
        <source>Newer versions found: {count}. Untick any you do not want, then install.</source>
        <translation>Versiones más nuevas encontradas: {count}. Desmarca las que no quieras y luego instala.</translation>
    </message>
    <message>
        <source>Every pack is up to date.</source>
        <translation>Todos los paquetes están al día.</translation>
    </message>
    <message>
        <source>Downloading {title} {version}…</source>
        <translation>Descargando {title} {version}…</translation>
    </message>
    <message>
        <source>Checking the content…</source>
        <translation>Revisando el contenido…</translation>
    </message>
    <message>
        <source>{title} was not updated.</source>
        <translation>{title} no se actualizó.</translation>
    </message>
    <message>
        <source>{title} is now at version {version}.</source>
        <translation>{title} ahora está en la versión {version}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed. A download continues where it stopped next time.</source>
        <translation>Cancelado. No se cambió nada. La próxima vez, una descarga sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>Check for &amp;updates…</source>
        <translation>Buscar act&amp;ualizaciones…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Handbook</source>
        <translation>Te damos la bienvenida a Handbook</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Handbook keeps track of the lessons you have read, your self-check answers and your notes, so you can carry on next time, even over several weeks.&lt;/p&gt;&lt;p&gt;Several people can use this computer: each has a profile of their own. Not ready to make one? &lt;b&gt;Continue as guest&lt;/b&gt;: what you do is kept in the shared Guest profile, which anyone at this computer can carry on with.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenida&lt;/h2&gt;&lt;p&gt;Handbook guarda las lecciones que leíste, tus respuestas de autoevaluación y tus notas, para que puedas continuar la próxima vez, incluso durante varias semanas.&lt;/p&gt;&lt;p&gt;Varias personas pueden usar esta computadora: cada una tiene su propio perfil. ¿Aún no quieres crear uno? &lt;b&gt;Continúa como invitado&lt;/b&gt;: lo que hagas se guarda en el perfil compartido Invitado, que cualquier persona en esta computadora puede continuar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Existing profiles</source>
        <translation>Perfiles que ya existen</translation>
    </message>
    <message>
        <source>Pick your profile:</source>
        <translation>Elige tu perfil:</translation>
    </message>
    <message>
        <source>Or start a new profile; type your name:</source>
        <translation>O crea un perfil nuevo; escribe tu nombre:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>e.g. Amina</source>
        <translation>p. ej., Amina</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Continue as &amp;guest</source>
        <translation>Continuar como &amp;invitado</translation>
    </message>
    <message>
        <source>Type your name, or pick a profile.</source>
        <translation>Escribe tu nombre o elige un perfil.</translation>
    </message>
</context>
<context>
    <name>_MinutesDelegate</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;h2&gt;Handbook {version}&lt;/h2&gt;&lt;p&gt;Offline training and session planning for learning circle facilitators.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Content:&lt;/b&gt; {title}, version {pack_version}&lt;br/&gt;&lt;b&gt;Licence:&lt;/b&gt; {license}&lt;br/&gt;&lt;b&gt;Authors:&lt;/b&gt; {authors}&lt;/p&gt;&lt;p&gt;The learning circle model was created by Peer 2 Peer University (P2PU), who share their materials under CC BY-SA 4.0. This course is written in our own words and shared under the same licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Handbook {version}&lt;/h2&gt;&lt;p&gt;Capacitación y planificación de sesiones, sin conexión, para personas facilitadoras de círculos de aprendizaje.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contenido:&lt;/b&gt; {title}, versión {pack_version}&lt;br/&gt;&lt;b&gt;Licencia:&lt;/b&gt; {license}&lt;br/&gt;&lt;b&gt;Autoría:&lt;/b&gt; {authors}&lt;/p&gt;&lt;p&gt;El modelo de los círculos de aprendizaje lo creó Peer 2 Peer University (P2PU), que comparte sus materiales con la licencia CC BY-SA 4.0. Este curso está escrito con nuestras propias palabras y se comparte con la misma licencia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>About Handbook</source>
        <translation>Acerca de Handbook</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>falta uno de estos argumentos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el valor dado %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>falta su valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s valor</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s valores</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>when Handbook started</source>
        <translation>al abrir Handbook</translation>
    </message>
    <message>
        <source>when Handbook closed</source>
        <translation>al cerrar Handbook</translation>
    </message>
    <message>
        <source>while you worked</source>
        <translation>mientras trabajabas</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before a course update</source>
        <translation>antes de una actualización del curso</translation>
    </message>
    <message>
        <source>before an update of the file</source>
        <translation>antes de una actualización del archivo</translation>
    </message>
    <message>
        <source>{file}: cannot be read for a backup ({reason}).</source>
        <translation>{file}: no se puede leer para hacer una copia de seguridad ({reason}).</translation>
    </message>
    <message>
        <source>{folder}: cannot make the backups folder ({reason}).</source>
        <translation>{folder}: no se puede crear la carpeta de copias de seguridad ({reason}).</translation>
    </message>
    <message>
        <source>{file}: this backup cannot be used ({problem}). Choose another one.</source>
        <translation>{file}: esta copia de seguridad no se puede usar ({problem}). Elige otra.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: no se puede leer ({reason}).</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>{level} energy</source>
        <translation>energía {level}</translation>
    </message>
    <message>
        <source>{low}-{high} people</source>
        <translation>{low}-{high} personas</translation>
    </message>
    <message>
        <source>Materials: {list}</source>
        <translation>Materiales: {list}</translation>
    </message>
</context>
<context>
    <name>certificate</name>
    <message>
        <source>The certificate is not earned yet. {reasons}</source>
        <translation>Todavía no tienes el certificado. {reasons}</translation>
    </message>
    <message>
        <source>This course has no lessons.</source>
        <translation>Este curso no tiene lecciones.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>1 lesson still to mark as done: {titles}{more}.</source>
        <translation>Falta marcar 1 lección como completada: {titles}{more}.</translation>
    </message>
    <message>
        <source>{count} lessons still to mark as done: {titles}{more}.</source>
        <translation>Faltan {count} lecciones por marcar como completadas: {titles}{more}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos;: {left} of {total} questions still to answer (you need {needed} right to pass).</source>
        <translation>«{title}»: faltan {left} de {total} preguntas por responder (necesitas {needed} correctas para aprobar).</translation>
    </message>
    <message>
        <source>&apos;{title}&apos;: {right} of {total} right; you need {needed}. Try it again.</source>
        <translation>«{title}»: {right} de {total} correctas; necesitas {needed}. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>CERTIFICATE OF COMPLETION</source>
        <translation>CERTIFICADO DE FINALIZACIÓN</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>has completed the one lesson and every self-check of the course</source>
        <translation>completó la única lección y todas las autoevaluaciones del curso</translation>
    </message>
    <message>
        <source>has completed all {count} lessons and every self-check of the course</source>
        <translation>completó las {count} lecciones y todas las autoevaluaciones del curso</translation>
    </message>
    <message>
        <source>Trainer or librarian</source>
        <translation>Formador/a o bibliotecario/a</translation>
    </message>
    <message>
        <source>Course version {version}. Learning circles are a model created by Peer 2 Peer University (P2PU). This certificate carries no academic credit.</source>
        <translation>Versión del curso {version}. Los círculos de aprendizaje son un modelo creado por Peer 2 Peer University (P2PU). Este certificado no da créditos académicos.</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>{file}: the certificate has no bold blank (**____**) for the learner&apos;s name.</source>
        <translation>{file}: el certificado no tiene un espacio en negrita (**____**) para el nombre de la persona.</translation>
    </message>
    <message>
        <source>Nobody qualifies for a certificate yet: log who came to each meeting first.</source>
        <translation>Todavía nadie cumple la regla del certificado: primero anota quién vino a cada sesión.</translation>
    </message>
</context>
<context>
    <name>circle</name>
    <message>
        <source>Learning circle</source>
        <translation>Círculo de aprendizaje</translation>
    </message>
    <message>
        <source>{count} files is too many to merge at once; merge at most {high}.</source>
        <translation>{count} archivos son demasiados para combinarlos de una vez; combina como máximo {high}.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>course</source>
        <translation>curso</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>personas facilitadoras</translation>
    </message>
    <message>
        <source>first meeting</source>
        <translation>primera sesión</translation>
    </message>
    <message>
        <source>meetings planned</source>
        <translation>sesiones previstas</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>sesiones realizadas</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>came to the first meeting</source>
        <translation>vinieron a la primera sesión</translation>
    </message>
    <message>
        <source>came to the last meeting</source>
        <translation>vinieron a la última sesión</translation>
    </message>
    <message>
        <source>average rating (1-5)</source>
        <translation>valoración media (1-5)</translation>
    </message>
    <message>
        <source>meetings rated</source>
        <translation>sesiones valoradas</translation>
    </message>
    <message>
        <source>goals met</source>
        <translation>metas cumplidas</translation>
    </message>
    <message>
        <source>goals set</source>
        <translation>metas fijadas</translation>
    </message>
    <message>
        <source>The number of people who came must be from 0 to {high}, not {value}.</source>
        <translation>El número de personas que vinieron debe ser de 0 a {high}, no {value}.</translation>
    </message>
    <message>
        <source>A name is ticked twice for the same meeting; tick each person once.</source>
        <translation>Un nombre está marcado dos veces en la misma sesión; marca a cada persona una sola vez.</translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5, not {value}.</source>
        <translation>La valoración debe ser un número entero de 1 a 5, no {value}.</translation>
    </message>
    <message>
        <source>&apos;present&apos; must be a list of names.</source>
        <translation>&apos;present&apos; debe ser una lista de nombres.</translation>
    </message>
    <message>
        <source>A goal&apos;s status must be one of {statuses}, not &apos;{value}&apos;.</source>
        <translation>El estado de una meta debe ser uno de estos: {statuses}; no &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>A circle has at most {high} meetings.</source>
        <translation>Un círculo tiene como máximo {high} sesiones.</translation>
    </message>
    <message>
        <source>A meeting is filed under the wrong week.</source>
        <translation>Una sesión está guardada en una semana que no es la suya.</translation>
    </message>
    <message>
        <source>A circle can keep at most {high} goals.</source>
        <translation>Un círculo puede guardar como máximo {high} metas.</translation>
    </message>
    <message>
        <source>Each learner has one goal; a name has two.</source>
        <translation>Cada participante tiene una meta; hay un nombre con dos.</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>esto es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>this is not a plain file</source>
        <translation>esto no es un archivo normal</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>this is not a circle export</source>
        <translation>esto no es una exportación de un círculo</translation>
    </message>
    <message>
        <source>the export has no valid version number</source>
        <translation>la exportación no tiene un número de versión válido</translation>
    </message>
    <message>
        <source>the export was made by a newer version of Handbook (version {version}); update Handbook first</source>
        <translation>la exportación se hizo con una versión más nueva de Handbook (versión {version}); primero actualiza Handbook</translation>
    </message>
    <message>
        <source>{problem}. Nothing was changed; use a file made with &apos;handbook circle export&apos;.</source>
        <translation>{problem}. No se cambió nada; usa un archivo hecho con &apos;handbook circle export&apos;.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a table of fields.</source>
        <translation>&apos;{field}&apos; debe ser una tabla de campos.</translation>
    </message>
    <message>
        <source>Who came is listed by name, but the learners are not named.</source>
        <translation>Se indica por nombre quién vino, pero no se nombran los participantes.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list.</source>
        <translation>&apos;{field}&apos; debe ser una lista.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has {count} entries; at most {high} are allowed.</source>
        <translation>&apos;{field}&apos; tiene {count} elementos; se permiten como máximo {high}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number from {low} to {high}.</source>
        <translation>&apos;{field}&apos; debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>A week is logged twice.</source>
        <translation>Hay una semana registrada dos veces.</translation>
    </message>
    <message>
        <source>The circle has meetings 1 to {high}; there is no week {week}.</source>
        <translation>El círculo tiene las sesiones 1 a {high}; no hay semana {week}.</translation>
    </message>
    <message>
        <source>A week must be a number from 1 to {high}, not {week}.</source>
        <translation>La semana debe ser un número de 1 a {high}, no {week}.</translation>
    </message>
    <message>
        <source>A note must be text.</source>
        <translation>Una nota debe ser texto.</translation>
    </message>
    <message>
        <source>A text is {count} characters long; at most {high} fit. Make it shorter.</source>
        <translation>Un texto tiene {count} caracteres; caben como máximo {high}. Acórtalo.</translation>
    </message>
    <message>
        <source>A learner&apos;s name cannot be empty.</source>
        <translation>El nombre de un participante no puede estar vacío.</translation>
    </message>
    <message>
        <source>A name is {count} characters long; at most {high} fit.</source>
        <translation>Un nombre tiene {count} caracteres; caben como máximo {high}.</translation>
    </message>
    <message>
        <source>A circle can keep at most {high} names, not {count}.</source>
        <translation>Un círculo puede guardar como máximo {high} nombres, no {count}.</translation>
    </message>
    <message>
        <source>An entry in the circle log is not a table of fields.</source>
        <translation>Una entrada del registro del círculo no es una tabla de campos.</translation>
    </message>
    <message>
        <source>Unknown field &apos;{field}&apos;; the fields are {fields}.</source>
        <translation>Campo desconocido &apos;{field}&apos;; los campos son {fields}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number.</source>
        <translation>&apos;{field}&apos; debe ser un número entero.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text.</source>
        <translation>&apos;{field}&apos; debe ser texto.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {count} characters long; at most {high} fit.</source>
        <translation>&apos;{field}&apos; tiene {count} caracteres; caben como máximo {high}.</translation>
    </message>
    <message>
        <source>this is not a circle log.</source>
        <translation>esto no es un registro de círculo.</translation>
    </message>
    <message>
        <source>this circle log was written by a newer version of Handbook (format {version}). Update Handbook to use it.</source>
        <translation>este registro del círculo lo escribió una versión más nueva de Handbook (formato {version}). Actualiza Handbook para usarlo.</translation>
    </message>
    <message>
        <source>{path}: this circle log was written by a newer version of Handbook. Update Handbook to change it; this version leaves it as it is.</source>
        <translation>{path}: este registro del círculo lo escribió una versión más nueva de Handbook. Actualiza Handbook para cambiarlo; esta versión lo deja como está.</translation>
    </message>
    <message>
        <source>set a circle&apos;s details, log its meetings, show the log, export it for the organiser</source>
        <translation>fija los datos de un círculo, registra sus sesiones, muestra el registro y lo exporta para la coordinación</translation>
    </message>
    <message>
        <source>Keep the log of a profile&apos;s circle: who came to each meeting, its 1-5 rating and the Plus/Delta notes. Use the global --data-dir before &apos;circle&apos; to choose another data folder.</source>
        <translation>Lleva el registro del círculo de un perfil: quién vino a cada sesión, su valoración de 1 a 5 y las notas Plus/Delta. Usa la opción general --data-dir antes de &apos;circle&apos; para elegir otra carpeta de datos.</translation>
    </message>
    <message>
        <source>the profile&apos;s name (default: the one opened last, or the only one)</source>
        <translation>el nombre del perfil (si no: el último abierto, o el único)</translation>
    </message>
    <message>
        <source>set the circle&apos;s details from a YAML file</source>
        <translation>fija los datos del círculo desde un archivo YAML</translation>
    </message>
    <message>
        <source>Set the circle&apos;s details (course, venue, facilitators, first meeting, weekday, time, number of meetings) from a YAML file in the format &apos;handbook print --circle&apos; reads. The profile is made if it does not exist.</source>
        <translation>Fija los datos del círculo (curso, lugar, personas facilitadoras, primera sesión, día de la semana, hora, número de sesiones) desde un archivo YAML con el formato que lee &apos;handbook print --circle&apos;. Si el perfil no existe, se crea.</translation>
    </message>
    <message>
        <source>the circle&apos;s details, e.g. circle.yaml</source>
        <translation>los datos del círculo, por ejemplo circle.yaml</translation>
    </message>
    <message>
        <source>record or update one meeting</source>
        <translation>registra o actualiza una sesión</translation>
    </message>
    <message>
        <source>Record or update one meeting of the circle. Only what you give changes; run it again to add more.</source>
        <translation>Registra o actualiza una sesión del círculo. Solo cambia lo que das; ejecútalo otra vez para añadir más.</translation>
    </message>
    <message>
        <source>the meeting&apos;s number (1, 2, ...)</source>
        <translation>el número de la sesión (1, 2, ...)</translation>
    </message>
    <message>
        <source>how many people came</source>
        <translation>cuántas personas vinieron</translation>
    </message>
    <message>
        <source>who came, by name, separated by commas</source>
        <translation>quién vino, por nombre, separados por comas</translation>
    </message>
    <message>
        <source>how the meeting went, from 1 (poor) to 5 (very good)</source>
        <translation>cómo fue la sesión, de 1 (mal) a 5 (muy bien)</translation>
    </message>
    <message>
        <source>Plus: what went well</source>
        <translation>Plus: lo que salió bien</translation>
    </message>
    <message>
        <source>Delta: what to change next time</source>
        <translation>Delta: lo que cambiar la próxima vez</translation>
    </message>
    <message>
        <source>a note for yourself</source>
        <translation>una nota para ti</translation>
    </message>
    <message>
        <source>print the circle&apos;s meetings and how they went</source>
        <translation>muestra las sesiones del círculo y cómo fueron</translation>
    </message>
    <message>
        <source>Print each meeting with its date, who came and its rating, then the averages.</source>
        <translation>Muestra cada sesión con su fecha, quién vino y su valoración, y después los promedios.</translation>
    </message>
    <message>
        <source>write the circle&apos;s log to a file for the library&apos;s organiser</source>
        <translation>escribe el registro del círculo en un archivo para la coordinación de la biblioteca</translation>
    </message>
    <message>
        <source>Write the circle&apos;s details and log to one JSON file for the organiser (who combines many with &apos;handbook report merge&apos;). Learners&apos; names are left out unless you add --include-names.</source>
        <translation>Escribe los datos y el registro del círculo en un archivo JSON para la coordinación (que junta muchos con &apos;handbook report merge&apos;). Los nombres de los participantes quedan fuera salvo que añadas --include-names.</translation>
    </message>
    <message>
        <source>where to write (default: a name from the course and date)</source>
        <translation>dónde escribir (si no: un nombre hecho con el curso y la fecha)</translation>
    </message>
    <message>
        <source>also write the learners&apos; names and who came</source>
        <translation>escribe también los nombres de los participantes y quién vino</translation>
    </message>
    <message>
        <source>write the end-of-circle report as a PDF</source>
        <translation>escribe el informe final del círculo en PDF</translation>
    </message>
    <message>
        <source>Write the end-of-circle report (black and white): the circle&apos;s details, attendance and ratings per meeting as charts, the Plus/Delta notes, goals met, who qualifies for a certificate, the reflection.</source>
        <translation>Escribe el informe final del círculo (en blanco y negro): los datos del círculo, la asistencia y las valoraciones de cada sesión en gráficos, las notas Plus/Delta, las metas cumplidas, quién recibe un certificado y la reflexión.</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>dónde escribir el PDF</translation>
    </message>
    <message>
        <source>also write a certificate of participation for each learner who qualifies (from the pack in use)</source>
        <translation>escribe también un certificado de participación para cada participante que lo cumple (del paquete en uso)</translation>
    </message>
    <message>
        <source>{path}: could not be read; kept as {name}.</source>
        <translation>{path}: no se pudo leer; se guardó como {name}.</translation>
    </message>
    <message>
        <source>{path}: could not be read, so it was kept as {name} and the log starts again.</source>
        <translation>{path}: no se pudo leer; se guardó como {name} y el registro empieza de nuevo.</translation>
    </message>
    <message>
        <source>set the circle</source>
        <translation>fijar el círculo</translation>
    </message>
    <message>
        <source>The circle of {profile} is set: {course}, {count} meetings from {date}.</source>
        <translation>El círculo de {profile} está listo: {course}, {count} sesiones desde el {date}.</translation>
    </message>
    <message>
        <source>the log has meetings after week {count} ({weeks}); they are kept.</source>
        <translation>el registro tiene sesiones después de la semana {count} ({weeks}); se conservan.</translation>
    </message>
    <message>
        <source>{profile} has no circle yet. Set its details first, in the app&apos;s planner or with &apos;handbook circle set FILE&apos;, where FILE looks like this:
{example}</source>
        <translation>{profile} todavía no tiene un círculo. Primero indica sus datos, en el planificador de la aplicación o con &apos;handbook circle set FILE&apos;, donde FILE es así:
{example}</translation>
    </message>
    <message>
        <source>log a meeting</source>
        <translation>registrar una sesión</translation>
    </message>
    <message>
        <source>Week {week} ({date}) logged: {facts}.</source>
        <translation>Semana {week} ({date}) registrada: {facts}.</translation>
    </message>
    <message>
        <source>{count} came</source>
        <translation>vinieron {count}</translation>
    </message>
    <message>
        <source>attendance not recorded</source>
        <translation>asistencia sin registrar</translation>
    </message>
    <message>
        <source>rated {rating} of 5</source>
        <translation>valorada con {rating} de 5</translation>
    </message>
    <message>
        <source>{course}, the circle of {profile}</source>
        <translation>{course}, el círculo de {profile}</translation>
    </message>
    <message>
        <source>No meetings logged yet; log one with &apos;handbook circle log --week 1 --attended 8&apos;.</source>
        <translation>Todavía no hay sesiones registradas; registra una con &apos;handbook circle log --week 1 --attended 8&apos;.</translation>
    </message>
    <message>
        <source>(after the last meeting)</source>
        <translation>(después de la última sesión)</translation>
    </message>
    <message>
        <source>not logged yet</source>
        <translation>sin registrar todavía</translation>
    </message>
    <message>
        <source>Week {week}	{date}	{facts}</source>
        <translation>Semana {week}	{date}	{facts}</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Meetings held: {held}. Average rating: {rating}. Goals met: {met} of {set}.</source>
        <translation>Sesiones realizadas: {held}. Valoración media: {rating}. Metas cumplidas: {met} de {set}.</translation>
    </message>
    <message>
        <source>Meetings each learner came to: {list}</source>
        <translation>Sesiones a las que vino cada participante: {list}</translation>
    </message>
    <message>
        <source>Came to {needed} or more of {count} meetings (a certificate): {names}</source>
        <translation>Vinieron a {needed} o más de {count} sesiones (certificado): {names}</translation>
    </message>
    <message>
        <source>Wrote {path}: 1 meeting, with the learners&apos; names.</source>
        <translation>Se escribió {path}: 1 sesión, con los nombres de los participantes.</translation>
    </message>
    <message>
        <source>Wrote {path}: {count} meetings, with the learners&apos; names.</source>
        <translation>Se escribió {path}: {count} sesiones, con los nombres de los participantes.</translation>
    </message>
    <message>
        <source>Wrote {path}: 1 meeting, without names.</source>
        <translation>Se escribió {path}: 1 sesión, sin nombres.</translation>
    </message>
    <message>
        <source>Wrote {path}: {count} meetings, without names.</source>
        <translation>Se escribió {path}: {count} sesiones, sin nombres.</translation>
    </message>
    <message>
        <source>Wrote the report to {path} ({pages} pages).</source>
        <translation>Se escribió el informe en {path} ({pages} páginas).</translation>
    </message>
    <message>
        <source>Wrote 1 certificate to {path}.</source>
        <translation>Se escribió 1 certificado en {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} certificates to {path}.</source>
        <translation>Se escribieron {count} certificados en {path}.</translation>
    </message>
    <message>
        <source>Circle log: nothing new.</source>
        <translation>Registro del círculo: nada nuevo.</translation>
    </message>
    <message>
        <source>Circle log: {added} meetings added, {filled} filled in, {goals} goals added or updated.</source>
        <translation>Registro del círculo: {added} sesiones agregadas, {filled} completadas, {goals} metas agregadas o actualizadas.</translation>
    </message>
    <message>
        <source>a circle needs {low} to {high} meetings, not {count}. Six to eight weekly meetings work well.</source>
        <translation>un círculo necesita de {low} a {high} sesiones, no {count}. De seis a ocho sesiones semanales funcionan bien.</translation>
    </message>
    <message>
        <source>a meeting must last {low} to {high} minutes, not {count}. About 90 minutes works well.</source>
        <translation>una sesión debe durar de {low} a {high} minutos, no {count}. Unos 90 minutos funcionan bien.</translation>
    </message>
    <message>
        <source>the first meeting, {date}, is a {weekday}, not a {given}. Correct the date or the weekday.</source>
        <translation>la primera sesión, el {date}, cae en {weekday}, no en {given}. Corrige la fecha o el día de la semana.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number from {low} to {high}. {hint}</source>
        <translation>&apos;{field}&apos; debe ser un número entero de {low} a {high}. {hint}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, but it must be from {low} to {high}. {hint}</source>
        <translation>&apos;{field}&apos; es {value}, pero debe estar entre {low} y {high}. {hint}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos;; the fields are {fields}.</source>
        <translation>campo desconocido &apos;{field}&apos;; los campos son {fields}.</translation>
    </message>
    <message>
        <source>&apos;facilitators&apos; must be a list of names, like [Ana, Ben].</source>
        <translation>&apos;facilitators&apos; debe ser una lista de nombres, como [Ana, Ben].</translation>
    </message>
    <message>
        <source>&apos;first_meeting&apos; is missing; add the date, like first_meeting: 2027-03-02.</source>
        <translation>falta &apos;first_meeting&apos;; añade la fecha, como first_meeting: 2027-03-02.</translation>
    </message>
    <message>
        <source>&apos;first_meeting&apos; {value} is not a date; write it as YYYY-MM-DD, like 2027-03-02.</source>
        <translation>&apos;first_meeting&apos; {value} no es una fecha; escríbela como AAAA-MM-DD, por ejemplo 2027-03-02.</translation>
    </message>
    <message>
        <source>&apos;start_time&apos; {value} is not a time of day; write it on the 24-hour clock in quotes, like start_time: &quot;18:00&quot;.</source>
        <translation>&apos;start_time&apos; {value} no es una hora del día; escríbela en formato de 24 horas y entre comillas, como start_time: &quot;18:00&quot;.</translation>
    </message>
    <message>
        <source>&apos;weekday&apos; {value} is not a day of the week; write it like Tuesday.</source>
        <translation>&apos;weekday&apos; {value} no es un día de la semana; escríbelo en inglés, como Tuesday.</translation>
    </message>
    <message>
        <source>Six to eight work well.</source>
        <translation>De seis a ocho funcionan bien.</translation>
    </message>
    <message>
        <source>About 90 minutes works well.</source>
        <translation>Unos 90 minutos funcionan bien.</translation>
    </message>
    <message>
        <source>the first meeting, {date}, is a {weekday}, not a {given}. Correct &apos;first_meeting&apos; or &apos;weekday&apos;.</source>
        <translation>la primera sesión, el {date}, cae en {weekday}, no en {given}. Corrige &apos;first_meeting&apos; o &apos;weekday&apos;.</translation>
    </message>
    <message>
        <source>{file}: no such file. Write the circle&apos;s details in it, like:
{example}</source>
        <translation>{file}: no existe ese archivo. Escribe en él los datos del círculo, así:
{example}</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{where}: cannot be read as {format}. Write one &apos;field: value&apos; per line, like:
{example}</source>
        <translation>{where}: no se puede leer como {format}. Escribe un &apos;campo: valor&apos; por línea, así:
{example}</translation>
    </message>
    <message>
        <source>{file}: write the circle&apos;s details as &apos;field: value&apos; lines, like:
{example}</source>
        <translation>{file}: escribe los datos del círculo como líneas &apos;campo: valor&apos;, así:
{example}</translation>
    </message>
</context>
<context>
    <name>circle report</name>
    <message>
        <source>Venue: {venue}</source>
        <translation>Lugar: {venue}</translation>
    </message>
    <message>
        <source>Facilitators: {names}</source>
        <translation>Facilitación: {names}</translation>
    </message>
    <message>
        <source>{count} meetings from {date}</source>
        <translation>{count} sesiones desde el {date}</translation>
    </message>
    <message>
        <source>Meetings held: {held}. Average rating: {rating}. Goals met: {met} of {set}.</source>
        <translation>Sesiones realizadas: {held}. Valoración media: {rating}. Metas cumplidas: {met} de {set}.</translation>
    </message>
    <message>
        <source>Plus and Delta, meeting by meeting</source>
        <translation>Plus y Delta, sesión por sesión</translation>
    </message>
    <message>
        <source>, rated {rating} of 5</source>
        <translation>, valorada con {rating} de 5</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Semana {n}</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>No meetings logged yet.</source>
        <translation>Todavía no hay sesiones registradas.</translation>
    </message>
    <message>
        <source>Learners’ goals</source>
        <translation>Metas de los participantes</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>met</source>
        <translation>lograda</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>lograda en parte</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no lograda</translation>
    </message>
    <message>
        <source>No goals written down.</source>
        <translation>No hay metas escritas.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Came to {needed} or more of {count} meetings: {names}</source>
        <translation>Vinieron a {needed} o más de {count} sesiones: {names}</translation>
    </message>
    <message>
        <source>Attendance was kept as numbers: use the paper sign-in sheet.</source>
        <translation>La asistencia se guardó solo como números: usa la hoja de firmas en papel.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>End-of-circle report: {course}</source>
        <translation>Informe de fin del círculo: {course}</translation>
    </message>
    <message>
        <source>People who came, meeting by meeting</source>
        <translation>Personas que vinieron, sesión por sesión</translation>
    </message>
    <message>
        <source>Rating of each meeting (1 to 5)</source>
        <translation>Valoración de cada sesión (1 a 5)</translation>
    </message>
</context>
<context>
    <name>circle summary</name>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Sesiones realizadas</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Came to the first meeting</source>
        <translation>Vinieron a la primera sesión</translation>
    </message>
    <message>
        <source>Came to the last meeting</source>
        <translation>Vinieron a la última sesión</translation>
    </message>
    <message>
        <source>{count} ({share} of the first)</source>
        <translation>{count} ({share} de la primera)</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>Valoración media (de 1 a 5)</translation>
    </message>
    <message>
        <source>{rating}, from {count} meetings rated</source>
        <translation>{rating}, de {count} sesiones valoradas</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Metas cumplidas</translation>
    </message>
    <message>
        <source>{met} of {set}</source>
        <translation>{met} de {set}</translation>
    </message>
    <message>
        <source>Held: meetings held of those planned. Learners: how many the circle had. First and Last: how many came to the first and to the last meeting whose attendance was recorded. Rating: the average of the meetings&apos; ratings, from 1 (poor) to 5 (very good). Goals met: of the goals the learners set.</source>
        <translation>Hechas: sesiones realizadas de las previstas. Personas: participantes del círculo. Primera y Última: cuántas personas vinieron a la primera y a la última sesión con asistencia registrada. Media: la media de las valoraciones de las sesiones, de 1 (mala) a 5 (muy buena). Metas: metas cumplidas de las que fijaron los participantes.</translation>
    </message>
    <message>
        <source>{held} of {planned}</source>
        <translation>{held} de {planned}</translation>
    </message>
    <message>
        <source>Learning circles: summary</source>
        <translation>Círculos de aprendizaje: resumen</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Todos los círculos</translation>
    </message>
    <message>
        <source>Each circle</source>
        <translation>Cada círculo</translation>
    </message>
    <message>
        <source>Made on {date} from 1 circle&apos;s file.</source>
        <translation>Hecho el {date} con el archivo de 1 círculo.</translation>
    </message>
    <message>
        <source>Made on {date} from the files of {count} circles.</source>
        <translation>Hecho el {date} con los archivos de {count} círculos.</translation>
    </message>
</context>
<context>
    <name>circle summary table</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Metas</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Offline training and session planning for learning circle facilitators. With no command, opens the app.</source>
        <translation>Formación y planificación de sesiones sin conexión para quienes facilitan círculos de aprendizaje. Sin una orden, abre la aplicación.</translation>
    </message>
    <message>
        <source>show the version of Handbook and exit</source>
        <translation>muestra la versión de Handbook y termina</translation>
    </message>
    <message>
        <source>keep user data in DIR (default: HANDBOOK_DATA_DIR or the platform&apos;s place)</source>
        <translation>guarda los datos en CARPETA (si no: HANDBOOK_DATA_DIR o la carpeta habitual del sistema)</translation>
    </message>
    <message>
        <source>keep user data in a folder beside the app, e.g. on a USB stick</source>
        <translation>guarda los datos en una carpeta junto a la aplicación, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>load the bundled course, render every page, open and close the window; exit 0 if all is well</source>
        <translation>carga el curso incluido, prepara cada página, abre y cierra la ventana; termina con 0 si todo está bien</translation>
    </message>
    <message>
        <source>start as usual, say when the first page is painted and when the window is ready, then exit (for timing)</source>
        <translation>arranca como siempre, avisa cuando se muestra la primera página y cuando la ventana está lista, y termina (para medir el tiempo)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>aviso: {message}</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>SALIDA.pdf</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>SUMMARY.pdf</source>
        <translation>RESUMEN.pdf</translation>
    </message>
    <message>
        <source>SUMMARY.csv</source>
        <translation>RESUMEN.csv</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>PALABRAS</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <source>&apos;agenda&apos; is missing; list the parts of the meeting with title and minutes.</source>
        <translation>falta &apos;agenda&apos;; enumera las partes de la sesión con su título y sus minutos.</translation>
    </message>
    <message>
        <source>&apos;agenda&apos; must be a list of items, each with &apos;- title:&apos; and &apos;minutes:&apos;.</source>
        <translation>&apos;agenda&apos; debe ser una lista de partes, cada una con &apos;- title:&apos; y &apos;minutes:&apos;.</translation>
    </message>
    <message>
        <source>the agenda has {count} items; the most allowed is {limit}.</source>
        <translation>la agenda tiene {count} partes; el máximo permitido es {limit}.</translation>
    </message>
    <message>
        <source>agenda item {number} must have &apos;title:&apos; and &apos;minutes:&apos;.</source>
        <translation>la parte {number} de la agenda debe tener &apos;title:&apos; y &apos;minutes:&apos;.</translation>
    </message>
    <message>
        <source>agenda item {number} has no title; add &apos;title: ...&apos;.</source>
        <translation>la parte {number} de la agenda no tiene título; añade &apos;title: ...&apos;.</translation>
    </message>
    <message>
        <source>agenda item {number} ({title}) needs &apos;minutes:&apos; as a whole number from 0 to {limit}.</source>
        <translation>la parte {number} de la agenda ({title}) necesita &apos;minutes:&apos; con un número entero de 0 a {limit}.</translation>
    </message>
    <message>
        <source>agenda item {number} ({title}): &apos;activity&apos; must be an id.</source>
        <translation>la parte {number} de la agenda ({title}): &apos;activity&apos; debe ser un identificador.</translation>
    </message>
    <message>
        <source>agenda item {number} ({title}) has an unknown field {field}.</source>
        <translation>la parte {number} de la agenda ({title}) tiene un campo desconocido: {field}.</translation>
    </message>
    <message>
        <source>agenda item {number} has &apos;{key}&apos; of {count} characters; the most allowed is {limit}. Shorten it.</source>
        <translation>la parte {number} de la agenda tiene &apos;{key}&apos; de {count} caracteres; el máximo permitido es {limit}. Acórtalo.</translation>
    </message>
    <message>
        <source>agenda item {number} has the control character {character} in &apos;{key}&apos;; remove it.</source>
        <translation>la parte {number} de la agenda tiene el carácter de control {character} en &apos;{key}&apos;; quítalo.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; the most allowed is {limit}. Shorten it or move the text into the page.</source>
        <translation>&apos;{key}&apos; tiene {count} caracteres; el máximo permitido es {limit}. Acórtalo o pasa el texto a la página.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {count} characters long; the most allowed is {limit}. Shorten it.</source>
        <translation>&apos;{key}&apos; tiene {count} caracteres; el máximo permitido es {limit}. Acórtalo.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds the control character {character}; remove it.</source>
        <translation>&apos;{key}&apos; tiene el carácter de control {character}; quítalo.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing; add a line &apos;{key}: ...&apos; to the front matter.</source>
        <translation>falta &apos;{key}&apos;; añade una línea &apos;{key}: ...&apos; al encabezado (front matter).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, for example &apos;{key}: Welcome&apos;.</source>
        <translation>&apos;{key}&apos; debe ser un texto, por ejemplo &apos;{key}: Bienvenida&apos;.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing; add a line &apos;{key}: 10&apos; (a whole number).</source>
        <translation>falta &apos;{key}&apos;; añade una línea &apos;{key}: 10&apos; (un número entero).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from {low} to {high}, not {value}.</source>
        <translation>&apos;{key}&apos; debe ser un número entero de {low} a {high}, no {value}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing; use one of: {choices}.</source>
        <translation>falta &apos;{key}&apos;; usa uno de estos valores: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {value}; use one of: {choices}.</source>
        <translation>&apos;{key}&apos; vale {value}; usa uno de estos valores: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing; add &apos;{key}: []&apos; or a list.</source>
        <translation>falta &apos;{key}&apos;; añade &apos;{key}: []&apos; o una lista.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of text, for example &apos;{key}: [pens, paper]&apos;.</source>
        <translation>&apos;{key}&apos; debe ser una lista de textos, por ejemplo &apos;{key}: [bolígrafos, papel]&apos;.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {count} items; the most allowed is {limit}.</source>
        <translation>&apos;{key}&apos; tiene {count} elementos; el máximo permitido es {limit}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing; add &apos;{key}: 10&apos; or &apos;{key}: [5, 15]&apos;.</source>
        <translation>falta &apos;{key}&apos;; añade &apos;{key}: 10&apos; o &apos;{key}: [5, 15]&apos;.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number or [min, max] with min &lt;= max, from {low} to {high}, not {value}.</source>
        <translation>&apos;{key}&apos; debe ser un número entero o [mín, máx] con mín &lt;= máx, de {low} a {high}, no {value}.</translation>
    </message>
    <message>
        <source>unknown field {field} (known fields: {known}); check the spelling.</source>
        <translation>campo desconocido: {field} (los campos válidos son: {known}); revisa cómo está escrito.</translation>
    </message>
    <message>
        <source>has {count} bytes; the most allowed is {limit}. Make it shorter or split it into several files.</source>
        <translation>tiene {count} bytes; el máximo permitido es {limit}. Acórtalo o divídelo en varios archivos.</translation>
    </message>
    <message>
        <source>is not UTF-8 text. Open it in a text editor and save it with the UTF-8 encoding.</source>
        <translation>no es texto UTF-8. Ábrelo en un editor de texto y guárdalo con la codificación UTF-8.</translation>
    </message>
    <message>
        <source>the YAML is {count} characters long; the most allowed is {limit}. Move long text into the page.</source>
        <translation>el YAML tiene {count} caracteres; el máximo permitido es {limit}. Pasa los textos largos a la página.</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&apos;&amp;name&apos;, &apos;*name&apos;) are not allowed here; write each value out in full.</source>
        <translation>aquí no se permiten anclas ni alias de YAML (&apos;&amp;name&apos;, &apos;*name&apos;); escribe cada valor completo.</translation>
    </message>
    <message>
        <source>the YAML is nested more than {limit} levels deep; use a flatter list.</source>
        <translation>el YAML tiene más de {limit} niveles anidados; usa una lista más plana.</translation>
    </message>
    <message>
        <source>the YAML holds more than {limit} values; split it into smaller files.</source>
        <translation>el YAML tiene más de {limit} valores; divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>the YAML cannot be read ({problem}). YAML tags such as !!python/object are not allowed; use plain text, numbers and lists.</source>
        <translation>no se puede leer el YAML ({problem}). No se permiten etiquetas de YAML como !!python/object; usa solo texto, números y listas.</translation>
    </message>
    <message>
        <source>the YAML cannot be read ({problem}). Check the indentation and put text that contains a colon in quotes.</source>
        <translation>no se puede leer el YAML ({problem}). Revisa la sangría y pon entre comillas el texto que lleve dos puntos.</translation>
    </message>
    <message>
        <source>the YAML cannot be read. Check the indentation and put text that contains a colon in quotes.</source>
        <translation>no se puede leer el YAML. Revisa la sangría y pon entre comillas el texto que lleve dos puntos.</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply; use at most {limit} levels.</source>
        <translation>el YAML tiene demasiados niveles anidados; usa {limit} como máximo.</translation>
    </message>
    <message>
        <source>the YAML holds a number too long to read; write it in quotes if it is text.</source>
        <translation>el YAML tiene un número demasiado largo para leerlo; ponlo entre comillas si es un texto.</translation>
    </message>
    <message>
        <source>the front matter starts with &apos;---&apos; but never ends; add a line &apos;---&apos; after it.</source>
        <translation>el encabezado (front matter) empieza con &apos;---&apos; pero no termina; añade una línea &apos;---&apos; al final.</translation>
    </message>
    <message>
        <source>the front matter is {count} characters long; the most allowed is {limit}. Keep it to short facts and move long text into the page.</source>
        <translation>el encabezado (front matter) tiene {count} caracteres; el máximo permitido es {limit}. Deja solo datos breves y pasa los textos largos a la página.</translation>
    </message>
    <message>
        <source>the front matter must be a list of &apos;key: value&apos; lines, like &apos;title: Welcome&apos;.</source>
        <translation>el encabezado (front matter) debe ser una lista de líneas &apos;clave: valor&apos;, como &apos;title: Bienvenida&apos;.</translation>
    </message>
    <message>
        <source>has {count} characters; the most allowed is {limit}. Split it.</source>
        <translation>tiene {count} caracteres; el máximo permitido es {limit}. Divídelo.</translation>
    </message>
    <message>
        <source>the page has more than {limit} lines. Split it into several pages.</source>
        <translation>la página tiene más de {limit} líneas. Divídela en varias páginas.</translation>
    </message>
    <message>
        <source>the page has more than {limit} &apos;[&apos; (links, pictures, footnotes, task boxes), and each takes time to read. Split it into several pages.</source>
        <translation>la página tiene más de {limit} &apos;[&apos; (enlaces, imágenes, notas al pie, casillas de tareas), y cada uno tarda en leerse. Divídela en varias páginas.</translation>
    </message>
    <message>
        <source>has a word of {count} characters with no space in it; the most allowed is {limit}, as longer ones freeze the reader. Break it up with spaces.</source>
        <translation>tiene una palabra de {count} caracteres sin espacios; el máximo permitido es {limit}, porque las más largas bloquean el lector. Sepárala con espacios.</translation>
    </message>
    <message>
        <source>this folder does not exist; check the path.</source>
        <translation>esta carpeta no existe; revisa la ruta.</translation>
    </message>
    <message>
        <source>pack.yaml is missing; every pack needs one with its id, title and version.</source>
        <translation>falta pack.yaml; cada paquete necesita uno con su id, su título y su versión.</translation>
    </message>
    <message>
        <source>pack.yaml must be a list of &apos;key: value&apos; lines.</source>
        <translation>pack.yaml debe ser una lista de líneas &apos;clave: valor&apos;.</translation>
    </message>
    <message>
        <source>the id {id} may use only lowercase letters, digits and &apos;-&apos;.</source>
        <translation>el id {id} solo puede tener letras minúsculas, cifras y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>the version {version} must look like 1.0.0 (major.minor.patch).</source>
        <translation>la versión {version} debe tener la forma 1.0.0 (mayor.menor.parche).</translation>
    </message>
    <message>
        <source>min_app_version {version} must look like 0.1.0.</source>
        <translation>min_app_version {version} debe tener la forma 0.1.0.</translation>
    </message>
    <message>
        <source>the course folder is missing; add course/01-first-module/_module.md.</source>
        <translation>falta la carpeta del curso; añade course/01-primer-modulo/_module.md.</translation>
    </message>
    <message>
        <source>this module has no _module.md; add one with a title and a summary.</source>
        <translation>este módulo no tiene _module.md; añade uno con un título y un resumen.</translation>
    </message>
    <message>
        <source>setting {value} is unknown; use in-person, online or both.</source>
        <translation>la modalidad {value} no existe; usa in-person, online o las dos.</translation>
    </message>
    <message>
        <source>the module id &apos;{id}&apos; is already used by {path}; rename one of the folders.</source>
        <translation>el id de módulo &apos;{id}&apos; ya lo usa {path}; cambia el nombre de una de las carpetas.</translation>
    </message>
    <message>
        <source>the lesson id &apos;{id}&apos; is already used by {path}; rename one of the files or give it its own &apos;id&apos;.</source>
        <translation>el id de lección &apos;{id}&apos; ya lo usa {path}; cambia el nombre de uno de los archivos o dale su propio &apos;id&apos;.</translation>
    </message>
    <message>
        <source>the activity id &apos;{id}&apos; is already used by {path}; rename one of the files.</source>
        <translation>el id de actividad &apos;{id}&apos; ya lo usa {path}; cambia el nombre de uno de los archivos.</translation>
    </message>
    <message>
        <source>the plan id &apos;{id}&apos; is already used by {path}; rename one of the files.</source>
        <translation>el id de plan &apos;{id}&apos; ya lo usa {path}; cambia el nombre de uno de los archivos.</translation>
    </message>
    <message>
        <source>the form id &apos;{id}&apos; is already used by {path}; rename one of the files.</source>
        <translation>el id de formulario &apos;{id}&apos; ya lo usa {path}; cambia el nombre de uno de los archivos.</translation>
    </message>
    <message>
        <source>is a FIFO (named pipe); a pack holds only regular files. Remove it from the folder.</source>
        <translation>es una FIFO (tubería con nombre); un paquete solo lleva archivos normales. Quítala de la carpeta.</translation>
    </message>
    <message>
        <source>is a device; a pack holds only regular files. Remove it from the folder.</source>
        <translation>es un dispositivo; un paquete solo lleva archivos normales. Quítalo de la carpeta.</translation>
    </message>
    <message>
        <source>is a socket; a pack holds only regular files. Remove it from the folder.</source>
        <translation>es un socket; un paquete solo lleva archivos normales. Quítalo de la carpeta.</translation>
    </message>
    <message>
        <source>is not a regular file; a pack holds only regular files. Remove it from the folder.</source>
        <translation>no es un archivo normal; un paquete solo lleva archivos normales. Quítalo de la carpeta.</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>this folder cannot be read ({reason}).</source>
        <translation>no se puede leer esta carpeta ({reason}).</translation>
    </message>
    <message>
        <source>is a link; a pack holds no links (they could point outside it). Put the file itself here.</source>
        <translation>es un enlace; un paquete no lleva enlaces (podrían apuntar fuera de él). Pon aquí el propio archivo.</translation>
    </message>
    <message>
        <source>this name {problem}; rename it.</source>
        <translation>este nombre {problem}; cámbialo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and &apos;{other}&apos; differ only in upper and lower case; Windows and macOS would see one file. Rename one of them.</source>
        <translation>&apos;{name}&apos; y &apos;{other}&apos; solo se diferencian en mayúsculas y minúsculas; Windows y macOS verían un solo archivo. Cambia el nombre de uno de ellos.</translation>
    </message>
    <message>
        <source>has {count} bytes; a file in a pack may have at most {limit}.</source>
        <translation>tiene {count} bytes; un archivo de un paquete puede tener {limit} como máximo.</translation>
    </message>
    <message>
        <source>is one file too many: a pack may hold at most {limit} files. Split the pack.</source>
        <translation>es un archivo de más: un paquete puede tener {limit} archivos como máximo. Divide el paquete.</translation>
    </message>
    <message>
        <source>brings the folder past {limit} bytes, the most a pack may hold; make the pictures smaller or split the pack.</source>
        <translation>hace que la carpeta pase de {limit} bytes, el máximo de un paquete; reduce las imágenes o divide el paquete.</translation>
    </message>
    <message>
        <source>is a link; a pack holds no links. Put the file itself here.</source>
        <translation>es un enlace; un paquete no lleva enlaces. Pon aquí el propio archivo.</translation>
    </message>
</context>
<context>
    <name>core_labels</name>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Ronda de inicio</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>Rompehielos</translation>
    </message>
    <message>
        <source>Energizer</source>
        <translation>Energizante</translation>
    </message>
    <message>
        <source>Learning format</source>
        <translation>Formato de aprendizaje</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>passed ({right}/{total})</source>
        <translation>aprobada ({right}/{total})</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>sin intentar</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{answered} de {total} respondidas</translation>
    </message>
    <message>
        <source>not passed ({right}/{total})</source>
        <translation>no aprobada ({right}/{total})</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Progreso de {name}</translation>
    </message>
    <message>
        <source>{done} of {total} lessons done</source>
        <translation>{done} de {total} lecciones completadas</translation>
    </message>
    <message>
        <source>{time} spent</source>
        <translation>tiempo dedicado: {time}</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Para continuar</translation>
    </message>
    <message>
        <source>Continue where you left off: {link}</source>
        <translation>Sigue donde lo dejaste: {link}</translation>
    </message>
    <message>
        <source>Next lesson not done yet: {link} ({n} min)</source>
        <translation>Próxima lección sin completar: {link} ({n} min)</translation>
    </message>
    <message>
        <source>Every lesson is done.</source>
        <translation>Todas las lecciones están completadas.</translation>
    </message>
    <message>
        <source>{link} (all your notes, by module)</source>
        <translation>{link} (todas tus notas, por módulo)</translation>
    </message>
    <message>
        <source>Open your journal</source>
        <translation>Abre tu diario</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>You have finished the course. {link} as a PDF to print.</source>
        <translation>Terminaste el curso. {link} en PDF para imprimirlo.</translation>
    </message>
    <message>
        <source>Save your certificate</source>
        <translation>Guarda tu certificado</translation>
    </message>
    <message>
        <source>The certificate is ready when every lesson is done and every self-check is passed (75% right or more). Still to do:</source>
        <translation>El certificado está listo cuando todas las lecciones están completadas y todas las autoevaluaciones aprobadas (75 % de aciertos o más). Falta:</translation>
    </message>
    <message>
        <source>and {n} more self-checks</source>
        <translation>y {n} autoevaluaciones más</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Lessons done</source>
        <translation>Lecciones completadas</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>No longer in this pack</source>
        <translation>Ya no están en este paquete</translation>
    </message>
    <message>
        <source>These pages were in an earlier version of the course. What you did on them is kept; it does not count towards this version.</source>
        <translation>Estas páginas estaban en una versión anterior del curso. Lo que hiciste en ellas se guarda, pero no cuenta para esta versión.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>started</source>
        <translation>empezada</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>, with a note (see your journal)</source>
        <translation>, con una nota (mira tu diario)</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Notas recientes</translation>
    </message>
    <message>
        <source>No notes yet. Write in the Notes pane beside a lesson.</source>
        <translation>Todavía no hay notas. Escribe en el panel de notas junto a una lección.</translation>
    </message>
</context>
<context>
    <name>data files</name>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} no está permitido</translation>
    </message>
    <message>
        <source>the file nests more than {limit} levels deep</source>
        <translation>el archivo anida más de {limit} niveles</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>el archivo anida demasiados niveles</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column})</source>
        <translation>el archivo no es JSON válido (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>the file is too big ({most} bytes at most)</source>
        <translation>el archivo es demasiado grande (como máximo {most} bytes)</translation>
    </message>
    <message>
        <source>{file}: not a JSON object</source>
        <translation>{file}: no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>data folder</name>
    <message>
        <source>{folder}: portable mode keeps your data in this folder beside the app, but it cannot be written ({reason}). Copy Handbook to a place you can write to (a USB stick that is not write-protected, or your own folder), or remove {marker} from {app_folder} to keep your data in your user folder.</source>
        <translation>{folder}: el modo portátil guarda tus datos en esta carpeta junto a la aplicación, pero no se puede escribir en ella ({reason}). Copia Handbook a un lugar donde puedas escribir (una memoria USB sin protección contra escritura, o tu propia carpeta), o quita {marker} de {app_folder} para guardar tus datos en tu carpeta de usuario.</translation>
    </message>
    <message>
        <source>{folder}: portable mode keeps your data in this folder beside the app, but it cannot be written ({reason}). Copy Handbook to a place you can write to (a USB stick that is not write-protected, or your own folder), or start Handbook without --portable to keep your data in your user folder.</source>
        <translation>{folder}: el modo portátil guarda tus datos en esta carpeta junto a la aplicación, pero no se puede escribir en ella ({reason}). Copia Handbook a un lugar donde puedas escribir (una memoria USB sin protección contra escritura, o tu propia carpeta), o abre Handbook sin --portable para guardar tus datos en tu carpeta de usuario.</translation>
    </message>
    <message>
        <source>{folder}: cannot create the data folder ({reason}). Choose another one with --data-dir.</source>
        <translation>{folder}: no se puede crear la carpeta de datos ({reason}). Elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>{file}: cannot create the lock file in the data folder. Check that you may write there, or choose another data folder with --data-dir.</source>
        <translation>{file}: no se puede crear el archivo de bloqueo en la carpeta de datos. Comprueba que puedes escribir allí, o elige otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>Cannot {doing} while Handbook seems to be open with this data folder on the computer &apos;{host}&apos;. Close it there first. If it is not open there any more, delete the file {file} and try again.</source>
        <translation>No se puede {doing}: parece que Handbook está abierto con esta carpeta de datos en la computadora &apos;{host}&apos;. Ciérralo allí primero. Si ya no está abierto allí, borra el archivo {file} y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Handbook seems to be open with this data folder on the computer &apos;{host}&apos;. Close it there first. If it is not open there any more, delete the file {file} and try again.</source>
        <translation>Parece que Handbook está abierto con esta carpeta de datos en la computadora &apos;{host}&apos;. Ciérralo allí primero. Si ya no está abierto allí, borra el archivo {file} y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot {doing} while Handbook is already open with this data folder (process {pid}). Switch to that window, or close it and try again.</source>
        <translation>No se puede {doing}: Handbook ya está abierto con esta carpeta de datos (proceso {pid}). Ve a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Handbook is already open with this data folder (process {pid}). Switch to that window, or close it and try again.</source>
        <translation>Handbook ya está abierto con esta carpeta de datos (proceso {pid}). Ve a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{file}: the lock could not be taken over; close Handbook everywhere first.</source>
        <translation>{file}: no se pudo tomar el bloqueo; cierra Handbook en todas partes primero.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>sábados</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>domingos</translation>
    </message>
</context>
<context>
    <name>durations</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>todavía sin tiempo</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>exit codes</name>
    <message>
        <source>the folder has errors (listed)</source>
        <translation>la carpeta tiene errores (en la lista)</translation>
    </message>
    <message>
        <source>nothing was found</source>
        <translation>no se encontró nada</translation>
    </message>
    <message>
        <source>you said no to an update, so nothing was changed</source>
        <translation>dijiste que no a una actualización, así que nada cambió</translation>
    </message>
    <message>
        <source>the converted folder has validation errors (listed)</source>
        <translation>la carpeta convertida tiene errores de validación (en la lista)</translation>
    </message>
    <message>
        <source>a pack did not verify and was left out of the index (listed)</source>
        <translation>un paquete no pasó la verificación y quedó fuera del índice (en la lista)</translation>
    </message>
    <message>
        <source>you said no to every update, so nothing was changed</source>
        <translation>dijiste que no a todas las actualizaciones, así que nada cambió</translation>
    </message>
    <message>
        <source>{code} done</source>
        <translation>{code} hecho</translation>
    </message>
    <message>
        <source>{code} a mistake in the command or its input (the message after &apos;error:&apos; says what to do)</source>
        <translation>{code} un error en la orden o en sus datos (el mensaje después de &apos;error:&apos; dice qué hacer)</translation>
    </message>
    <message>
        <source>{code} Handbook is installed incompletely (reinstall it)</source>
        <translation>{code} Handbook no está instalado por completo (vuelve a instalarlo)</translation>
    </message>
    <message>
        <source>{code} stopped with Ctrl+C</source>
        <translation>{code} detenido con Ctrl+C</translation>
    </message>
    <message>
        <source>{code} the output was closed early, e.g. by &apos;| head&apos;</source>
        <translation>{code} la salida se cerró antes de tiempo, por ejemplo con &apos;| head&apos;</translation>
    </message>
    <message>
        <source>Exit codes: {codes}.</source>
        <translation>Códigos de salida: {codes}.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{weekdays}</source>
        <translation>los {weekdays}</translation>
    </message>
</context>
<context>
    <name>install</name>
    <message>
        <source>nowhere: Handbook&apos;s package folder is not a real folder</source>
        <translation>en ningún sitio: la carpeta del paquete de Handbook no es una carpeta real</translation>
    </message>
    <message>
        <source>Handbook is installed incompletely: {missing} (looked in {places}). This is not a problem with your content or your data. Reinstall Handbook the way it was installed: unpack the bundle again, or run the pip install command again.</source>
        <translation>Handbook no está instalado por completo: {missing} (se buscó en {places}). No es un problema de tu contenido ni de tus datos. Vuelve a instalar Handbook como se instaló: descomprime de nuevo el paquete de la aplicación, o vuelve a ejecutar la orden pip install.</translation>
    </message>
    <message>
        <source>its built-in course and its resources are missing</source>
        <translation>faltan su curso incluido y sus recursos</translation>
    </message>
    <message>
        <source>its built-in course is missing (there is no content/pack.yaml)</source>
        <translation>falta su curso incluido (no hay content/pack.yaml)</translation>
    </message>
    <message>
        <source>the file {file} is missing or damaged</source>
        <translation>el archivo {file} falta o está dañado</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Notes on pages no longer in the course</source>
        <translation>Notas de páginas que ya no están en el curso</translation>
    </message>
    <message>
        <source>Journal of {name}</source>
        <translation>Diario de {name}</translation>
    </message>
    <message>
        <source>{course}, version {version}. Written out on {date}.</source>
        <translation>{course}, versión {version}. Escrito el {date}.</translation>
    </message>
    <message>
        <source>No notes yet. Open a lesson and write in the &lt;b&gt;Notes&lt;/b&gt; pane beside it: what you want to try, what surprised you, what you would do differently.</source>
        <translation>Todavía no hay notas. Abre una lección y escribe en el panel &lt;b&gt;Notas&lt;/b&gt; que está al lado: lo que quieres probar, lo que te sorprendió, lo que harías distinto.</translation>
    </message>
</context>
<context>
    <name>lock_dialog</name>
    <message>
        <source>Handbook is already open</source>
        <translation>Handbook ya está abierto</translation>
    </message>
    <message>
        <source>It is not open there: open it here</source>
        <translation>Allí no está abierto: abrirlo aquí</translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>the image &apos;{image}&apos; is not a file name; put the picture in media/ and link to it there.</source>
        <translation>la imagen &apos;{image}&apos; no es un nombre de archivo; pon la imagen en media/ y enlázala allí.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is not a file of the pack; put it in media/.</source>
        <translation>la imagen &apos;{image}&apos; no es un archivo del paquete; ponla en media/.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is not a file of the pack: it points outside the pack. Put it in media/.</source>
        <translation>la imagen &apos;{image}&apos; no es un archivo del paquete: apunta fuera del paquete. Ponla en media/.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is not in the pack&apos;s media/ folder, so the app cannot show it; move it to media/.</source>
        <translation>la imagen &apos;{image}&apos; no está en la carpeta media/ del paquete, así que la aplicación no puede mostrarla; muévela a media/.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is missing; add it to media/.</source>
        <translation>falta la imagen &apos;{image}&apos;; añádela a media/.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is a link to nothing; put the picture itself in media/.</source>
        <translation>la imagen &apos;{image}&apos; es un enlace que no lleva a nada; pon la propia imagen en media/.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is {size} MB; the app shows pictures of up to {limit} MB. Make it smaller.</source>
        <translation>la imagen &apos;{image}&apos; ocupa {size} MB; la aplicación muestra imágenes de hasta {limit} MB. Redúcela.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is not a regular file; put the picture itself in media/.</source>
        <translation>la imagen &apos;{image}&apos; no es un archivo normal; pon la propia imagen en media/.</translation>
    </message>
    <message>
        <source>the image &apos;{image}&apos; is a link to a file outside media/; put the picture itself in media/.</source>
        <translation>la imagen &apos;{image}&apos; es un enlace a un archivo fuera de media/; pon la propia imagen en media/.</translation>
    </message>
</context>
<context>
    <name>meeting</name>
    <message>
        <source>run a meeting of the circle full screen: its agenda, a countdown, the clock</source>
        <translation>lleva una sesión del círculo a pantalla completa: su agenda, una cuenta atrás, el reloj</translation>
    </message>
    <message>
        <source>Open meeting mode for one meeting of the profile&apos;s circle: the agenda full screen, the item that is on with a countdown, and the agenda&apos;s new times when an item runs over. Keys: Space start or pause, Right next item, Left back, + five more minutes, Esc leave.</source>
        <translation>Abre el modo sesión para una sesión del círculo del perfil: la agenda a pantalla completa, el punto en curso con una cuenta atrás y las nuevas horas de la agenda cuando un punto se alarga. Teclas: Espacio empieza o pausa, Derecha siguiente punto, Izquierda atrás, + cinco minutos más, Esc salir.</translation>
    </message>
    <message>
        <source>the meeting&apos;s number (default: the next one)</source>
        <translation>el número de la sesión (si no: la próxima)</translation>
    </message>
    <message>
        <source>the profile&apos;s name (default: the one opened last, or the only one)</source>
        <translation>el nombre del perfil (si no: el último abierto, o el único)</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
    <message>
        <source>,</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>pack</name>
    <message>
        <source>list the installed packs</source>
        <translation>listar los paquetes instalados</translation>
    </message>
    <message>
        <source>List the installed packs; &apos;*&apos; marks the one the app shows.</source>
        <translation>Lista los paquetes instalados; &apos;*&apos; marca el que muestra la aplicación.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>(can roll back to {version})</source>
        <translation>(se puede volver a {version})</translation>
    </message>
    <message>
        <source>(remove it to go back to the built-in {version})</source>
        <translation>(quítalo para volver al incluido, {version})</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>ON DISK</source>
        <translation>EN DISCO</translation>
    </message>
    <message>
        <source>TITLE  [FROM, INSTALLED]</source>
        <translation>TÍTULO  [ORIGEN, INSTALADO]</translation>
    </message>
    <message>
        <source>* = the pack the app shows</source>
        <translation>* = el paquete que muestra la aplicación</translation>
    </message>
    <message>
        <source>signed by {key_id}</source>
        <translation>firmado por {key_id}</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>build, check, install and manage content packs (.hbpack files)</source>
        <translation>crear, comprobar, instalar y gestionar paquetes de contenido (archivos .hbpack)</translation>
    </message>
    <message>
        <source>Build a .hbpack from a pack folder, check one, and manage the packs installed in the data folder. Put --data-dir before &apos;pack&apos; to choose the data folder.</source>
        <translation>Crea un .hbpack a partir de la carpeta de un paquete, comprueba uno y gestiona los paquetes instalados en la carpeta de datos. Pon --data-dir antes de &apos;pack&apos; para elegir la carpeta de datos.</translation>
    </message>
    <message>
        <source>make a .hbpack from a pack&apos;s source folder</source>
        <translation>crear un .hbpack a partir de la carpeta fuente de un paquete</translation>
    </message>
    <message>
        <source>Validate the folder, then write a .hbpack: the same folder always gives the same bytes.</source>
        <translation>Revisa la carpeta y luego escribe un .hbpack: la misma carpeta da siempre los mismos bytes.</translation>
    </message>
    <message>
        <source>the pack&apos;s source folder (with pack.yaml)</source>
        <translation>la carpeta fuente del paquete (con pack.yaml)</translation>
    </message>
    <message>
        <source>the .hbpack to write</source>
        <translation>el .hbpack que se escribe</translation>
    </message>
    <message>
        <source>sign the pack with this secret key (minisign)</source>
        <translation>firmar el paquete con esta clave secreta (minisign)</translation>
    </message>
    <message>
        <source>check a .hbpack completely without installing it</source>
        <translation>comprobar un .hbpack por completo sin instalarlo</translation>
    </message>
    <message>
        <source>Check every name, size and checksum, the manifest and the content. Exits 0 when the pack is good, 2 with the reason when it is not.</source>
        <translation>Comprueba cada nombre, tamaño y suma de control, el manifiesto y el contenido. Sale con 0 si el paquete está bien y con 2 y el motivo si no lo está.</translation>
    </message>
    <message>
        <source>the .hbpack file</source>
        <translation>el archivo .hbpack</translation>
    </message>
    <message>
        <source>also check the signature with this public key</source>
        <translation>comprobar también la firma con esta clave pública</translation>
    </message>
    <message>
        <source>install a .hbpack or update an installed pack</source>
        <translation>instalar un .hbpack o actualizar un paquete instalado</translation>
    </message>
    <message>
        <source>Install a pack, or update one: an update first lists the lessons, activities and plans it adds, changes and removes, and asks.</source>
        <translation>Instala un paquete o actualiza uno: una actualización primero lista las lecciones, actividades y planes que añade, cambia y quita, y pregunta.</translation>
    </message>
    <message>
        <source>the .hbpack file, or &apos;es&apos; for the Spanish forms and plans</source>
        <translation>el archivo .hbpack, o &apos;es&apos; para los formularios y planes en español</translation>
    </message>
    <message>
        <source>allow installing an older version</source>
        <translation>permitir instalar una versión más antigua</translation>
    </message>
    <message>
        <source>install an update without asking</source>
        <translation>instalar una actualización sin preguntar</translation>
    </message>
    <message>
        <source>accept an update signed by another key than the installed one</source>
        <translation>aceptar una actualización firmada por otra clave que la instalada</translation>
    </message>
    <message>
        <source>install a pack</source>
        <translation>instalar un paquete</translation>
    </message>
    <message>
        <source>remove an installed pack (progress is kept)</source>
        <translation>quitar un paquete instalado (el progreso se conserva)</translation>
    </message>
    <message>
        <source>the pack&apos;s id, as &apos;handbook pack list&apos; shows it</source>
        <translation>el id del paquete, como lo muestra &apos;handbook pack list&apos;</translation>
    </message>
    <message>
        <source>remove a pack</source>
        <translation>quitar un paquete</translation>
    </message>
    <message>
        <source>go back to the version installed before the last update</source>
        <translation>volver a la versión instalada antes de la última actualización</translation>
    </message>
    <message>
        <source>the pack&apos;s id</source>
        <translation>el id del paquete</translation>
    </message>
    <message>
        <source>roll back a pack</source>
        <translation>volver a la versión anterior de un paquete</translation>
    </message>
    <message>
        <source>write an installed pack to a .hbpack file (e.g. for a USB stick)</source>
        <translation>escribir un paquete instalado en un archivo .hbpack (p. ej. para una memoria USB)</translation>
    </message>
    <message>
        <source>the pack&apos;s id, as &apos;handbook pack list&apos; shows it (the built-in course&apos;s too)</source>
        <translation>el id del paquete, como lo muestra &apos;handbook pack list&apos; (también el del curso incluido)</translation>
    </message>
    <message>
        <source>choose the pack the app shows</source>
        <translation>elegir el paquete que muestra la aplicación</translation>
    </message>
    <message>
        <source>Choose the pack the app shows, by the id &apos;handbook pack list&apos; shows (the built-in course&apos;s too).</source>
        <translation>Elige el paquete que muestra la aplicación, por el id que muestra &apos;handbook pack list&apos; (también el del curso incluido).</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>aviso: {message}</translation>
    </message>
    <message>
        <source>{file}: {title} {version} ({id}), 1 file, {size}</source>
        <translation>{file}: {title} {version} ({id}), 1 archivo, {size}</translation>
    </message>
    <message>
        <source>{file}: {title} {version} ({id}), {count} files, {size}</source>
        <translation>{file}: {title} {version} ({id}), {count} archivos, {size}</translation>
    </message>
    <message>
        <source>Signed by key {key_id}.</source>
        <translation>Firmado con la clave {key_id}.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} archivos</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>{file}: good. {title} {version} ({id}, {language}), {files}, {pages}, {warnings}</source>
        <translation>{file}: correcto. {title} {version} ({id}, {language}), {files}, {pages}, {warnings}</translation>
    </message>
    <message>
        <source>Signature: {signature}.</source>
        <translation>Firma: {signature}.</translation>
    </message>
    <message>
        <source>{file}: this is an update; nothing was changed. Run again with --yes to install it.</source>
        <translation>{file}: esto es una actualización; no se cambió nada. Ejecuta de nuevo con --yes para instalarla.</translation>
    </message>
    <message>
        <source>Install this update? [y/N] </source>
        <translation>¿Instalar esta actualización? [s/N] </translation>
    </message>
    <message>
        <source>y yes</source>
        <translation>s si sí</translation>
    </message>
    <message>
        <source>{name} (comes with Handbook)</source>
        <translation>{name} (viene con Handbook)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Updated {title} {version} ({id}) in {folder}</source>
        <translation>Se actualizó {title} {version} ({id}) en {folder}</translation>
    </message>
    <message>
        <source>Installed {title} {version} ({id}) in {folder}</source>
        <translation>Se instaló {title} {version} ({id}) en {folder}</translation>
    </message>
    <message>
        <source>It takes the place of the built-in course; &apos;handbook pack remove&apos; goes back to the built-in one.</source>
        <translation>Ocupa el lugar del curso incluido; &apos;handbook pack remove&apos; vuelve al incluido.</translation>
    </message>
    <message>
        <source>To show it in the app: handbook pack activate {id}</source>
        <translation>Para mostrarlo en la aplicación: handbook pack activate {id}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the course built into the app: it cannot be removed. To show another pack instead, use &apos;handbook pack activate ID&apos;.</source>
        <translation>&apos;{id}&apos; es el curso incluido en la aplicación: no se puede quitar. Para mostrar otro paquete en su lugar, usa &apos;handbook pack activate ID&apos;.</translation>
    </message>
    <message>
        <source>Removed {title} ({id}). Progress in it is kept.</source>
        <translation>Se quitó {title} ({id}). Su progreso se conserva.</translation>
    </message>
    <message>
        <source>The app shows the built-in course again.</source>
        <translation>La aplicación vuelve a mostrar el curso incluido.</translation>
    </message>
    <message>
        <source>{title} ({id}) is back at version {version}.</source>
        <translation>{title} ({id}) vuelve a estar en la versión {version}.</translation>
    </message>
    <message>
        <source>{file}: {title} {version}, 1 file</source>
        <translation>{file}: {title} {version}, 1 archivo</translation>
    </message>
    <message>
        <source>{file}: {title} {version}, {count} files</source>
        <translation>{file}: {title} {version}, {count} archivos</translation>
    </message>
    <message>
        <source>The app shows the built-in course.</source>
        <translation>La aplicación muestra el curso incluido.</translation>
    </message>
    <message>
        <source>no installed pack has the id &apos;{id}&apos;; &apos;handbook pack list&apos; shows the installed ones.</source>
        <translation>ningún paquete instalado tiene el id &apos;{id}&apos;; &apos;handbook pack list&apos; muestra los instalados.</translation>
    </message>
    <message>
        <source>The app shows {title} {version}.</source>
        <translation>La aplicación muestra {title} {version}.</translation>
    </message>
    <message>
        <source>convert a Course in a Box or GitBook course into a pack folder</source>
        <translation>convertir un curso de Course in a Box o de GitBook en una carpeta de paquete</translation>
    </message>
    <message>
        <source>Convert a course from Course in a Box (Jekyll) or GitBook, a folder or a .zip download, into a pack folder. Lists what could not be converted.</source>
        <translation>Convierte un curso de Course in a Box (Jekyll) o de GitBook, una carpeta o una descarga .zip, en una carpeta de paquete. Lista lo que no se pudo convertir.</translation>
    </message>
    <message>
        <source>the course folder or .zip</source>
        <translation>la carpeta del curso o el .zip</translation>
    </message>
    <message>
        <source>the new pack folder (must not exist yet, or be empty)</source>
        <translation>la carpeta nueva del paquete (no debe existir aún, o debe estar vacía)</translation>
    </message>
    <message>
        <source>1 thing not converted</source>
        <translation>1 cosa sin convertir</translation>
    </message>
    <message>
        <source>{count} things not converted</source>
        <translation>{count} cosas sin convertir</translation>
    </message>
    <message>
        <source>1 validation error</source>
        <translation>1 error de revisión</translation>
    </message>
    <message>
        <source>{count} validation errors</source>
        <translation>{count} errores de revisión</translation>
    </message>
    <message>
        <source>{folder}: imported from {format}: {pages}, {notes}, {errors}</source>
        <translation>{folder}: importado de {format}: {pages}, {notes}, {errors}</translation>
    </message>
</context>
<context>
    <name>pack_active</name>
    <message>
        <source>The pack &apos;{id}&apos; is not installed any more; showing the built-in course.</source>
        <translation>El paquete &apos;{id}&apos; ya no está instalado; se muestra el curso incluido.</translation>
    </message>
    <message>
        <source>The pack &apos;{id}&apos; could not be loaded (1 problem in {folder}); showing the built-in course. Install the pack again from Tools &gt; Packs.</source>
        <translation>No se pudo cargar el paquete &apos;{id}&apos; (1 problema en {folder}); se muestra el curso incluido. Instala el paquete de nuevo desde Herramientas &gt; Paquetes.</translation>
    </message>
    <message>
        <source>The pack &apos;{id}&apos; could not be loaded ({count} problems in {folder}); showing the built-in course. Install the pack again from Tools &gt; Packs.</source>
        <translation>No se pudo cargar el paquete &apos;{id}&apos; ({count} problemas en {folder}); se muestra el curso incluido. Instala el paquete de nuevo desde Herramientas &gt; Paquetes.</translation>
    </message>
</context>
<context>
    <name>pack_build</name>
    <message>
        <source>{problem} (and 1 other problem)</source>
        <translation>{problem} (y 1 problema más)</translation>
    </message>
    <message>
        <source>{problem} (and {count} other problems)</source>
        <translation>{problem} (y {count} problemas más)</translation>
    </message>
    <message>
        <source>{folder}: is not a folder; give the pack&apos;s source folder (the one with pack.yaml).</source>
        <translation>{folder}: no es una carpeta; indica la carpeta fuente del paquete (la que tiene pack.yaml).</translation>
    </message>
    <message>
        <source>{folder}: the content has 1 error; fix it first (run &apos;handbook validate {folder}&apos;):
{errors}</source>
        <translation>{folder}: el contenido tiene 1 error; corrígelo primero (ejecuta &apos;handbook validate {folder}&apos;):
{errors}</translation>
    </message>
    <message>
        <source>{folder}: the content has {count} errors; fix them first (run &apos;handbook validate {folder}&apos;):
{errors}</source>
        <translation>{folder}: el contenido tiene {count} errores; corrígelos primero (ejecuta &apos;handbook validate {folder}&apos;):
{errors}</translation>
    </message>
    <message>
        <source>{file}: has {size} bytes; a file in a pack may have at most {most}.</source>
        <translation>{file}: tiene {size} bytes; un archivo de un paquete puede tener como máximo {most}.</translation>
    </message>
    <message>
        <source>{folder}: holds {size} bytes; a pack may hold at most {most}.</source>
        <translation>{folder}: contiene {size} bytes; un paquete puede contener como máximo {most}.</translation>
    </message>
    <message>
        <source>{file}: cannot write here ({reason}); choose another place.</source>
        <translation>{file}: no se puede escribir aquí ({reason}); elige otro lugar.</translation>
    </message>
    <message>
        <source>{file}: could not be written ({reason}); free some disk space or choose another place.</source>
        <translation>{file}: no se pudo escribir ({reason}); libera espacio en el disco o elige otro lugar.</translation>
    </message>
    <message>
        <source>Cancelled; no pack file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo de paquete.</translation>
    </message>
    <message>
        <source>{file}: changed while the pack was being built; build it again.</source>
        <translation>{file}: cambió mientras se creaba el paquete; créalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>pack_changes</name>
    <message>
        <source>No lessons, activities, plans or forms change.</source>
        <translation>No cambia ninguna lección, actividad, plan ni formulario.</translation>
    </message>
    <message>
        <source>1 added</source>
        <translation>se añade 1</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>se añaden {count}</translation>
    </message>
    <message>
        <source>1 changed</source>
        <translation>cambia 1</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>cambian {count}</translation>
    </message>
    <message>
        <source>1 removed</source>
        <translation>se quita 1</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>se quitan {count}</translation>
    </message>
    <message>
        <source>Progress is kept: what you did in removed lessons stays, shown as &apos;no longer in this pack&apos;.</source>
        <translation>El progreso se conserva: lo que hiciste en las lecciones quitadas se queda, marcado como &apos;ya no está en este paquete&apos;.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation>Planes de sesión</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulario</translation>
    </message>
</context>
<context>
    <name>pack_feed</name>
    <message>
        <source>list the .hbpack files of a folder in its index.json, to publish them as a feed</source>
        <translation>listar los archivos .hbpack de una carpeta en su index.json, para publicarlos como fuente</translation>
    </message>
    <message>
        <source>Check every .hbpack in DIR and write DIR/index.json listing the good ones (id, title, version, language, size, SHA-256, signer, file name). Copy the folder to a web host, a shared folder or a USB stick; libraries then run &apos;handbook pack update --from&apos; with its address.</source>
        <translation>Comprueba cada .hbpack de DIR y escribe DIR/index.json con los que están bien (id, título, versión, idioma, tamaño, SHA-256, firmante, nombre de archivo). Copia la carpeta a un servidor web, una carpeta compartida o una memoria USB; las bibliotecas luego ejecutan &apos;handbook pack update --from&apos; con su dirección.</translation>
    </message>
    <message>
        <source>the folder holding the .hbpack files</source>
        <translation>la carpeta que tiene los archivos .hbpack</translation>
    </message>
    <message>
        <source>list the installed packs a feed has a newer version of</source>
        <translation>listar los paquetes instalados de los que una fuente tiene una versión más nueva</translation>
    </message>
    <message>
        <source>Read the feed&apos;s index.json and list the installed packs it has a newer version of. Nothing is downloaded or changed.</source>
        <translation>Lee el index.json de la fuente y lista los paquetes instalados de los que tiene una versión más nueva. No se descarga ni se cambia nada.</translation>
    </message>
    <message>
        <source>download and install newer versions of installed packs from a feed</source>
        <translation>descargar e instalar versiones más nuevas de los paquetes instalados desde una fuente</translation>
    </message>
    <message>
        <source>Download each newer version (checked against the feed&apos;s sizes and SHA-256; a broken download continues where it stopped next time), check it as &apos;pack install&apos; does and install it. Ctrl+C stops and keeps what arrived.</source>
        <translation>Descarga cada versión más nueva (comprobada con los tamaños y SHA-256 de la fuente; una descarga cortada sigue donde se quedó la próxima vez), la comprueba como &apos;pack install&apos; y la instala. Ctrl+C la detiene y guarda lo que llegó.</translation>
    </message>
    <message>
        <source>the feed: a web address (https://...) or a folder (a shared folder, a USB stick)</source>
        <translation>la fuente: una dirección web (https://...) o una carpeta (una carpeta compartida, una memoria USB)</translation>
    </message>
    <message>
        <source>give up when the server sends nothing for this long (default 30)</source>
        <translation>rendirse cuando el servidor no envía nada durante este tiempo (por defecto 30)</translation>
    </message>
    <message>
        <source>update only these packs (default: every one)</source>
        <translation>actualizar solo estos paquetes (por defecto: todos)</translation>
    </message>
    <message>
        <source>install the updates without asking</source>
        <translation>instalar las actualizaciones sin preguntar</translation>
    </message>
    <message>
        <source>accept an update signed by another key than the installed version</source>
        <translation>aceptar una actualización firmada por otra clave que la versión instalada</translation>
    </message>
    <message>
        <source>update packs</source>
        <translation>actualizar paquetes</translation>
    </message>
    <message>
        <source>give a number of seconds from 0.1 to 3600</source>
        <translation>escribe un número de segundos entre 0.1 y 3600</translation>
    </message>
    <message>
        <source>signed by key {key}</source>
        <translation>firmado con la clave {key}</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>left out: {problem}</source>
        <translation>no incluido: {problem}</translation>
    </message>
    <message>
        <source>{index}: packs listed: {count}; left out: {refused}.</source>
        <translation>{index}: paquetes en la lista: {count}; no incluidos: {refused}.</translation>
    </message>
    <message>
        <source>  {id}: {title} {old} → {new} ({size})</source>
        <translation>  {id}: {title} {old} → {new} ({size})</translation>
    </message>
    <message>
        <source>{feed}: every installed pack is up to date.</source>
        <translation>{feed}: todos los paquetes instalados están al día.</translation>
    </message>
    <message>
        <source>{feed} has newer versions of:</source>
        <translation>{feed} tiene versiones más nuevas de:</translation>
    </message>
    <message>
        <source>To install them: handbook pack update --from {feed}</source>
        <translation>Para instalarlas: handbook pack update --from {feed}</translation>
    </message>
    <message>
        <source>{feed} has no newer version of {ids}; &apos;handbook pack updates --from {feed}&apos; lists what it has.</source>
        <translation>{feed} no tiene una versión más nueva de {ids}; &apos;handbook pack updates --from {feed}&apos; muestra lo que tiene.</translation>
    </message>
    <message>
        <source>
Stopped. What arrived is kept; run the same command again to continue.</source>
        <translation>
Detenido. Lo que llegó se guarda; ejecuta la misma orden otra vez para continuar.</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>aviso: {message}</translation>
    </message>
    <message>
        <source>{title} was not updated.</source>
        <translation>{title} no se actualizó.</translation>
    </message>
    <message>
        <source>Updated {title} to {version}.</source>
        <translation>{title} se actualizó a la versión {version}.</translation>
    </message>
</context>
<context>
    <name>pack_file</name>
    <message>
        <source>{file}: the disk is full; the pack needs about {size}. Free some space and try again. Nothing was installed.</source>
        <translation>{file}: el disco está lleno; el paquete necesita unos {size}. Libera espacio y vuelve a intentarlo. No se instaló nada.</translation>
    </message>
    <message>
        <source>{file}: cannot write here ({reason}). Nothing was installed.</source>
        <translation>{file}: no se puede escribir aquí ({reason}). No se instaló nada.</translation>
    </message>
    <message>
        <source>is a folder, not a .hbpack file. To install it, build a pack file first: handbook pack build {folder} -o pack.hbpack</source>
        <translation>es una carpeta, no un archivo .hbpack. Para instalarla, crea primero un archivo de paquete: handbook pack build {folder} -o pack.hbpack</translation>
    </message>
    <message>
        <source>is a folder, not a .hbpack file.</source>
        <translation>es una carpeta, no un archivo .hbpack.</translation>
    </message>
    <message>
        <source>there is no such file; check the name and the folder.</source>
        <translation>ese archivo no existe; revisa el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>is empty (0 bytes); the copy went wrong. Copy or download it again.</source>
        <translation>está vacío (0 bytes); la copia salió mal. Cópialo o descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>has a file name that is not valid UTF-8; the pack is refused.</source>
        <translation>tiene un nombre de archivo que no es UTF-8 válido; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>its end is missing</source>
        <translation>le falta el final</translation>
    </message>
    <message>
        <source>is incomplete or damaged ({reason}); copy or download it again.</source>
        <translation>está incompleto o dañado ({reason}); cópialo o descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>is not a Handbook pack (it is not a zip file); packs are .hbpack files made with &apos;handbook pack build&apos;.</source>
        <translation>no es un paquete de Handbook (no es un archivo zip); los paquetes son archivos .hbpack creados con &apos;handbook pack build&apos;.</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{name} declares {size} bytes; at most {most} are allowed.</source>
        <translation>{name} declara {size} bytes; se permiten como máximo {most}.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}); the pack file is damaged.</source>
        <translation>{name} no se puede leer ({reason}); el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>{name} is larger than {most} bytes; the pack is refused.</source>
        <translation>{name} ocupa más de {most} bytes; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>has no manifest.json, so it cannot be checked; make it with &apos;handbook pack build&apos;.</source>
        <translation>no tiene manifest.json, así que no se puede comprobar; créalo con &apos;handbook pack build&apos;.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the pack file but not in its manifest; the pack was changed after it was built. Get a new copy.</source>
        <translation>&apos;{name}&apos; está en el archivo del paquete pero no en su manifiesto; el paquete se cambió después de crearlo. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (and {more} more) are in the pack file but not in its manifest; the pack was changed after it was built. Get a new copy.</source>
        <translation>&apos;{name}&apos; (y {more} más) están en el archivo del paquete pero no en su manifiesto; el paquete se cambió después de crearlo. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>the manifest lists &apos;{name}&apos; but the pack file does not hold it; the pack is incomplete. Get a new copy.</source>
        <translation>el manifiesto incluye &apos;{name}&apos; pero el archivo del paquete no lo contiene; el paquete está incompleto. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>the manifest lists &apos;{name}&apos; (and {more} more) but the pack file does not hold them; the pack is incomplete. Get a new copy.</source>
        <translation>el manifiesto incluye &apos;{name}&apos; (y {more} más) pero el archivo del paquete no los contiene; el paquete está incompleto. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: the zip says {size} bytes but the manifest says {listed}; the pack file is damaged or was changed. Get a new copy.</source>
        <translation>&apos;{name}&apos;: el zip dice {size} bytes pero el manifiesto dice {listed}; el archivo del paquete está dañado o se cambió. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>Installation cancelled; nothing was installed.</source>
        <translation>Instalación cancelada; no se instaló nada.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shorter than its manifest says ({size} of {listed} bytes); the pack file is damaged. Get a new copy.</source>
        <translation>&apos;{name}&apos; es más corto de lo que dice su manifiesto ({size} de {listed} bytes); el archivo del paquete está dañado. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not match its checksum; the pack file is damaged or was changed after it was built. Get a new copy.</source>
        <translation>&apos;{name}&apos; no coincide con su suma de control; el archivo del paquete está dañado o se cambió después de crearlo. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read; the pack file is damaged. Get a new copy.</source>
        <translation>&apos;{name}&apos; no se puede leer; el archivo del paquete está dañado. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a different name inside the file than in its list; the pack is refused.</source>
        <translation>&apos;{name}&apos; tiene dentro del archivo otro nombre que en su lista; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; overlaps another entry; the pack is refused.</source>
        <translation>&apos;{name}&apos; se solapa con otra entrada; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds more data than its manifest says; the pack is refused.</source>
        <translation>&apos;{name}&apos; contiene más datos de los que dice su manifiesto; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>has {count} entries; a pack may have at most {most}. It is refused.</source>
        <translation>tiene {count} entradas; un paquete puede tener como máximo {most}. Se rechaza.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; {problem}; the pack is refused.</source>
        <translation>&apos;{name}&apos; {problem}; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a name that is not marked as UTF-8; the pack is refused.</source>
        <translation>&apos;{name}&apos; tiene un nombre que no está marcado como UTF-8; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link; packs cannot hold links. The pack is refused.</source>
        <translation>&apos;{name}&apos; es un enlace simbólico; los paquetes no pueden tener enlaces. Se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a regular file; the pack is refused.</source>
        <translation>&apos;{name}&apos; no es un archivo normal; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is encrypted; packs cannot be encrypted.</source>
        <translation>&apos;{name}&apos; está cifrado; los paquetes no pueden estar cifrados.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; uses a compression method Handbook does not read; build the pack again.</source>
        <translation>&apos;{name}&apos; usa un método de compresión que Handbook no lee; crea el paquete de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; appears twice; the pack is refused.</source>
        <translation>&apos;{name}&apos; aparece dos veces; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; appears twice (also as &apos;{other}&apos;); the pack is refused.</source>
        <translation>&apos;{name}&apos; aparece dos veces (también como &apos;{other}&apos;); se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder with data in it; the pack is refused.</source>
        <translation>&apos;{name}&apos; es una carpeta con datos dentro; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; {problem}. The pack is refused.</source>
        <translation>&apos;{name}&apos; {problem}. Se rechaza el paquete.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has sizes that do not agree; the pack file is damaged.</source>
        <translation>&apos;{name}&apos; tiene tamaños que no coinciden; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>{problem}; a pack may hold no more. It is refused.</source>
        <translation>{problem}; un paquete no puede contener más. Se rechaza.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is both a file and a folder; the pack is refused.</source>
        <translation>&apos;{name}&apos; es a la vez un archivo y una carpeta; se rechaza el paquete.</translation>
    </message>
</context>
<context>
    <name>pack_import</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{folder}: is not a course Handbook can import ({formats}): it needs _data/course.yml and modules/ (Course in a Box) or SUMMARY.md (GitBook).</source>
        <translation>{folder}: no es un curso que Handbook pueda importar ({formats}): necesita _data/course.yml y modules/ (Course in a Box) o SUMMARY.md (GitBook).</translation>
    </message>
    <message>
        <source>{folder}: already exists and is not empty; choose a new folder for the pack.</source>
        <translation>{folder}: ya existe y no está vacía; elige una carpeta nueva para el paquete.</translation>
    </message>
    <message>
        <source>{source}: no lessons were found to import; check the course&apos;s structure.</source>
        <translation>{source}: no se encontraron lecciones que importar; revisa la estructura del curso.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}); fix it and import again.</source>
        <translation>{file}: no se puede leer ({reason}); corrígelo e importa de nuevo.</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); its settings were ignored.</source>
        <translation>no se puede leer ({reason}); se ignoraron sus ajustes.</translation>
    </message>
    <message>
        <source>{problem} Fix it and import again.</source>
        <translation>{problem} Corrígelo e importa de nuevo.</translation>
    </message>
    <message>
        <source>{problem} Its settings were ignored.</source>
        <translation>{problem} Se ignoraron sus ajustes.</translation>
    </message>
    <message>
        <source>has no list of modules; every folder in modules/ was imported, in alphabetical order.</source>
        <translation>no tiene una lista de módulos; se importaron todas las carpetas de modules/, en orden alfabético.</translation>
    </message>
    <message>
        <source>the module entry {entry} has no folder name; it was skipped.</source>
        <translation>la entrada de módulo {entry} no tiene nombre de carpeta; se omitió.</translation>
    </message>
    <message>
        <source>the module &apos;{name}&apos; is not a folder inside modules/; it was skipped.</source>
        <translation>el módulo &apos;{name}&apos; no es una carpeta dentro de modules/; se omitió.</translation>
    </message>
    <message>
        <source>lists the module &apos;{name}&apos;, but modules/{name} does not exist; it was skipped.</source>
        <translation>incluye el módulo &apos;{name}&apos;, pero modules/{name} no existe; se omitió.</translation>
    </message>
    <message>
        <source>holds no Markdown posts in _posts/; the module was skipped.</source>
        <translation>no tiene entradas Markdown en _posts/; se omitió el módulo.</translation>
    </message>
    <message>
        <source>is not listed in _data/course.yml, so the site hides it; it was not imported.</source>
        <translation>no está en la lista de _data/course.yml, así que el sitio lo oculta; no se importó.</translation>
    </message>
    <message>
        <source>is a link to a file outside the course; it was skipped.</source>
        <translation>es un enlace a un archivo fuera del curso; se omitió.</translation>
    </message>
    <message>
        <source>is not a Markdown post (only .md and .markdown are imported); it was skipped.</source>
        <translation>no es una entrada Markdown (solo se importan .md y .markdown); se omitió.</translation>
    </message>
    <message>
        <source>{problem} It was skipped.</source>
        <translation>{problem} Se omitió.</translation>
    </message>
    <message>
        <source>is marked &apos;published: false&apos;; it was skipped.</source>
        <translation>está marcado como &apos;published: false&apos;; se omitió.</translation>
    </message>
    <message>
        <source>has no title; it was named &apos;{title}&apos; after its file.</source>
        <translation>no tiene título; se llamó &apos;{title}&apos; por su archivo.</translation>
    </message>
    <message>
        <source>has no &apos;Suggested timing: N minutes&apos; line; the minutes were estimated from its length.</source>
        <translation>no tiene una línea &apos;Suggested timing: N minutes&apos;; los minutos se calcularon por su longitud.</translation>
    </message>
    <message>
        <source>the Liquid tag &apos;{tag}&apos; was removed (its content, if any, was kept).</source>
        <translation>se quitó la etiqueta Liquid &apos;{tag}&apos; (se conservó su contenido, si lo tenía).</translation>
    </message>
    <message>
        <source>the Liquid value &apos;{value}&apos; was removed.</source>
        <translation>se quitó el valor Liquid &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>the include &apos;{include}&apos; became a link to {address}.</source>
        <translation>el include &apos;{include}&apos; se convirtió en un enlace a {address}.</translation>
    </message>
    <message>
        <source>the video include &apos;{include}&apos; became a link to {address}.</source>
        <translation>el include de vídeo &apos;{include}&apos; se convirtió en un enlace a {address}.</translation>
    </message>
    <message>
        <source>{file}: is outside the course folder (a link out of it?); it was not read.</source>
        <translation>{file}: está fuera de la carpeta del curso (¿un enlace que sale de ella?); no se leyó.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{file}: is not a regular file (a device, a FIFO or a folder); it was not read.</source>
        <translation>{file}: no es un archivo normal (un dispositivo, una FIFO o una carpeta); no se leyó.</translation>
    </message>
    <message>
        <source>{file}: is {size}; the importer reads files of up to {most}. Make it smaller or split it, then import again.</source>
        <translation>{file}: ocupa {size}; el importador lee archivos de hasta {most}. Hazlo más pequeño o divídelo, y luego importa de nuevo.</translation>
    </message>
    <message>
        <source>{file}: is larger than {most}; make it smaller or split it.</source>
        <translation>{file}: ocupa más de {most}; hazlo más pequeño o divídelo.</translation>
    </message>
    <message>
        <source>{file}: is not UTF-8 text; save it as UTF-8 and import again.</source>
        <translation>{file}: no es texto UTF-8; guárdalo como UTF-8 e importa de nuevo.</translation>
    </message>
    <message>
        <source>{file}: with this file the new pack would hold more than {most}; nothing was imported. Leave out large files (videos, big pictures) and import again.</source>
        <translation>{file}: con este archivo el paquete nuevo ocuparía más de {most}; no se importó nada. Deja fuera los archivos grandes (vídeos, imágenes grandes) e importa de nuevo.</translation>
    </message>
    <message>
        <source>{file}: changed while it was being copied; import again.</source>
        <translation>{file}: cambió mientras se copiaba; importa de nuevo.</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); the usual places were used.</source>
        <translation>no se puede leer ({reason}); se usaron los lugares de siempre.</translation>
    </message>
    <message>
        <source>{problem} The usual places were used.</source>
        <translation>{problem} Se usaron los lugares de siempre.</translation>
    </message>
    <message>
        <source>&apos;structure: {key}&apos; names a file outside the book; {usual} was used.</source>
        <translation>&apos;structure: {key}&apos; nombra un archivo fuera del libro; se usó {usual}.</translation>
    </message>
    <message>
        <source>{file}: is missing; a GitBook course needs SUMMARY.md for its table of contents.</source>
        <translation>{file}: falta; un curso de GitBook necesita SUMMARY.md para su índice.</translation>
    </message>
    <message>
        <source>GitBook pages have no timing; each lesson&apos;s minutes were estimated from its length (about 200 words a minute). Check them.</source>
        <translation>Las páginas de GitBook no tienen duración; los minutos de cada lección se calcularon por su longitud (unas 200 palabras por minuto). Revísalos.</translation>
    </message>
    <message>
        <source>{problem} The book&apos;s title and description were not taken from it.</source>
        <translation>{problem} No se tomaron de él el título ni la descripción del libro.</translation>
    </message>
    <message>
        <source>this entry has no page to link to; it was skipped.</source>
        <translation>esta entrada no tiene ninguna página a la que enlazar; se omitió.</translation>
    </message>
    <message>
        <source>lists &apos;{link}&apos;, which is not in the book; it was skipped.</source>
        <translation>incluye &apos;{link}&apos;, que no está en el libro; se omitió.</translation>
    </message>
    <message>
        <source>the GitBook block &apos;{block}&apos; has no Handbook form; it was removed.</source>
        <translation>el bloque de GitBook &apos;{block}&apos; no tiene equivalente en Handbook; se quitó.</translation>
    </message>
    <message>
        <source>the HTML {tag} was dropped with its content (it cannot be shown in Handbook).</source>
        <translation>se quitó la etiqueta HTML {tag} con su contenido (no se puede mostrar en Handbook).</translation>
    </message>
    <message>
        <source>the HTML {tag} player was turned into a link to {address}.</source>
        <translation>el reproductor HTML {tag} se convirtió en un enlace a {address}.</translation>
    </message>
    <message>
        <source>the HTML {tag} was dropped (it has no address to link to).</source>
        <translation>se quitó la etiqueta HTML {tag} (no tiene ninguna dirección a la que enlazar).</translation>
    </message>
    <message>
        <source>an HTML {tag} without a &apos;src&apos; was dropped.</source>
        <translation>se quitó una etiqueta HTML {tag} sin &apos;src&apos;.</translation>
    </message>
    <message>
        <source>the HTML {tag} has no Markdown form; its text was kept without it.</source>
        <translation>la etiqueta HTML {tag} no tiene equivalente en Markdown; se conservó su texto sin ella.</translation>
    </message>
    <message>
        <source>has more things that could not be converted; the rest are not listed.</source>
        <translation>tiene más cosas que no se pudieron convertir; el resto no se lista.</translation>
    </message>
    <message>
        <source>{folder}: lists more than {most} pages; a pack made by the importer may hold no more. Import the course in parts.</source>
        <translation>{folder}: incluye más de {most} páginas; un paquete creado por el importador no puede contener más. Importa el curso por partes.</translation>
    </message>
    <message>
        <source>is listed again (as &apos;{title}&apos;); it was imported once, where it first appears (&apos;{first}&apos;).</source>
        <translation>aparece otra vez en la lista (como &apos;{title}&apos;); se importó una sola vez, donde aparece primero (&apos;{first}&apos;).</translation>
    </message>
    <message>
        <source>the picture {address} is on the web; it became a link (Handbook works offline).</source>
        <translation>la imagen {address} está en la web; se convirtió en un enlace (Handbook funciona sin conexión).</translation>
    </message>
    <message>
        <source>the link &apos;{address}&apos; was removed (only web links and pages of the course work).</source>
        <translation>se quitó el enlace &apos;{address}&apos; (solo funcionan los enlaces web y las páginas del curso).</translation>
    </message>
    <message>
        <source>the page &apos;{address}&apos; is not part of the course&apos;s table of contents, so it was not imported; only the link&apos;s text was kept.</source>
        <translation>la página &apos;{address}&apos; no forma parte del índice del curso, así que no se importó; solo se conservó el texto del enlace.</translation>
    </message>
    <message>
        <source>the picture &apos;{address}&apos; goes to nothing in the course that could be imported; only its text was kept.</source>
        <translation>la imagen &apos;{address}&apos; no lleva a nada del curso que se pudiera importar; solo se conservó su texto.</translation>
    </message>
    <message>
        <source>the link &apos;{address}&apos; goes to nothing in the course that could be imported; only its text was kept.</source>
        <translation>el enlace &apos;{address}&apos; no lleva a nada del curso que se pudiera importar; solo se conservó su texto.</translation>
    </message>
    <message>
        <source>{file}: once converted it is over {most}, more than a page may be; split it into several pages and import again.</source>
        <translation>{file}: una vez convertido ocupa más de {most}, más de lo que puede ocupar una página; divídelo en varias páginas e importa de nuevo.</translation>
    </message>
    <message>
        <source>{source}: there is no such folder or file; give the course folder or its .zip.</source>
        <translation>{source}: no existe esa carpeta ni ese archivo; indica la carpeta del curso o su .zip.</translation>
    </message>
    <message>
        <source>{source}: is neither a folder nor a .zip file; give the course folder or its .zip.</source>
        <translation>{source}: no es una carpeta ni un archivo .zip; indica la carpeta del curso o su .zip.</translation>
    </message>
    <message>
        <source>{source}: the zip cannot be read ({reason}); download it again.</source>
        <translation>{source}: el zip no se puede leer ({reason}); descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>está cifrado</translation>
    </message>
    <message>
        <source>is a link or a special file</source>
        <translation>es un enlace o un archivo especial</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; {problem}; it was skipped.</source>
        <translation>&apos;{name}&apos; {problem}; se omitió.</translation>
    </message>
    <message>
        <source>{source}: &apos;{name}&apos; {problem}; the zip is refused. Unpack it yourself and import the folder if you trust it.</source>
        <translation>{source}: &apos;{name}&apos; {problem}; se rechaza el zip. Descomprímelo tú y, si te fías de él, importa la carpeta.</translation>
    </message>
    <message>
        <source>{source}: the zip {problem} (counting up to &apos;{name}&apos;); the zip is refused. Unpack it yourself and import the folder if you trust it.</source>
        <translation>{source}: el zip {problem} (contando hasta &apos;{name}&apos;); se rechaza el zip. Descomprímelo tú y, si te fías de él, importa la carpeta.</translation>
    </message>
    <message>
        <source>{source}: &apos;{name}&apos; holds more than its zip says; the zip is refused.</source>
        <translation>{source}: &apos;{name}&apos; contiene más de lo que dice su zip; se rechaza el zip.</translation>
    </message>
    <message>
        <source>{source}: &apos;{name}&apos; cannot be read ({reason}); download the zip again.</source>
        <translation>{source}: &apos;{name}&apos; no se puede leer ({reason}); descarga el zip de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; appears twice; the second copy was skipped.</source>
        <translation>&apos;{name}&apos; aparece dos veces; se omitió la segunda copia.</translation>
    </message>
    <message>
        <source>{source}: has {count} entries; at most {most} can be imported.</source>
        <translation>{source}: tiene {count} entradas; se pueden importar como máximo {most}.</translation>
    </message>
</context>
<context>
    <name>pack_install</name>
    <message>
        <source>{file}: {title} {version} is the course built into the app; nothing to install.</source>
        <translation>{file}: {title} {version} es el curso incluido en la aplicación; no hay nada que instalar.</translation>
    </message>
    <message>
        <source>{file}: {title} {version} is older than the built-in {installed}; nothing was changed. To use it all the same, install it allowing an older version (--downgrade).</source>
        <translation>{file}: {title} {version} es más antiguo que el incluido, {installed}; no se cambió nada. Para usarlo de todos modos, instálalo permitiendo una versión más antigua (--downgrade).</translation>
    </message>
    <message>
        <source>{file}: this installation was already finished or cancelled.</source>
        <translation>{file}: esta instalación ya se terminó o se canceló.</translation>
    </message>
    <message>
        <source>{file}: the installed packs changed meanwhile; install the pack again.</source>
        <translation>{file}: los paquetes instalados cambiaron mientras tanto; instala el paquete de nuevo.</translation>
    </message>
</context>
<context>
    <name>pack_limits</name>
    <message>
        <source>declares {size}; a file may have at most {most}</source>
        <translation>declara {size}; un archivo puede tener como máximo {most}</translation>
    </message>
    <message>
        <source>would expand {times} times; that is a zip bomb</source>
        <translation>se expandiría {times} veces; es una bomba zip</translation>
    </message>
    <message>
        <source>declares more than {most} in all</source>
        <translation>declara más de {most} en total</translation>
    </message>
    <message>
        <source>would expand {times} times in all; that is a zip bomb</source>
        <translation>se expandiría {times} veces en total; es una bomba zip</translation>
    </message>
</context>
<context>
    <name>pack_manifest</name>
    <message>
        <source>not JSON from line {line}, column {column}</source>
        <translation>no es JSON desde la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); the pack file is damaged, get a new copy.</source>
        <translation>no se puede leer ({reason}); el archivo del paquete está dañado, consigue una copia nueva.</translation>
    </message>
    <message>
        <source>is not a Handbook pack manifest; make the pack with &apos;handbook pack build&apos;.</source>
        <translation>no es un manifiesto de paquete de Handbook; crea el paquete con &apos;handbook pack build&apos;.</translation>
    </message>
    <message>
        <source>has an unknown format version {version}; make the pack again with &apos;handbook pack build&apos;.</source>
        <translation>tiene una versión de formato desconocida, {version}; crea el paquete de nuevo con &apos;handbook pack build&apos;.</translation>
    </message>
    <message>
        <source>{file}: the pack uses format {version}, newer than this Handbook reads (format {known}); install a newer Handbook to open it.</source>
        <translation>{file}: el paquete usa el formato {version}, más nuevo del que lee este Handbook (formato {known}); instala un Handbook más nuevo para abrirlo.</translation>
    </message>
    <message>
        <source>has no list of files; the pack file is damaged.</source>
        <translation>no tiene una lista de archivos; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>has a file entry that is not an object; the pack file is damaged.</source>
        <translation>tiene una entrada de archivo que no es un objeto; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>has a file entry without a path; the pack file is damaged.</source>
        <translation>tiene una entrada de archivo sin ruta; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>lists &apos;{name}&apos;, which {problem}; the pack is refused.</source>
        <translation>incluye &apos;{name}&apos;, que {problem}; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>lists &apos;{name}&apos; twice; the pack is refused.</source>
        <translation>incluye &apos;{name}&apos; dos veces; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>lists &apos;{name}&apos; twice (also as &apos;{other}&apos;); the pack is refused.</source>
        <translation>incluye &apos;{name}&apos; dos veces (también como &apos;{other}&apos;); se rechaza el paquete.</translation>
    </message>
    <message>
        <source>gives &apos;{name}&apos; a size that is not a whole number; the pack file is damaged.</source>
        <translation>da a &apos;{name}&apos; un tamaño que no es un número entero; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>says &apos;{name}&apos; has {size}; a file may have at most {most}.</source>
        <translation>dice que &apos;{name}&apos; ocupa {size}; un archivo puede ocupar como máximo {most}.</translation>
    </message>
    <message>
        <source>gives &apos;{name}&apos; a checksum that is not a SHA-256; the pack file is damaged.</source>
        <translation>da a &apos;{name}&apos; una suma de control que no es un SHA-256; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>adds up to {size}; a pack may hold at most {most}.</source>
        <translation>suma {size}; un paquete puede ocupar como máximo {most}.</translation>
    </message>
    <message>
        <source>does not list pack.yaml; every pack needs one.</source>
        <translation>no incluye pack.yaml; todo paquete necesita uno.</translation>
    </message>
    <message>
        <source>has no &apos;pack&apos; fields; the pack file is damaged.</source>
        <translation>no tiene los campos de &apos;pack&apos;; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>gives &apos;{key}&apos; as {kind}, not text; the pack file is damaged.</source>
        <translation>da &apos;{key}&apos; como {kind}, no como texto; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>gives a &apos;{key}&apos; longer than {most} characters or with control characters; the pack is refused.</source>
        <translation>da un &apos;{key}&apos; de más de {most} caracteres o con caracteres de control; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>gives &apos;authors&apos; that are not a list of text; the pack file is damaged.</source>
        <translation>da unos &apos;authors&apos; que no son una lista de textos; el archivo del paquete está dañado.</translation>
    </message>
    <message>
        <source>gives &apos;authors&apos; that are too many, too long or hold control characters; the pack is refused.</source>
        <translation>da unos &apos;authors&apos; demasiado numerosos, demasiado largos o con caracteres de control; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>gives the pack id {id}, which is not allowed: an id is 1 to 64 lowercase letters, digits and &apos;-&apos;; the pack is refused.</source>
        <translation>da el id de paquete {id}, que no está permitido: un id tiene de 1 a 64 letras minúsculas, dígitos y &apos;-&apos;; se rechaza el paquete.</translation>
    </message>
    <message>
        <source>gives the version {version}, which does not look like 1.0.0.</source>
        <translation>da la versión {version}, que no tiene la forma 1.0.0.</translation>
    </message>
    <message>
        <source>gives min_app_version {version}, which does not look like 0.1.0.</source>
        <translation>da min_app_version {version}, que no tiene la forma 0.1.0.</translation>
    </message>
    <message>
        <source>{file}: the pack &apos;{title}&apos; needs Handbook {needed} or newer, and this is Handbook {version}; install a newer Handbook first.</source>
        <translation>{file}: el paquete &apos;{title}&apos; necesita Handbook {needed} o más nuevo, y este es Handbook {version}; instala primero un Handbook más nuevo.</translation>
    </message>
</context>
<context>
    <name>pack_names</name>
    <message>
        <source>is an empty name</source>
        <translation>es un nombre vacío</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>es una ruta absoluta</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>empieza por una letra de unidad</translation>
    </message>
    <message>
        <source>contains a backslash; pack paths use &apos;/&apos;</source>
        <translation>contiene una barra invertida; las rutas de los paquetes usan &apos;/&apos;</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>goes up a folder with &apos;..&apos;</source>
        <translation>sube una carpeta con &apos;..&apos;</translation>
    </message>
    <message>
        <source>is not a plain relative path (empty or &apos;.&apos; parts)</source>
        <translation>no es una ruta relativa simple (partes vacías o &apos;.&apos;)</translation>
    </message>
    <message>
        <source>contains the character {character}, which is not allowed in file names</source>
        <translation>contiene el carácter {character}, que no se permite en nombres de archivo</translation>
    </message>
    <message>
        <source>has a part ending in a space or a dot ({part})</source>
        <translation>tiene una parte que termina en espacio o en punto ({part})</translation>
    </message>
    <message>
        <source>uses the reserved name {part}</source>
        <translation>usa el nombre reservado {part}</translation>
    </message>
    <message>
        <source>has a part longer than {count} bytes</source>
        <translation>tiene una parte de más de {count} bytes</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
</context>
<context>
    <name>pack_registry</name>
    <message>
        <source>{file}: cannot be used ({problem}) and cannot be moved aside ({reason}). Move it somewhere else yourself, then try again.</source>
        <translation>{file}: no se puede usar ({problem}) ni se puede apartar ({reason}). Muévelo tú a otro lugar y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{file}: could not be used ({problem}); it was kept as {kept} and the list of installed packs was made again from the packs folder.</source>
        <translation>{file}: no se pudo usar ({problem}); se guardó como {kept} y la lista de paquetes instalados se hizo de nuevo a partir de la carpeta de paquetes.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation>&apos;{field}&apos; debe ser texto</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number</source>
        <translation>&apos;{field}&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>version {version} is not a table</source>
        <translation>la versión {version} no es una tabla</translation>
    </message>
    <message>
        <source>&apos;signer&apos; must be a key id</source>
        <translation>&apos;signer&apos; debe ser un id de clave</translation>
    </message>
    <message>
        <source>not a list of installed packs</source>
        <translation>no es una lista de paquetes instalados</translation>
    </message>
    <message>
        <source>the pack {id} has no versions</source>
        <translation>el paquete {id} no tiene versiones</translation>
    </message>
    <message>
        <source>the pack {id} has no current version</source>
        <translation>el paquete {id} no tiene versión actual</translation>
    </message>
</context>
<context>
    <name>pack_verify</name>
    <message>
        <source>{file}: the content has 1 error, so the pack is refused. Ask whoever made it to fix it (&apos;handbook validate&apos;):
{errors}</source>
        <translation>{file}: el contenido tiene 1 error, así que se rechaza el paquete. Pide a quien lo hizo que lo corrija (&apos;handbook validate&apos;):
{errors}</translation>
    </message>
    <message>
        <source>{file}: the content has {count} errors, so the pack is refused. Ask whoever made it to fix them (&apos;handbook validate&apos;):
{errors}</source>
        <translation>{file}: el contenido tiene {count} errores, así que se rechaza el paquete. Pide a quien lo hizo que los corrija (&apos;handbook validate&apos;):
{errors}</translation>
    </message>
    <message>
        <source>{file}: pack.yaml gives the id {found} but the manifest says {listed}; the pack was changed after it was built. Get a new copy.</source>
        <translation>{file}: pack.yaml da el id {found} pero el manifiesto dice {listed}; el paquete se cambió después de crearlo. Consigue una copia nueva.</translation>
    </message>
    <message>
        <source>{file}: pack.yaml gives the version {found} but the manifest says {listed}; the pack was changed after it was built. Get a new copy.</source>
        <translation>{file}: pack.yaml da la versión {found} pero el manifiesto dice {listed}; el paquete se cambió después de crearlo. Consigue una copia nueva.</translation>
    </message>
</context>
<context>
    <name>packet</name>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} al {last}</translation>
    </message>
    <message>
        <source>Week {n}: {title}</source>
        <translation>Semana {n}: {title}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>1 meeting, {weekday} {times}</source>
        <translation>1 sesión, {weekday} {times}</translation>
    </message>
    <message>
        <source>{n} meetings, {weekdays} {times}</source>
        <translation>{n} sesiones, los {weekdays} {times}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Circle packet: session plans, preparation checklist and forms</source>
        <translation>Cuadernillo del círculo: planes de sesión, lista de preparación y formularios</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>no installed pack has the id &apos;{pack_id}&apos;; &apos;handbook pack list&apos; shows the installed ones.</source>
        <translation>ningún paquete instalado tiene el id &apos;{pack_id}&apos;; &apos;handbook pack list&apos; muestra los instalados.</translation>
    </message>
    <message>
        <source>{file}: {title} {version} is already installed; remove it first to install it again.</source>
        <translation>{file}: {title} {version} ya está instalado; quítalo primero para instalarlo de nuevo.</translation>
    </message>
    <message>
        <source>{file}: {title} {version} is older than the installed {installed}; nothing was changed. To go back to it, install it again allowing an older version (--downgrade).</source>
        <translation>{file}: {title} {version} es más antiguo que el instalado, {installed}; no se cambió nada. Para volver a él, instálalo de nuevo permitiendo una versión anterior (--downgrade).</translation>
    </message>
    <message>
        <source>Installation cancelled; nothing was installed.</source>
        <translation>Instalación cancelada; no se instaló nada.</translation>
    </message>
    <message>
        <source>{folder}: not enough free disk space; the pack needs about {needed} MB and {free} MB are free. Free some space and try again.</source>
        <translation>{folder}: no hay suficiente espacio libre en el disco; el paquete necesita unos {needed} MB y hay {free} MB libres. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{title} has no earlier version to go back to; only {version} is installed.</source>
        <translation>{title} no tiene una versión anterior a la que volver; solo está instalada la {version}.</translation>
    </message>
    <message>
        <source>{folder}: the earlier version&apos;s folder is missing, so it cannot be restored.</source>
        <translation>{folder}: falta la carpeta de la versión anterior, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>{folder}: the installed pack&apos;s folder is missing; install it again.</source>
        <translation>{folder}: falta la carpeta del paquete instalado; instálalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>packs_action</name>
    <message>
        <source>Pac&amp;ks…</source>
        <translation>Pa&amp;quetes…</translation>
    </message>
    <message>
        <source>Install, update and choose course packs ({keys})</source>
        <translation>Instala, actualiza y elige paquetes de cursos ({keys})</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>about {n} minutes</source>
        <translation>unos {n} minutos</translation>
    </message>
    <message>
        <source>In this lesson you will</source>
        <translation>En esta lección vas a</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>The last meeting</source>
        <translation>La última reunión</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Semana {n}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>{low} to {high} people</source>
        <translation>de {low} a {high} personas</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Times for your circle, which starts at {time} (Tools &gt; Session planner).</source>
        <translation>Horario de tu círculo, que empieza a las {time} (Herramientas &gt; Planificador de sesiones).</translation>
    </message>
    <message>
        <source>You passed this self-check.</source>
        <translation>Aprobaste esta autoevaluación.</translation>
    </message>
    <message>
        <source>Passing takes {n} (75%). Read the module again, then use Tools &gt; Try the self-check again.</source>
        <translation>Para aprobar necesitas {n} (75 %). Vuelve a leer el módulo y luego usa Herramientas &gt; Repetir la autoevaluación.</translation>
    </message>
    <message>
        <source>Your score: {right} of {total} right.</source>
        <translation>Tu resultado: {right} de {total} correctas.</translation>
    </message>
    <message>
        <source>This is the last lesson of the course. See what is left to do in Go &gt; My progress (Ctrl+Shift+D).</source>
        <translation>Esta es la última lección del curso. Mira lo que falta en Ir &gt; Mi progreso (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Next module:</source>
        <translation>Siguiente módulo:</translation>
    </message>
    <message>
        <source>Next lesson:</source>
        <translation>Siguiente lección:</translation>
    </message>
    <message>
        <source>or press Ctrl+Right</source>
        <translation>o pulsa Ctrl+Derecha</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>{file}: the folder {folder} does not exist; choose another place to save the PDF.</source>
        <translation>{file}: la carpeta {folder} no existe; elige otro lugar para guardar el PDF.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the PDF, like {example}.</source>
        <translation>{file} es una carpeta; da un nombre de archivo para el PDF, como {example}.</translation>
    </message>
    <message>
        <source>{file}: cannot write here ({reason}); choose another folder.</source>
        <translation>{file}: no se puede escribir aquí ({reason}); elige otra carpeta.</translation>
    </message>
    <message>
        <source>{file}: the PDF could not be saved ({reason}).</source>
        <translation>{file}: no se pudo guardar el PDF ({reason}).</translation>
    </message>
    <message>
        <source>the PDF could not be started; check the disk has free space.</source>
        <translation>no se pudo empezar el PDF; comprueba que el disco tiene espacio libre.</translation>
    </message>
</context>
<context>
    <name>plan sheet</name>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Starts at:</source>
        <translation>Empieza a las:</translation>
    </message>
    <message>
        <source>Ends at:</source>
        <translation>Termina a las:</translation>
    </message>
    <message>
        <source>Course: {title}</source>
        <translation>Curso: {title}</translation>
    </message>
    <message>
        <source>Facilitator: {names}</source>
        <translation>Facilitación: {names}</translation>
    </message>
    <message>
        <source>Facilitators: {names}</source>
        <translation>Facilitación: {names}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>Total {total} minutes: {n} over the {length}-minute meeting</source>
        <translation>Total {total} minutos: {n} de más para una sesión de {length} minutos</translation>
    </message>
    <message>
        <source>Total {total} minutes: {n} to spare in the {length}-minute meeting</source>
        <translation>Total {total} minutos: sobran {n} en la sesión de {length} minutos</translation>
    </message>
    <message>
        <source>Total {total} minutes, the whole meeting</source>
        <translation>Total {total} minutos, toda la sesión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>no materials</source>
        <translation>sin materiales</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Notes for the facilitator</source>
        <translation>Notas para quien facilita</translation>
    </message>
    <message>
        <source>Steps of the activities</source>
        <translation>Pasos de las actividades</translation>
    </message>
</context>
<context>
    <name>planner</name>
    <message>
        <source>the agenda has no item {number}; it has {count}.</source>
        <translation>la agenda no tiene el punto {number}; tiene {count}.</translation>
    </message>
    <message>
        <source>an agenda item cannot last {minutes} minutes; give it 0 or more.</source>
        <translation>un punto de la agenda no puede durar {minutes} minutos; dale 0 o más.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Week {n} of {count}: {title}</source>
        <translation>Semana {n} de {count}: {title}</translation>
    </message>
    <message>
        <source>the pack &apos;{title}&apos; has no session plans; add some to its plans/ folder.</source>
        <translation>el paquete &apos;{title}&apos; no tiene planes de sesión; añade algunos a su carpeta plans/.</translation>
    </message>
    <message>
        <source>week {week} is not a meeting of this circle; choose a week from 1 to {count}.</source>
        <translation>la semana {week} no es una sesión de este círculo; elige una semana del 1 al {count}.</translation>
    </message>
    <message>
        <source>week {week} ({title}, from {file}): the agenda item &apos;{item}&apos; names the activity &apos;{activity}&apos;, which the pack does not have. Choose another activity for it in the planner, or correct the plan&apos;s &apos;activity:&apos;.</source>
        <translation>semana {week} ({title}, de {file}): el punto de la agenda &apos;{item}&apos; nombra la actividad &apos;{activity}&apos;, que el paquete no tiene. Elige otra actividad para ese punto en el planificador, o corrige &apos;activity:&apos; en el plan.</translation>
    </message>
    <message>
        <source>a meeting of {length} minutes is shorter than the agenda of week {week} ({title}) can be: it needs at least {shortest} minutes with every activity at its shortest. Make the meetings longer or choose a shorter plan for that week.</source>
        <translation>una sesión de {length} minutos es más corta de lo que puede durar la agenda de la semana {week} ({title}): necesita al menos {shortest} minutos con cada actividad en su duración mínima. Alarga las sesiones o elige un plan más corto para esa semana.</translation>
    </message>
    <message>
        <source>The circle has no meetings; set it up in the planner first.</source>
        <translation>El círculo no tiene sesiones; prepáralo primero en el planificador.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>open the app on a pack folder and reload it whenever a file changes</source>
        <translation>abrir la aplicación con la carpeta de un paquete y volver a leerla cada vez que cambia un archivo</translation>
    </message>
    <message>
        <source>Open the app on a pack&apos;s source folder. Whenever a file is saved the pack is read again; problems are listed with file and line, and choosing one opens its page.</source>
        <translation>Abre la aplicación con la carpeta fuente de un paquete. Cada vez que se guarda un archivo, el paquete se vuelve a leer; los problemas aparecen con su archivo y su línea, y al elegir uno se abre su página.</translation>
    </message>
    <message>
        <source>the pack&apos;s source folder (with pack.yaml)</source>
        <translation>la carpeta fuente del paquete (con pack.yaml)</translation>
    </message>
    <message>
        <source>{folder}: is not a folder; give the pack&apos;s source folder (the one with pack.yaml).</source>
        <translation>{folder}: no es una carpeta; indica la carpeta de origen del paquete (la que tiene pack.yaml).</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Página {n} de {count}</translation>
    </message>
    <message>
        <source>print a session plan, the circle packet, activity cards or a form to PDF</source>
        <translation>imprime en PDF un plan de sesión, el paquete del círculo, tarjetas de actividades o un formulario</translation>
    </message>
    <message>
        <source>Write a PDF ready for a black-and-white printer. The circle&apos;s details come from --circle FILE, else from the planner in the app; the plans you edited in the app are used.</source>
        <translation>Escribe un PDF listo para una impresora en blanco y negro. Los datos del círculo vienen de --circle ARCHIVO, si no, del planificador de la aplicación; se usan los planes que editaste en la aplicación.</translation>
    </message>
    <message>
        <source>the circle&apos;s details, a small YAML or JSON file</source>
        <translation>los datos del círculo, un archivo YAML o JSON pequeño</translation>
    </message>
    <message>
        <source>paper size (default: the setting, else your locale&apos;s)</source>
        <translation>tamaño del papel (si no: el de la configuración, o el de tu región)</translation>
    </message>
    <message>
        <source>the PDF to write (default: a name in this folder)</source>
        <translation>el PDF que escribir (si no: un nombre en esta carpeta)</translation>
    </message>
    <message>
        <source>a pack&apos;s source folder, or &apos;es&apos; for the Spanish forms and plans that come with Handbook (default: the pack in use in the app)</source>
        <translation>la carpeta fuente de un paquete, o &apos;es&apos; para los formularios y planes en español que vienen con Handbook (si no: el paquete en uso en la aplicación)</translation>
    </message>
    <message>
        <source>whose planner to use (default: the profile opened last, or the only one)</source>
        <translation>de quién es el planificador que usar (si no: el perfil abierto por última vez, o el único)</translation>
    </message>
    <message>
        <source>one meeting&apos;s plan</source>
        <translation>el plan de una sesión</translation>
    </message>
    <message>
        <source>One meeting&apos;s plan, on one page where possible.</source>
        <translation>El plan de una sesión, en una sola página si es posible.</translation>
    </message>
    <message>
        <source>the meeting to print, from 1</source>
        <translation>la sesión que imprimir, desde 1</translation>
    </message>
    <message>
        <source>every plan, the checklist and the forms</source>
        <translation>todos los planes, la lista de preparación y los formularios</translation>
    </message>
    <message>
        <source>Every meeting&apos;s plan, the preparation checklist and the forms, after a contents page.</source>
        <translation>El plan de cada sesión, la lista de preparación y los formularios, después de un índice.</translation>
    </message>
    <message>
        <source>activity cards, 2 or 4 to a page</source>
        <translation>tarjetas de actividades, 2 o 4 por página</translation>
    </message>
    <message>
        <source>Activity cards to cut out. With no filters, every activity of the pack.</source>
        <translation>Tarjetas de actividades para recortar. Sin filtros, todas las actividades del paquete.</translation>
    </message>
    <message>
        <source>only this kind (repeat for more)</source>
        <translation>solo este tipo (repítelo para más)</translation>
    </message>
    <message>
        <source>this activity, by id (repeat for more)</source>
        <translation>esta actividad, por su id (repítelo para más)</translation>
    </message>
    <message>
        <source>only activities that fit in N minutes</source>
        <translation>solo actividades que caben en N minutos</translation>
    </message>
    <message>
        <source>only activities for a group of N people</source>
        <translation>solo actividades para un grupo de N personas</translation>
    </message>
    <message>
        <source>only activities for this setting</source>
        <translation>solo actividades para esta modalidad</translation>
    </message>
    <message>
        <source>only this energy (repeat for more)</source>
        <translation>solo esta energía (repítelo para más)</translation>
    </message>
    <message>
        <source>only activities that need no materials</source>
        <translation>solo actividades que no necesitan materiales</translation>
    </message>
    <message>
        <source>only activities whose title, text or tags contain these words</source>
        <translation>solo actividades cuyo título, texto o etiquetas tienen estas palabras</translation>
    </message>
    <message>
        <source>card order (default: kind)</source>
        <translation>orden de las tarjetas (si no: por tipo)</translation>
    </message>
    <message>
        <source>cards to a page (default: 4)</source>
        <translation>tarjetas por página (si no: 4)</translation>
    </message>
    <message>
        <source>a form of the pack, e.g. the sign-in sheet</source>
        <translation>un formulario del paquete, por ejemplo la hoja de asistencia</translation>
    </message>
    <message>
        <source>A printable form. Its table ends with blank rows to write in.</source>
        <translation>Un formulario para imprimir. Su tabla termina con filas en blanco para escribir.</translation>
    </message>
    <message>
        <source>the form&apos;s id, e.g. sign-in-sheet</source>
        <translation>el id del formulario, por ejemplo sign-in-sheet</translation>
    </message>
    <message>
        <source>blank rows at the end (default: as many as fill the page)</source>
        <translation>filas en blanco al final (si no: las que llenan la página)</translation>
    </message>
    <message>
        <source>wrote {file} (1 page, {size})</source>
        <translation>se escribió {file} (1 página, {size})</translation>
    </message>
    <message>
        <source>wrote {file} ({pages} pages, {size})</source>
        <translation>se escribió {file} ({pages} páginas, {size})</translation>
    </message>
    <message>
        <source>note: no circle details, so the date and the times are left blank to fill in by hand. To have them printed, pass --circle FILE (see &apos;handbook print plan --help&apos;) or set the circle in the app&apos;s planner.</source>
        <translation>nota: no hay datos del círculo, así que la fecha y las horas quedan en blanco para escribirlas a mano. Para imprimirlas, usa --circle ARCHIVO (mira &apos;handbook print plan --help&apos;) o escribe los datos del círculo en el planificador de la aplicación.</translation>
    </message>
    <message>
        <source>note: your planner changes to the agenda of week {weeks} are in the course&apos;s language only, so that week&apos;s plan is printed as it comes. Leave out --pack to print your changes.</source>
        <translation>nota: tus cambios del planificador a la agenda de la semana {weeks} están solo en el idioma del curso, así que el plan de esa semana se imprime tal como viene. Quita --pack para imprimir tus cambios.</translation>
    </message>
    <message>
        <source>note: your planner changes to the agendas of weeks {weeks} are in the course&apos;s language only, so those weeks&apos; plans are printed as they come. Leave out --pack to print your changes.</source>
        <translation>nota: tus cambios del planificador a las agendas de las semanas {weeks} están solo en el idioma del curso, así que los planes de esas semanas se imprimen tal como vienen. Quita --pack para imprimir tus cambios.</translation>
    </message>
    <message>
        <source>the last meeting ({title})</source>
        <translation>la última sesión ({title})</translation>
    </message>
    <message>
        <source>week {week} ({title})</source>
        <translation>la semana {week} ({title})</translation>
    </message>
    <message>
        <source>note: your planner changes to {names} are not printed: this circle of 1 meeting has no such meeting. They are kept in the planner.</source>
        <translation>nota: tus cambios del planificador en {names} no se imprimen: este círculo de 1 sesión no tiene esa sesión. Se guardan en el planificador.</translation>
    </message>
    <message>
        <source>note: your planner changes to {names} are not printed: this circle of {count} meetings has no such meeting. They are kept in the planner.</source>
        <translation>nota: tus cambios del planificador en {names} no se imprimen: este círculo de {count} sesiones no tiene esa sesión. Se guardan en el planificador.</translation>
    </message>
    <message>
        <source>{folder}: no such folder; give the folder of a pack&apos;s source with --pack.</source>
        <translation>{folder}: no existe esa carpeta; da la carpeta fuente de un paquete con --pack.</translation>
    </message>
    <message>
        <source>this needs the circle&apos;s details. Set them in the app&apos;s planner (Tools &gt; Session planner), or write them in a file and pass --circle FILE. A file looks like this:
{example}</source>
        <translation>esto necesita los datos del círculo. Escríbelos en el planificador de la aplicación (Herramientas &gt; Planificador de sesiones), o en un archivo y usa --circle ARCHIVO. Un archivo se ve así:
{example}</translation>
    </message>
    <message>
        <source>the pack has no activity &apos;{id}&apos;. Its activities are: {ids}.</source>
        <translation>el paquete no tiene la actividad &apos;{id}&apos;. Sus actividades son: {ids}.</translation>
    </message>
    <message>
        <source>no activities match; loosen the filters or name some activities to print.</source>
        <translation>ninguna actividad coincide; usa filtros menos estrictos o nombra algunas actividades para imprimir.</translation>
    </message>
    <message>
        <source>cards can be printed 2 or 4 to a page, not {count}.</source>
        <translation>las tarjetas se pueden imprimir 2 o 4 por página, no {count}.</translation>
    </message>
    <message>
        <source>the PDF could not be started; check the disk has free space.</source>
        <translation>no se pudo empezar el PDF; comprueba que el disco tiene espacio libre.</translation>
    </message>
    <message>
        <source>the pack has no form called &apos;{name}&apos;. It has no forms.</source>
        <translation>el paquete no tiene un formulario llamado &apos;{name}&apos;. No tiene formularios.</translation>
    </message>
    <message>
        <source>the pack has no form called &apos;{name}&apos;. Its forms are: {names}.</source>
        <translation>el paquete no tiene un formulario llamado &apos;{name}&apos;. Sus formularios son: {names}.</translation>
    </message>
    <message>
        <source>the number of blank rows must be from 1 to {most}, not {count}.</source>
        <translation>el número de filas en blanco debe ser de 1 a {most}, no {count}.</translation>
    </message>
    <message>
        <source>unknown page size {size}; use A4 or Letter.</source>
        <translation>tamaño de papel desconocido {size}; usa A4 o Letter.</translation>
    </message>
    <message>
        <source>unknown orientation {orientation}; use portrait or landscape.</source>
        <translation>orientación desconocida {orientation}; usa vertical u horizontal.</translation>
    </message>
</context>
<context>
    <name>print_support</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>profile_actions</name>
    <message>
        <source>Profile not opened</source>
        <translation>Perfil no abierto</translation>
    </message>
    <message>
        <source>Shared Guest profile: anyone here can carry on with it. Your own: Tools &gt; Profiles.</source>
        <translation>Perfil compartido Invitado: cualquiera puede continuarlo. El tuyo: Herramientas &gt; Perfiles.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>Some of the progress of {name} could not be read ({problem}).

Everything else was loaded. What could not be read was kept in {file}; nothing was deleted.</source>
        <translation>Una parte del progreso de {name} no se pudo leer ({problem}).

Todo lo demás se cargó. Lo que no se pudo leer se guardó en {file}; no se borró nada.</translation>
    </message>
    <message>
        <source>Some of the progress of {name} could not be read ({problem}).

Everything else was loaded. What could not be read was kept; nothing was deleted.</source>
        <translation>Una parte del progreso de {name} no se pudo leer ({problem}).

Todo lo demás se cargó. Lo que no se pudo leer se guardó; no se borró nada.</translation>
    </message>
    <message>
        <source>The progress of {name} could not be read: {problem}.</source>
        <translation>El progreso de {name} no se pudo leer: {problem}.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>El archivo dañado se guardó como {file}.</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup of {time}, the one holding the most work. Anything you did after that is only in the damaged file.</source>
        <translation>Tu progreso se restauró desde la copia de seguridad del {time}, la que tiene más trabajo. Lo que hiciste después solo está en el archivo dañado.</translation>
    </message>
    <message>
        <source>No usable backup was found, so this profile starts again with no progress. Keep the damaged file: someone who knows JSON may be able to rescue it.</source>
        <translation>No se encontró una copia de seguridad que sirva, así que este perfil empieza de nuevo sin progreso. Guarda el archivo dañado: alguien que conozca JSON quizá pueda recuperarlo.</translation>
    </message>
    <message>
        <source>Type a name for the profile, e.g. your first name.</source>
        <translation>Escribe un nombre para el perfil, por ejemplo tu nombre de pila.</translation>
    </message>
    <message>
        <source>That name is too long; use at most {count} characters.</source>
        <translation>Ese nombre es demasiado largo; usa como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>A profile name may not contain control characters.</source>
        <translation>El nombre de un perfil no puede tener caracteres de control.</translation>
    </message>
    <message>
        <source>There is already a profile called &apos;{name}&apos;. Choose it, or use another name.</source>
        <translation>Ya hay un perfil llamado &apos;{name}&apos;. Elígelo o usa otro nombre.</translation>
    </message>
    <message>
        <source>{folder}: cannot make the profile&apos;s folder ({reason}).</source>
        <translation>{folder}: no se puede crear la carpeta del perfil ({reason}).</translation>
    </message>
    <message>
        <source>{folder}: cannot make the guest profile&apos;s folder ({reason}).</source>
        <translation>{folder}: no se puede crear la carpeta del perfil Invitado ({reason}).</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>There is already a profile called &apos;{name}&apos;; choose another name.</source>
        <translation>Ya hay un perfil llamado &apos;{name}&apos;; elige otro nombre.</translation>
    </message>
    <message>
        <source>There is no profile &apos;{name}&apos; to delete.</source>
        <translation>No hay ningún perfil &apos;{name}&apos; para borrar.</translation>
    </message>
    <message>
        <source>{folder}: could not be deleted completely ({reason}).</source>
        <translation>{folder}: no se pudo borrar por completo ({reason}).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({problem}) and cannot be moved aside ({reason}). Move it somewhere safe yourself, then start Handbook again.</source>
        <translation>{file}: no se puede leer ({problem}) ni apartar ({reason}). Muévelo tú a un lugar seguro y vuelve a abrir Handbook.</translation>
    </message>
    <message>
        <source>There is no profile &apos;{name}&apos;. {hint}</source>
        <translation>No hay un perfil &apos;{name}&apos;. {hint}</translation>
    </message>
    <message>
        <source>There are no profiles in {folder} yet; open Handbook once to make one.</source>
        <translation>Todavía no hay perfiles en {folder}; abre Handbook una vez para crear uno.</translation>
    </message>
    <message>
        <source>Say which profile with --profile NAME. {hint}</source>
        <translation>Di qué perfil usar con --profile NOMBRE. {hint}</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>Todavía no hay perfiles.</translation>
    </message>
    <message>
        <source>Profiles: {names}.</source>
        <translation>Perfiles: {names}.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>This name holds a character that cannot be saved; type it again.</source>
        <translation>Este nombre tiene un carácter que no se puede guardar; escríbelo de nuevo.</translation>
    </message>
    <message>
        <source>This note is longer than {count} characters; shorten it to save it.</source>
        <translation>Esta nota tiene más de {count} caracteres; acórtala para guardarla.</translation>
    </message>
    <message>
        <source>export, import, back up or restore a facilitator&apos;s progress; a CSV summary for trainers</source>
        <translation>exporta, importa, copia o restaura el progreso de una persona facilitadora; un resumen CSV para formadores</translation>
    </message>
    <message>
        <source>Work with the progress kept for each profile (facilitator) in the data folder. Use the global --data-dir before &apos;progress&apos; to choose another data folder.</source>
        <translation>Trabaja con el progreso guardado para cada perfil (persona facilitadora) en la carpeta de datos. Usa la opción general --data-dir antes de &apos;progress&apos; para elegir otra carpeta de datos.</translation>
    </message>
    <message>
        <source>the profile&apos;s name (default: the one opened last, or the only one)</source>
        <translation>el nombre del perfil (si no: el último abierto, o el único)</translation>
    </message>
    <message>
        <source>list the profiles and how far each is</source>
        <translation>lista los perfiles y cuánto avanzó cada uno</translation>
    </message>
    <message>
        <source>List every profile of the data folder.</source>
        <translation>Lista todos los perfiles de la carpeta de datos.</translation>
    </message>
    <message>
        <source>write a profile&apos;s progress to one file</source>
        <translation>escribe el progreso de un perfil en un archivo</translation>
    </message>
    <message>
        <source>Write a profile&apos;s progress (lessons, answers, ticks, notes) to one JSON file, e.g. to carry it to another computer and import it there.</source>
        <translation>Escribe el progreso de un perfil (lecciones, respuestas, casillas marcadas, notas) en un archivo JSON, por ejemplo para llevarlo a otra computadora e importarlo allí.</translation>
    </message>
    <message>
        <source>where to write (default: handbook-progress-&lt;profile&gt;-&lt;date&gt;.json here)</source>
        <translation>dónde escribir (si no: handbook-progress-&lt;perfil&gt;-&lt;fecha&gt;.json aquí)</translation>
    </message>
    <message>
        <source>merge a progress file into a profile</source>
        <translation>une un archivo de progreso con un perfil</translation>
    </message>
    <message>
        <source>Merge an exported progress file into a profile: for each lesson the newer record wins. The profile is backed up first; a file that is not valid changes nothing.</source>
        <translation>Une un archivo de progreso exportado con un perfil: en cada lección gana el registro más reciente. Antes se hace una copia del perfil; un archivo que no es válido no cambia nada.</translation>
    </message>
    <message>
        <source>the file made by &apos;handbook progress export&apos;</source>
        <translation>el archivo hecho con &apos;handbook progress export&apos;</translation>
    </message>
    <message>
        <source>the profile&apos;s name (default: the profile named in the file, made if missing)</source>
        <translation>el nombre del perfil (si no: el perfil que nombra el archivo, creado si no existe)</translation>
    </message>
    <message>
        <source>back up a profile&apos;s progress now</source>
        <translation>hace ahora una copia de seguridad del progreso de un perfil</translation>
    </message>
    <message>
        <source>Copy a profile&apos;s progress file into its backups folder now.</source>
        <translation>Copia ahora el archivo de progreso de un perfil en su carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>back up every profile</source>
        <translation>hace una copia de todos los perfiles</translation>
    </message>
    <message>
        <source>list a profile&apos;s backups or restore one</source>
        <translation>lista las copias de seguridad de un perfil o restaura una</translation>
    </message>
    <message>
        <source>Without BACKUP, list the backups of a profile, newest first. With BACKUP (a number from the list, &apos;latest&apos;, or a file), put that backup in place; the current progress is backed up first.</source>
        <translation>Sin COPIA, lista las copias de seguridad de un perfil, de la más nueva a la más antigua. Con COPIA (un número de la lista, &apos;latest&apos; o un archivo), pone esa copia en su lugar; antes se hace una copia del progreso actual.</translation>
    </message>
    <message>
        <source>a number from the list, &apos;latest&apos;, or a backup file</source>
        <translation>un número de la lista, &apos;latest&apos; o un archivo de copia</translation>
    </message>
    <message>
        <source>a CSV summary of progress for a trainer</source>
        <translation>un resumen CSV del progreso para formadores</translation>
    </message>
    <message>
        <source>Write one row per profile and lesson: status, minutes spent, self-check score and pass, whether there is a note. Opens in any spreadsheet.</source>
        <translation>Escribe una fila por perfil y lección: estado, minutos dedicados, puntuación de la autoevaluación y si se aprobó, si hay una nota. Se abre en cualquier hoja de cálculo.</translation>
    </message>
    <message>
        <source>only this profile (default: every profile)</source>
        <translation>solo este perfil (si no: todos los perfiles)</translation>
    </message>
    <message>
        <source>where to write (default: print it)</source>
        <translation>dónde escribir (si no: lo muestra aquí)</translation>
    </message>
    <message>
        <source>the course folder (default: the bundled course)</source>
        <translation>la carpeta del curso (si no: el curso incluido)</translation>
    </message>
    <message>
        <source>No profiles in {folder} yet; open Handbook to make one.</source>
        <translation>Todavía no hay perfiles en {folder}; abre Handbook para crear uno.</translation>
    </message>
    <message>
        <source>1 item done, {with_progress} with progress</source>
        <translation>1 elemento hecho, {with_progress} con progreso</translation>
    </message>
    <message>
        <source>{done} items done, {with_progress} with progress</source>
        <translation>{done} elementos hechos, {with_progress} con progreso</translation>
    </message>
    <message>
        <source>cannot be read: {message}</source>
        <translation>no se puede leer: {message}</translation>
    </message>
    <message>
        <source>{name} (opened last)	folder: {folder}	{facts}</source>
        <translation>{name} (el último abierto)	carpeta: {folder}	{facts}</translation>
    </message>
    <message>
        <source>{name}	folder: {folder}	{facts}</source>
        <translation>{name}	carpeta: {folder}	{facts}</translation>
    </message>
    <message>
        <source>Exported 1 record of {name} to {file}</source>
        <translation>Se exportó 1 registro de {name} a {file}</translation>
    </message>
    <message>
        <source>Exported {count} records of {name} to {file}</source>
        <translation>Se exportaron {count} registros de {name} a {file}</translation>
    </message>
    <message>
        <source>{file}: some of it could not be read and was left out: {problems} (and {more} more)</source>
        <translation>{file}: una parte no se pudo leer y quedó fuera: {problems} (y {more} más)</translation>
    </message>
    <message>
        <source>{file}: some of it could not be read and was left out: {problems}</source>
        <translation>{file}: una parte no se pudo leer y quedó fuera: {problems}</translation>
    </message>
    <message>
        <source>import progress</source>
        <translation>importar el progreso</translation>
    </message>
    <message>
        <source>Imported {file} into {name} (a new profile).</source>
        <translation>Se importó {file} en {name} (un perfil nuevo).</translation>
    </message>
    <message>
        <source>Imported {file} into {name}.</source>
        <translation>Se importó {file} en {name}.</translation>
    </message>
    <message>
        <source>back up progress</source>
        <translation>hacer una copia del progreso</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Copia de seguridad hecha en {file}</translation>
    </message>
    <message>
        <source>There is no progress to back up yet.</source>
        <translation>Todavía no hay progreso que copiar.</translation>
    </message>
    <message>
        <source>{name} has no progress file to back up yet.</source>
        <translation>{name} todavía no tiene un archivo de progreso que copiar.</translation>
    </message>
    <message>
        <source>Backed up {name} to {file}</source>
        <translation>Copia de seguridad de {name} hecha en {file}</translation>
    </message>
    <message>
        <source>{name} has no backups yet.</source>
        <translation>{name} todavía no tiene copias de seguridad.</translation>
    </message>
    <message>
        <source>Backups of {name}, newest first (restore one with: handbook progress restore NUMBER):</source>
        <translation>Copias de seguridad de {name}, de la más nueva a la más antigua (restaura una con: handbook progress restore NÚMERO):</translation>
    </message>
    <message>
        <source>{folder}: {name} has no backups to restore.</source>
        <translation>{folder}: {name} no tiene copias de seguridad que restaurar.</translation>
    </message>
    <message>
        <source>There is no backup number {number}; run &apos;handbook progress restore&apos; to list the one backup of {name}.</source>
        <translation>No hay una copia número {number}; ejecuta &apos;handbook progress restore&apos; para ver la única copia de {name}.</translation>
    </message>
    <message>
        <source>There is no backup number {number}; run &apos;handbook progress restore&apos; to list the {count} backups of {name}.</source>
        <translation>No hay una copia número {number}; ejecuta &apos;handbook progress restore&apos; para ver las {count} copias de {name}.</translation>
    </message>
    <message>
        <source>{file}: there is no such backup file.</source>
        <translation>{file}: no existe ese archivo de copia.</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restored {name} from {file}</source>
        <translation>Se restauró {name} desde {file}</translation>
    </message>
    <message>
        <source>The progress it replaced was backed up to {file}</source>
        <translation>Se hizo una copia del progreso que reemplazó en {file}</translation>
    </message>
    <message>
        <source>Wrote 1 profile to {file}</source>
        <translation>Se escribió 1 perfil en {file}</translation>
    </message>
    <message>
        <source>Wrote {count} profiles to {file}</source>
        <translation>Se escribieron {count} perfiles en {file}</translation>
    </message>
    <message>
        <source>{file}: {problem}. Nothing was imported; use a file made with &apos;Export progress&apos; (or &apos;handbook progress export&apos;).</source>
        <translation>{file}: {problem}. No se importó nada; usa un archivo hecho con &apos;Exportar progreso&apos; (o con &apos;handbook progress export&apos;).</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the file is too big to be progress ({size} bytes; the most is {most})</source>
        <translation>el archivo es demasiado grande para ser un progreso ({size} bytes; el máximo es {most})</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>el archivo no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>this is not a Handbook progress export</source>
        <translation>no es un progreso exportado de Handbook</translation>
    </message>
    <message>
        <source>the export has no valid format version</source>
        <translation>el archivo exportado no tiene una versión de formato válida</translation>
    </message>
    <message>
        <source>the export was made by a newer version of Handbook; update Handbook first</source>
        <translation>el archivo se exportó con una versión más nueva de Handbook; actualiza Handbook primero</translation>
    </message>
    <message>
        <source>the profile name in the export is not valid</source>
        <translation>el nombre del perfil en el archivo exportado no es válido</translation>
    </message>
    <message>
        <source>the export holds no list of records</source>
        <translation>el archivo exportado no tiene una lista de registros</translation>
    </message>
    <message>
        <source>the export holds more than {count} records</source>
        <translation>el archivo exportado tiene más de {count} registros</translation>
    </message>
    <message>
        <source>record {number}: {problem}</source>
        <translation>registro {number}: {problem}</translation>
    </message>
    <message>
        <source>record {number}: a second record for &apos;{item}&apos;</source>
        <translation>registro {number}: un segundo registro para &apos;{item}&apos;</translation>
    </message>
    <message>
        <source>the circle log in it: {problem}</source>
        <translation>el registro del círculo que contiene: {problem}</translation>
    </message>
    <message>
        <source>{added} new, {updated} updated, {kept} kept because this computer&apos;s copy is newer, {unchanged} already the same.</source>
        <translation>{added} nuevos, {updated} actualizados, {kept} sin cambiar porque la copia de esta computadora es más nueva, {unchanged} ya iguales.</translation>
    </message>
    <message>
        <source>1 record was dated in the future (a computer&apos;s clock was wrong); it now carries the time of this import.</source>
        <translation>1 registro tenía una fecha futura (el reloj de una computadora estaba mal); ahora lleva la hora de esta importación.</translation>
    </message>
    <message>
        <source>{count} records were dated in the future (a computer&apos;s clock was wrong); they now carry the time of this import.</source>
        <translation>{count} registros tenían una fecha futura (el reloj de una computadora estaba mal); ahora llevan la hora de esta importación.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>empezada</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>New: {item} ({status})</source>
        <translation>Nuevo: {item} ({status})</translation>
    </message>
    <message>
        <source>New: and {count} more</source>
        <translation>Nuevos: y {count} más</translation>
    </message>
    <message>
        <source>Updated: {item} ({status})</source>
        <translation>Actualizado: {item} ({status})</translation>
    </message>
    <message>
        <source>Updated: and {count} more</source>
        <translation>Actualizados: y {count} más</translation>
    </message>
    <message>
        <source>Kept (newer here): {item} ({status})</source>
        <translation>Sin cambiar (más nuevo aquí): {item} ({status})</translation>
    </message>
    <message>
        <source>Kept (newer here): and {count} more</source>
        <translation>Sin cambiar (más nuevos aquí): y {count} más</translation>
    </message>
</context>
<context>
    <name>progress file</name>
    <message>
        <source>the file does not hold progress records</source>
        <translation>el archivo no tiene registros de progreso</translation>
    </message>
    <message>
        <source>the file has no schema version; it is not a Handbook progress file</source>
        <translation>el archivo no tiene versión de esquema; no es un archivo de progreso de Handbook</translation>
    </message>
    <message>
        <source>the schema version {version} is not one Handbook knows</source>
        <translation>Handbook no conoce la versión de esquema {version}</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Handbook (schema {version}; this version reads up to {known}). Update Handbook to use it.</source>
        <translation>el archivo lo escribió una versión más nueva de Handbook (esquema {version}; esta versión lee hasta el {known}). Actualiza Handbook para usarlo.</translation>
    </message>
    <message>
        <source>the file could not be updated from schema {version} ({problem})</source>
        <translation>el archivo no se pudo actualizar desde el esquema {version} ({problem})</translation>
    </message>
    <message>
        <source>the records are not a table</source>
        <translation>los registros no son una tabla</translation>
    </message>
    <message>
        <source>record {id} has no number</source>
        <translation>el registro {id} no tiene número</translation>
    </message>
    <message>
        <source>record {id}: {problem}</source>
        <translation>registro {id}: {problem}</translation>
    </message>
    <message>
        <source>record {id}: a second record for {item}</source>
        <translation>registro {id}: un segundo registro para {item}</translation>
    </message>
    <message>
        <source>the profile&apos;s &apos;{name}&apos; could not be used; it was left out</source>
        <translation>el dato &apos;{name}&apos; del perfil no se pudo usar; quedó fuera</translation>
    </message>
    <message>
        <source>a part of the profile&apos;s settings could not be used; it was left out</source>
        <translation>una parte de la configuración del perfil no se pudo usar; quedó fuera</translation>
    </message>
    <message>
        <source>the table {name} could not be used; it was left out</source>
        <translation>la tabla {name} no se pudo usar; quedó fuera</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}). Check that you may read this folder.</source>
        <translation>{file}: no se puede leer ({reason}). Comprueba que puedes leer esta carpeta.</translation>
    </message>
    <message>
        <source>the time has no time zone</source>
        <translation>la hora no tiene zona horaria</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation>&apos;{field}&apos; debe ser texto</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is empty</source>
        <translation>&apos;{field}&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit} characters</source>
        <translation>&apos;{field}&apos; tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains control characters</source>
        <translation>&apos;{field}&apos; tiene caracteres de control</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds a character that is not text (a lone surrogate such as \ud800)</source>
        <translation>&apos;{field}&apos; tiene un carácter que no es texto (un sustituto suelto como \ud800)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number from 0 to {limit}</source>
        <translation>&apos;{field}&apos; debe ser un número entero de 0 a {limit}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a table of numbers</source>
        <translation>&apos;{field}&apos; debe ser una tabla de números</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has more than {count} entries</source>
        <translation>&apos;{field}&apos; tiene más de {count} entradas</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has a key that is not a number: {key}</source>
        <translation>&apos;{field}&apos; tiene una clave que no es un número: {key}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has a value of the wrong kind for {key}</source>
        <translation>&apos;{field}&apos; tiene un valor de tipo equivocado para {key}</translation>
    </message>
    <message>
        <source>a record must be a table of fields</source>
        <translation>un registro debe ser una tabla de campos</translation>
    </message>
    <message>
        <source>&apos;status&apos; must be one of {values}</source>
        <translation>&apos;status&apos; debe ser uno de estos: {values}</translation>
    </message>
    <message>
        <source>&apos;updated&apos; must be a date and time</source>
        <translation>&apos;updated&apos; debe ser una fecha y hora</translation>
    </message>
    <message>
        <source>&apos;updated&apos; is not a date and time: {value}</source>
        <translation>&apos;updated&apos; no es una fecha y hora: {value}</translation>
    </message>
    <message>
        <source>This change to &apos;{item}&apos; was not saved: {problem}. Nothing else was changed.</source>
        <translation>Este cambio en &apos;{item}&apos; no se guardó: {problem}. No cambió nada más.</translation>
    </message>
    <message>
        <source>{file}: holds text that cannot be saved (a lone surrogate); the previous version is unchanged.</source>
        <translation>{file}: tiene texto que no se puede guardar (un sustituto suelto); la versión anterior no cambió.</translation>
    </message>
    <message>
        <source>{file}: opened only to read; close Handbook and try again.</source>
        <translation>{file}: abierto solo para leer; cierra Handbook y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>progress_actions</name>
    <message>
        <source>&amp;Mark lesson as done</source>
        <translation>&amp;Marcar la lección como completada</translation>
    </message>
    <message>
        <source>&amp;Try the self-check again</source>
        <translation>&amp;Repetir la autoevaluación</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;erfiles…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Continue &amp;where I left off</source>
        <translation>C&amp;ontinuar donde lo dejé</translation>
    </message>
    <message>
        <source>&amp;My progress</source>
        <translation>&amp;Mi progreso</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Notes pane</source>
        <translation>Panel de &amp;notas</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>&amp;Export progress…</source>
        <translation>&amp;Exportar progreso…</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>&amp;Importar progreso…</translation>
    </message>
    <message>
        <source>Summary for a &amp;trainer (CSV)…</source>
        <translation>Resumen para &amp;quien capacita (CSV)…</translation>
    </message>
    <message>
        <source>Save &amp;certificate (PDF)…</source>
        <translation>Guardar &amp;certificado (PDF)…</translation>
    </message>
</context>
<context>
    <name>quiz</name>
    <message>
        <source>Question {n}.</source>
        <translation>Pregunta {n}.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No exactamente.</translation>
    </message>
    <message>
        <source>The right answer is {letter}.</source>
        <translation>La respuesta correcta es la {letter}.</translation>
    </message>
    <message>
        <source>Answer question {n}</source>
        <translation>Responde la pregunta {n}</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>the link &apos;{link}&apos; points outside the pack; link only to files inside it.</source>
        <translation>el enlace &apos;{link}&apos; apunta fuera del paquete; enlaza solo archivos que estén dentro.</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>falta {path}</translation>
    </message>
    <message>
        <source>quiz: unknown field &apos;{field}&apos; (use {known}).</source>
        <translation>autoevaluación: campo desconocido &apos;{field}&apos; (usa {known}).</translation>
    </message>
    <message>
        <source>quiz: write the question as &apos;question:&apos;, &apos;choices:&apos;, &apos;answer:&apos; and &apos;explanation:&apos; lines.</source>
        <translation>autoevaluación: escribe la pregunta con las líneas &apos;question:&apos;, &apos;choices:&apos;, &apos;answer:&apos; y &apos;explanation:&apos;.</translation>
    </message>
    <message>
        <source>quiz: &apos;question&apos; is missing; add &apos;question: ...&apos;.</source>
        <translation>autoevaluación: falta &apos;question&apos;; añade &apos;question: ...&apos;.</translation>
    </message>
    <message>
        <source>quiz: &apos;choices&apos; must be a list of at least two answers.</source>
        <translation>autoevaluación: &apos;choices&apos; debe ser una lista de al menos dos respuestas.</translation>
    </message>
    <message>
        <source>quiz: &apos;choices&apos; lists {count} answers; the most allowed is {limit} (lettered A to Z).</source>
        <translation>autoevaluación: &apos;choices&apos; tiene {count} respuestas; el máximo permitido es {limit} (con letras de la A a la Z).</translation>
    </message>
    <message>
        <source>quiz: &apos;answer&apos; must be the number of the right choice, from 1 to {count}.</source>
        <translation>autoevaluación: &apos;answer&apos; debe ser el número de la respuesta correcta, de 1 a {count}.</translation>
    </message>
    <message>
        <source>quiz: &apos;explanation&apos; must be text.</source>
        <translation>autoevaluación: &apos;explanation&apos; debe ser un texto.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <source>This page is too big or too deeply nested to show safely. Please tell whoever made the pack:</source>
        <translation>Esta página es demasiado grande o tiene demasiados niveles para mostrarla sin riesgo. Avisa a quien hizo el paquete:</translation>
    </message>
    <message>
        <source>lists, quotes and boxes are nested {depth} deep here; the most allowed is {limit}. Use a flatter layout.</source>
        <translation>aquí hay listas, citas y cuadros anidados en {depth} niveles; el máximo permitido es {limit}. Usa una estructura más plana.</translation>
    </message>
    <message>
        <source>boxes (notes, tips, tables, quizzes) are nested {depth} deep here; the most allowed is {limit}, as each level doubles the time the page takes to show. Take the inner box out.</source>
        <translation>aquí hay cuadros (notas, consejos, tablas, autoevaluaciones) anidados en {depth} niveles; el máximo permitido es {limit}, porque cada nivel duplica el tiempo que tarda la página en mostrarse. Saca el cuadro de dentro.</translation>
    </message>
    <message>
        <source>the page has more than {limit} list items. Split it into several pages.</source>
        <translation>la página tiene más de {limit} elementos de lista. Divídela en varias páginas.</translation>
    </message>
    <message>
        <source>the page&apos;s tables have more than {limit} cells. Split the table or the page.</source>
        <translation>las tablas de la página tienen más de {limit} celdas. Divide la tabla o la página.</translation>
    </message>
    <message>
        <source>the page has more than {limit} quiz questions. Split the self-check into several pages.</source>
        <translation>la página tiene más de {limit} preguntas de autoevaluación. Divide la autoevaluación en varias páginas.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>this question could not be read.</source>
        <translation>no se pudo leer esta pregunta.</translation>
    </message>
    <message>
        <source>This question could not be shown: {problem}</source>
        <translation>No se pudo mostrar esta pregunta: {problem}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>combine circles&apos; export files into one summary for the library&apos;s organiser</source>
        <translation>junta los archivos exportados de varios círculos en un resumen para la coordinación de la biblioteca</translation>
    </message>
    <message>
        <source>Reports for the library&apos;s organiser, made from the files facilitators write with &apos;handbook circle export&apos;.</source>
        <translation>Informes para la coordinación de la biblioteca, hechos con los archivos que escriben las personas facilitadoras con &apos;handbook circle export&apos;.</translation>
    </message>
    <message>
        <source>one summary PDF (and CSV) of many circles</source>
        <translation>un resumen en PDF (y CSV) de muchos círculos</translation>
    </message>
    <message>
        <source>Read every circle export file given, then write one summary: the circles, meetings held, how many came to the first and the last meeting, the average rating and the goals met. Every file is checked first; if one cannot be used, nothing is written.</source>
        <translation>Lee cada archivo exportado de un círculo y después escribe un resumen: los círculos, las sesiones hechas, cuántas personas vinieron a la primera y a la última sesión, la valoración media y las metas cumplidas. Primero se revisa cada archivo; si uno no sirve, no se escribe nada.</translation>
    </message>
    <message>
        <source>circle export files (.json)</source>
        <translation>archivos exportados de círculos (.json)</translation>
    </message>
    <message>
        <source>the summary PDF to write</source>
        <translation>el PDF del resumen que escribir</translation>
    </message>
    <message>
        <source>also write the summary as a CSV table</source>
        <translation>escribe también el resumen como tabla CSV</translation>
    </message>
    <message>
        <source>the paper (default A4)</source>
        <translation>el papel (si no: A4)</translation>
    </message>
    <message>
        <source>Summary of 1 circle written to {pdf}.</source>
        <translation>Resumen de 1 círculo escrito en {pdf}.</translation>
    </message>
    <message>
        <source>Summary of {count} circles written to {pdf}.</source>
        <translation>Resumen de {count} círculos escrito en {pdf}.</translation>
    </message>
    <message>
        <source>1 page.</source>
        <translation>1 página.</translation>
    </message>
    <message>
        <source>{pages} pages.</source>
        <translation>{pages} páginas.</translation>
    </message>
    <message>
        <source>The table is also in {csv}.</source>
        <translation>La tabla también está en {csv}.</translation>
    </message>
    <message>
        <source>{path}: cannot write the CSV here; give a file name in a folder that exists.</source>
        <translation>{path}: no se puede escribir el CSV aquí; indica un nombre de archivo en una carpeta que exista.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>{text} is not a whole number of 1 or more</source>
        <translation>{text} no es un número entero de 1 o más</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>module</source>
        <translation>módulo</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>search the course, activities, session plans and forms</source>
        <translation>buscar en el curso, las actividades, los planes de sesión y los formularios</translation>
    </message>
    <message>
        <source>Search a pack (the one in use in the app unless --pack is given) and print the best matches, each with its page and a snippet where the matched words are in [brackets]. Case and accents do not matter; a word also finds its other forms (meetings: meeting); &quot;quote&quot; words to find them only as written, or an exact phrase; the last word also finds words that start with it. Exits 1 when nothing is found.</source>
        <translation>Busca en un paquete (el que usa la aplicación, salvo que indiques --pack) y muestra los mejores resultados, cada uno con su página y un fragmento donde las palabras encontradas están entre [corchetes]. Las mayúsculas y los acentos no importan; una palabra también encuentra sus otras formas (sesiones: sesión); pon palabras &quot;entre comillas&quot; para encontrarlas solo tal como están escritas, o una frase exacta; la última palabra también encuentra palabras que empiezan por ella. Sale con 1 cuando no encuentra nada.</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>las palabras que buscas</translation>
    </message>
    <message>
        <source>only results of this kind</source>
        <translation>solo resultados de este tipo</translation>
    </message>
    <message>
        <source>print at most N results (default 10)</source>
        <translation>mostrar como máximo N resultados (10 si no indicas otro número)</translation>
    </message>
    <message>
        <source>the pack folder to search (default: the pack in use in the app)</source>
        <translation>la carpeta del paquete donde buscar (si no la indicas: el paquete que usa la aplicación)</translation>
    </message>
    <message>
        <source>the query has no words to look for; give one or more words, e.g. handbook search silence</source>
        <translation>la búsqueda no tiene palabras que buscar; escribe una o más palabras, por ejemplo: handbook search silencio</translation>
    </message>
    <message>
        <source>indexing the pack (only once per pack version)...</source>
        <translation>preparando el índice del paquete (solo una vez por versión)...</translation>
    </message>
    <message>
        <source>1 page.</source>
        <translation>1 página.</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>{count} páginas.</translation>
    </message>
    <message>
        <source>nothing found for {query}; try fewer or shorter words</source>
        <translation>no se encontró nada para {query}; prueba con menos palabras o más cortas</translation>
    </message>
    <message>
        <source>note on {page}</source>
        <translation>nota sobre {page}</translation>
    </message>
    <message>
        <source>{path}: cannot open the search index ({reason}).</source>
        <translation>{path}: no se puede abrir el índice de búsqueda ({reason}).</translation>
    </message>
    <message>
        <source>this Python&apos;s SQLite has no full-text search (FTS5), so search is not available; install a Python whose sqlite3 includes FTS5.</source>
        <translation>el SQLite de este Python no tiene búsqueda de texto completo (FTS5), así que no se puede buscar; instala un Python cuyo sqlite3 incluya FTS5.</translation>
    </message>
    <message>
        <source>{path}: the search index is damaged ({reason}); delete it and it is built again.</source>
        <translation>{path}: el índice de búsqueda está dañado ({reason}); bórralo y se volverá a crear.</translation>
    </message>
    <message>
        <source>{folder}: cannot keep the search index here or in a temporary folder ({reason}); choose a writable data folder with --data-dir.</source>
        <translation>{folder}: no se puede guardar el índice de búsqueda aquí ni en una carpeta temporal ({reason}); elige con --data-dir una carpeta de datos en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>an index of another schema version</source>
        <translation>un índice de otra versión del formato</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>{file}: cannot be used ({problem}) or moved aside ({reason}); default settings are used.</source>
        <translation>{file}: no se puede usar ({problem}) ni apartar ({reason}); se usa la configuración por defecto.</translation>
    </message>
    <message>
        <source>{file}: cannot be used ({problem}); it was kept as {name} and the default settings are used.</source>
        <translation>{file}: no se puede usar ({problem}); se guardó como {name} y se usa la configuración por defecto.</translation>
    </message>
</context>
<context>
    <name>short dates</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>{file}: cannot write here ({reason}). Check the folder exists and is writable.</source>
        <translation>{file}: no se puede escribir aquí ({reason}). Comprueba que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>{file}: could not be saved ({reason}). The previous version is unchanged; if another program has this file open, close it, or choose another folder, then try again.</source>
        <translation>{file}: no se pudo guardar ({reason}). La versión anterior no cambió; si otro programa tiene abierto este archivo, ciérralo, o elige otra carpeta, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{file}: could not be saved ({reason}). The previous version is unchanged; free some disk space or choose another folder, then try again.</source>
        <translation>{file}: no se pudo guardar ({reason}). La versión anterior no cambió; libera espacio en el disco o elige otra carpeta, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>theme_menu</name>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>As the &amp;computer is set</source>
        <translation>Según el &amp;equipo</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>check a content pack&apos;s source folder and list its problems</source>
        <translation>comprobar la carpeta fuente de un paquete de contenido y listar sus problemas</translation>
    </message>
    <message>
        <source>Check a pack&apos;s source folder: front matter, ids, links, images, plans and quizzes. Prints &apos;path:line: message&apos; per problem; exits 1 when there are errors, 0 when clean.</source>
        <translation>Comprueba la carpeta fuente de un paquete: encabezados, ids, enlaces, imágenes, planes y autoevaluaciones. Muestra &apos;ruta:línea: mensaje&apos; por cada problema; sale con 1 cuando hay errores y con 0 cuando todo está bien.</translation>
    </message>
    <message>
        <source>the pack folder (default: the bundled course)</source>
        <translation>la carpeta del paquete (si no la indicas: el curso incluido)</translation>
    </message>
    <message>
        <source>print only the problems</source>
        <translation>mostrar solo los problemas</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>no existe esa carpeta</translation>
    </message>
    <message>
        <source>{folder}: {what}; give a pack&apos;s source folder, the one with pack.yaml in it (a built .hbpack file is checked with &apos;handbook pack verify&apos;).</source>
        <translation>{folder}: {what}; indica la carpeta de origen de un paquete, la que tiene pack.yaml (un archivo .hbpack ya construido se revisa con &apos;handbook pack verify&apos;).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>{folder}: {pages}, {errors}, {warnings}</source>
        <translation>{folder}: {pages}, {errors}, {warnings}</translation>
    </message>
    <message>
        <source>in {count} of {total} questions (questions {numbers}) the right answer is the longest choice, so a reader can pick it without reading. Make some wrong choices as long and as careful as the right one, or say the right one more briefly.</source>
        <translation>en {count} de {total} preguntas (preguntas {numbers}) la respuesta correcta es la más larga, así que se puede elegir sin leer. Escribe algunas respuestas incorrectas tan largas y cuidadas como la correcta, o di la correcta con menos palabras.</translation>
    </message>
    <message>
        <source>the right answer is choice {choice} in {count} of {total} questions (questions {numbers}), so a reader can guess it. Move the right answer to other positions in some questions, and change their &apos;answer:&apos; to match.</source>
        <translation>la respuesta correcta es la opción {choice} en {count} de {total} preguntas (preguntas {numbers}), así que se puede adivinar. Cambia de lugar la respuesta correcta en algunas preguntas y ajusta su &apos;answer:&apos;.</translation>
    </message>
    <message>
        <source>the agenda item &apos;{title}&apos; gives {minutes} minutes, more than its activity &apos;{activity}&apos; takes ({range} minutes, {path}). Give it minutes in that range, split the time with another item, or correct the card&apos;s &apos;minutes&apos;.</source>
        <translation>la parte de la agenda &apos;{title}&apos; dura {minutes} minutos, más de lo que dura su actividad &apos;{activity}&apos; ({range} minutos, {path}). Dale minutos dentro de ese margen, reparte el tiempo con otra parte o corrige &apos;minutes&apos; en la ficha.</translation>
    </message>
    <message>
        <source>the agenda item &apos;{title}&apos; gives 1 minute, less than its activity &apos;{activity}&apos; takes ({range} minutes, {path}). Give it minutes in that range, split the time with another item, or correct the card&apos;s &apos;minutes&apos;.</source>
        <translation>la parte de la agenda &apos;{title}&apos; dura 1 minuto, menos de lo que dura su actividad &apos;{activity}&apos; ({range} minutos, {path}). Dale minutos dentro de ese margen, reparte el tiempo con otra parte o corrige &apos;minutes&apos; en la ficha.</translation>
    </message>
    <message>
        <source>the agenda item &apos;{title}&apos; gives {minutes} minutes, less than its activity &apos;{activity}&apos; takes ({range} minutes, {path}). Give it minutes in that range, split the time with another item, or correct the card&apos;s &apos;minutes&apos;.</source>
        <translation>la parte de la agenda &apos;{title}&apos; dura {minutes} minutos, menos de lo que dura su actividad &apos;{activity}&apos; ({range} minutos, {path}). Dale minutos dentro de ese margen, reparte el tiempo con otra parte o corrige &apos;minutes&apos; en la ficha.</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... y {count} más</translation>
    </message>
    <message>
        <source>the link to &apos;{link}&apos; goes to a page that does not exist; check the file name and the ../ steps.</source>
        <translation>el enlace a &apos;{link}&apos; lleva a una página que no existe; revisa el nombre del archivo y los pasos ../.</translation>
    </message>
    <message>
        <source>the link to &apos;{link}&apos; names a section the page does not have, so the page opens at its top; use the heading&apos;s words in lowercase with &apos;-&apos; between them (for &apos;## Gather supplies&apos;, write #gather-supplies).</source>
        <translation>el enlace a &apos;{link}&apos; nombra una sección que la página no tiene, así que la página se abre al principio; usa las palabras del título en minúsculas con &apos;-&apos; entre ellas (para &apos;## Reunir materiales&apos;, escribe #reunir-materiales).</translation>
    </message>
    <message>
        <source>the agenda adds up to {total} minutes but &apos;minutes&apos; says {minutes}; make them match.</source>
        <translation>la agenda suma {total} minutos pero &apos;minutes&apos; dice {minutes}; haz que coincidan.</translation>
    </message>
    <message>
        <source>the agenda item &apos;{title}&apos; names the activity &apos;{activity}&apos;, which is not in activities/; check the id.</source>
        <translation>la parte de la agenda &apos;{title}&apos; nombra la actividad &apos;{activity}&apos;, que no está en activities/; revisa el id.</translation>
    </message>
</context>
</TS>
