package batch

import (
	"bytes"
	"encoding/csv"
	"fmt"
)

// The fictional roster is the harness for trying and timing batch runs
// ("redress roster N"). Every name is made up and every address is an
// example.org one.

var (
	givenNames  = []string{"María", "José", "Nguyễn Thị", "Zoë", "Ana", "Luis", "Fatima", "Đặng Văn", "Chloé", "Mateo", "Aïsha", "Tomás", "Beatriz", "Jean-Baptiste", "Linh", "Oscar"}
	familyNames = []string{"Torres", "O'Brien", "Ramírez", "Lê", "Kowalski", "Núñez", "Haddad", "Nguyen", "Fernández", "Dubois", "Okafor", "Peña", "Smith", "Trần", "García", "Müller", "Quinn"}
	streets     = []string{"Elm St.", "Pine Ave.", "Division St.", "Ashland Ave.", "Maple Ct.", "Lake Shore Dr.", "Cedar Rd.", "Oak St."}
)

// FictionalRoster returns a fictional roster of n rows, one client a row,
// each row giving its client completely (a roster row never takes a
// claimant's data from the base), to lay over samples/roster/base.yaml. Names repeat (so slugs
// collide and must be told apart); amounts vary to the cent.
func FictionalRoster(n int) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"matter.id", "claimants[0].name", "claimants[0].address.street", "claimants[0].address.city",
		"claimants[0].address.state", "claimants[0].address.zip", "claimants[0].email", "claimants[0].language",
		"claimants[0].damages.property"})
	for i := 1; i <= n; i++ {
		name := givenNames[i%len(givenNames)] + " " + familyNames[(i/len(givenNames))%len(familyNames)]
		lang := "en"
		if i%3 == 0 {
			lang = "es"
		}
		w.Write([]string{
			fmt.Sprintf("BATCH-%06d", i),
			name,
			fmt.Sprintf("%d %s", 100+i%9000, streets[i%len(streets)]),
			"Chicago",
			"IL",
			fmt.Sprintf("606%02d", i%50),
			fmt.Sprintf("client%06d@example.org", i),
			lang,
			fmt.Sprintf("%d.%02d", 100+i%5000, i%100),
		})
	}
	w.Flush()
	return b.Bytes()
}
