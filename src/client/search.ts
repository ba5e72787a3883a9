console.log('search');
